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
package org.openhab.smartgrid.simulator.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.simulator.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live dashboard in headless Chromium: it receives the whole replay and draws every chart without console
 * errors. Skipped only when Debian's chromium is not installed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DashboardBrowserTest {

    @Test
    void theLiveDashboardDrawsTheWholeDayWithoutConsoleErrors() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        DashboardServer dashboard = DashboardServerTest.winterDashboard();
        dashboard.start();
        try {
            browser.manage().window().setSize(new Dimension(1200, 900));
            browser.get("http://127.0.0.1:" + dashboard.port() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> "true".equals(d.findElement(By.id("summary")).getAttribute("data-finished")));
            for (String canvas : List.of("power", "modes", "quarter", "tankChart")) {
                Object painted = ((JavascriptExecutor) browser).executeScript("var c = document.getElementById('"
                        + canvas + "'); var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } } return false;");
                assertEquals(Boolean.TRUE, painted, "canvas " + canvas + " has been drawn on");
            }
            assertEquals("23:59", browser.findElement(By.id("now")).getText(), "the last minute of the day arrived");
            assertTrue(browser.findElement(By.id("engine")).getText().contains("Decisions by the core engine"),
                    "the core engine is named");
            assertTrue(browser.findElement(By.id("summary")).getText().contains("EVU 180 min"),
                    "the summary shows the three hours of grid lock: "
                            + browser.findElement(By.id("summary")).getText());
            HeadlessChromium.assertNoConsoleErrors(browser);
        } finally {
            dashboard.stop();
            browser.quit();
        }
    }
}
