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
package org.openhab.smartgrid.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens the sweep page and the sizing page in headless Chromium on a phone's and a desktop's width: the page never
 * scrolls sideways (a wide table scrolls in its own box), every chart fits the window, and the browser logs no
 * console error. Skipped only when Debian's chromium is not installed (see {@link HeadlessChromium}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SweepAndSizingBrowserTest {

    private static long script(ChromeDriver browser, String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression + ";")).longValue();
    }

    /** No sideways scrolling of the page; what is wider than the window scrolls inside a scroll box. */
    private static void assertFitsTheWindow(ChromeDriver browser, int width) {
        long window = script(browser, "window.innerWidth");
        assertTrue(window <= width, "the window is " + width + " px wide, its viewport " + window + " px");
        long page = script(browser, "document.documentElement.scrollWidth");
        assertTrue(page <= window, "the page is " + page + " px wide in a window of " + window + " px");
        for (WebElement table : browser.findElements(By.tagName("table"))) {
            long right = table.getRect().getX() + table.getRect().getWidth();
            if (right > window) {
                assertEquals("scroll", table.findElement(By.xpath("..")).getAttribute("class"),
                        "a table wider than the window (" + right + " px) is in its own scroll box");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 1400 })
    void theSweepPageFitsTheWindowWithEveryChart(int width, @TempDir Path dir) throws Exception {
        HeadlessChromium.onPage(SweepCommandTest.sweepPage(dir), width, browser -> checkSweepPage(browser, width));
    }

    private static void checkSweepPage(ChromeDriver browser, int width) {
        assertFitsTheWindow(browser, width);
        long window = script(browser, "window.innerWidth");
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.param-chart svg.chart"));
        assertEquals(3, charts.size(), "one chart per swept parameter");
        for (WebElement chart : charts) {
            long left = chart.getRect().getX();
            long right = left + chart.getRect().getWidth();
            assertTrue(left >= 0 && right <= window, "the chart fits the window: " + chart.getRect());
            assertTrue(chart.getRect().getWidth() > Math.min(300, width / 2), "and uses it: " + chart.getRect());
            assertEquals(6, chart.findElements(By.cssSelector("circle.point")).size(), "one point per run");
        }
        HeadlessChromium.assertNoConsoleErrors(browser);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 1400 })
    void theSizingPageFitsTheWindowWithItsOpenhabSettings(int width, @TempDir Path dir) throws Exception {
        Path page = dir.resolve("sizing.html");
        CliResult r = CliResult.run("size", "--heating-kw", "6", "--persons", "3", "--lock-hours", "4", "--pool",
                "outdoor:sheltered:22:20", "--pool-volume", "50", "--capacity-kw", "20", "--heat-pump-kw", "5",
                "--aux-heaters-kw", "2", "--html", page.toString());
        assertEquals(0, r.code(), r.err());
        HeadlessChromium.onPage(page, width, browser -> checkSizingPage(browser, width));
    }

    private static void checkSizingPage(ChromeDriver browser, int width) {
        assertFitsTheWindow(browser, width);
        WebElement things = browser.findElement(By.id("openhab-things"));
        assertTrue(things.isDisplayed() && things.getText().startsWith("Thing thermia:heatpump:heatpump"),
                things.getText());
        long window = script(browser, "window.innerWidth");
        assertTrue(things.getRect().getX() + things.getRect().getWidth() <= window, "the .things line fits");
        HeadlessChromium.assertNoConsoleErrors(browser);
    }
}
