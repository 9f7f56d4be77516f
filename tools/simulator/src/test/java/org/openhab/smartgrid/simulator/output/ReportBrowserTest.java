/**
 * Copyright (c) 2026 Contributors to the Smart Grid add-ons for openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.smartgrid.simulator.output;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.simulator.HeadlessChromium;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens a generated report.html in headless Chromium: every chart renders with a real size, the page fits a
 * phone's width, and the browser logs no console error. Skipped only when Debian's chromium is not installed
 * (see {@link HeadlessChromium}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ReportBrowserTest {

    private @Nullable ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        ChromeDriver browser = driver;
        if (browser != null) {
            browser.quit();
        }
    }

    private ChromeDriver browser() {
        ChromeDriver browser = driver;
        assertNotNull(browser, "browser started");
        return browser;
    }

    private Path report(Path dir, BuiltInScenario scenario) throws Exception {
        BuiltInReports.write(dir, scenario);
        return dir.resolve("report.html");
    }

    @Test
    void everyChartRendersWithoutConsoleErrors(@TempDir Path dir) throws Exception {
        ChromeDriver browser = browser();
        browser.manage().window().setSize(new Dimension(1200, 900));
        browser.get(report(dir, BuiltInScenario.WINTER_LOCKS).toUri().toString());

        for (String id : ReportHtmlWriter.CHART_IDS) {
            WebElement svg = browser.findElement(By.cssSelector("#" + id + " svg.chart"));
            Rectangle box = svg.getRect();
            assertTrue(svg.isDisplayed(), "chart " + id + " is displayed");
            assertTrue(box.getWidth() > 600 && box.getHeight() > 40, "chart " + id + " has a real size: " + box);
            int shapes = browser.findElements(By.cssSelector("#" + id + " svg.chart rect:not(.band-track), #" + id
                    + " svg.chart polygon, #" + id + " svg.chart polyline")).size();
            // on this day no energy manager load ran and the load manager shed none: the loads chart has its bands
            assertTrue(shapes > 0 || id.equals("loads") && browser.findElements(By.cssSelector(
                    "#loads rect.band-track")).size() == 2, "chart " + id + " draws data shapes");
        }
        WebElement evu = browser.findElement(By.cssSelector("#locks rect.lock-grid"));
        assertTrue(evu.getRect().getWidth() > 5, "the grid lock windows are visible, width " + evu.getRect().getWidth());
        // a line drawn as a polyline is filled black unless its style says otherwise: the month peak once was
        Object filled = browser.executeScript("return Array.from(document.querySelectorAll('svg.chart polyline'))"
                + ".filter(p => getComputedStyle(p).fill !== 'none').map(p => p.getAttribute('class'));");
        assertEquals(List.of(), filled, "every line is a line, not a filled shape");
        HeadlessChromium.assertNoConsoleErrors(browser);
    }

    /**
     * On a phone (400 px) and a desktop (1400 px), for the winter and the summer day: the page does not scroll
     * sideways, nothing inside a chart does, every chart shows the whole day up to 24:00 inside the screen with all
     * its text inside the chart, and the events filter narrows the table.
     */
    @Test
    void eachBuiltInDayFitsPhoneAndDesktopWidths(@TempDir Path dir) throws Exception {
        ChromeDriver browser = browser();
        JavascriptExecutor js = browser;
        for (BuiltInScenario scenario : List.of(BuiltInScenario.WINTER_LOCKS, BuiltInScenario.SUNNY_SUMMER)) {
            Path report = report(dir.resolve(scenario.id()), scenario);
            for (int width : new int[] { 400, 1400 }) {
                String where = scenario.id() + " at " + width + " px";
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(report.toUri().toString());

                Number overflow = (Number) js
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.longValue() <= 0, "no horizontal scrolling of the page, " + where);
                assertEquals(List.of(), js.executeScript("""
                        return Array.from(document.querySelectorAll('section.chart-section *'))
                            .filter(e => !(e instanceof SVGElement) && e.scrollWidth > e.clientWidth + 1)
                            .map(e => e.tagName + '.' + e.className);"""),
                        "nothing inside a chart scrolls sideways, " + where);
                assertEquals(List.of(), js.executeScript("""
                        return Array.from(document.querySelectorAll('svg.chart'))
                            .filter(svg => svg.getBoundingClientRect().right > window.innerWidth)
                            .map(svg => svg.getAttribute('aria-label'));"""),
                        "every chart's right edge is on the screen, " + where);
                assertEquals(List.of(), js.executeScript("""
                        return Array.from(document.querySelectorAll('svg.chart text')).filter(text => {
                            const box = text.getBBox();
                            const view = text.ownerSVGElement.viewBox.baseVal;
                            return box.x < -0.5 || box.x + box.width > view.width + 0.5;
                          }).map(text => text.ownerSVGElement.getAttribute('aria-label') + ': '
                              + text.textContent);"""),
                        "every label lies inside its chart, the last one, 24:00, too, " + where);
                assertEquals(ReportHtmlWriter.CHART_IDS.size(), ((Number) js.executeScript("""
                        return Array.from(document.querySelectorAll('section.chart-section svg.chart'))
                            .filter(svg => Array.from(svg.querySelectorAll('text'))
                                .some(text => text.textContent === '24:00')).length;""")).intValue(),
                        "every chart shows the day through 24:00, " + where);

                int rows = browser.findElements(By.cssSelector("#event-rows tr")).size();
                assertTrue(rows > 0, "the events table has the day's events, " + where);
                String load = scenario.config().loadNames().get(0);
                WebElement text = browser.findElement(By.id("event-text"));
                text.sendKeys(load);
                List<WebElement> shown = browser.findElements(By.cssSelector("#event-rows tr:not([hidden])"));
                assertTrue(shown.size() < rows, "typing '" + load + "' hides the other events, " + where);
                shown.forEach(row -> assertTrue(row.getText().contains(load), row.getText()));
                assertTrue(browser.findElement(By.id("event-count")).getText().startsWith(shown.size() + " of "),
                        "the count says how many are shown, " + where);
                HeadlessChromium.assertNoConsoleErrors(browser);
            }
        }
    }

    @Test
    void theReportFitsAPhoneScreen(@TempDir Path dir) throws Exception {
        ChromeDriver browser = browser();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(report(dir, BuiltInScenario.SUNNY_SUMMER).toUri().toString());
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "no horizontal scrolling on a phone, overflow " + overflow);
        Rectangle power = browser.findElement(By.cssSelector("#power svg.chart")).getRect();
        assertTrue(power.getWidth() > 250, "the power chart uses the phone's width: " + power);
        HeadlessChromium.assertNoConsoleErrors(browser);
    }
}
