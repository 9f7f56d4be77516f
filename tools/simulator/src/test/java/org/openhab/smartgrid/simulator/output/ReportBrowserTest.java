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
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.HeadlessChromium;
import org.openhab.smartgrid.simulator.RunOutputs;
import org.openhab.smartgrid.simulator.Simulation;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
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
        SimulationConfig config = scenario.config();
        RunInfo info = new RunInfo(scenario.id(), scenario.description(), CoreEngineAdapter.LABEL,
                config.loadNames(), Simulation.relayLoads(config), config.maxPower(),
                config.house().timeZone());
        RunOutputs.write(dir, config, new CoreEngineAdapter(config), info, scenario.generator(config));
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
            int shapes = browser.findElements(By.cssSelector(
                    "#" + id + " svg.chart rect, #" + id + " svg.chart polygon, #" + id + " svg.chart polyline"))
                    .size();
            assertTrue(shapes > 0, "chart " + id + " draws data shapes");
        }
        WebElement evu = browser.findElement(By.cssSelector("#locks rect.lock-grid"));
        assertTrue(evu.getRect().getWidth() > 5, "the grid lock windows are visible, width " + evu.getRect().getWidth());
        HeadlessChromium.assertNoConsoleErrors(browser);
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
