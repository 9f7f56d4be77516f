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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;

/**
 * The report of the built-in winter day with grid locks, the day that showed each problem of issue 19: quarter-hour
 * bars up to 4.5 kW on a day billed at 3.63 kW, a heat pump that "ran" 1440 minutes through 180 minutes of EVU
 * lock, a last time label cut to "00:0", two loads both labelled "heatpump...", and no events in the report.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ReportBuiltInDaysTest {

    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"qh-bar\"[^>]*><title>quarter from (\\d\\d:\\d\\d) (\\d+\\.\\d\\d) kW</title>");

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String report(Path dir) throws IOException {
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void theHighestQuarterHourBarIsTheSummarysPeakQuarterHour(@TempDir Path dir) throws IOException {
        Summary summary = BuiltInReports.write(dir, BuiltInScenario.WINTER_LOCKS);
        String chart = section(report(dir), "quarter-hours");

        List<Double> bars = new ArrayList<>();
        Matcher bar = BAR.matcher(chart);
        while (bar.find()) {
            bars.add(Double.parseDouble(bar.group(2)));
        }
        assertEquals(96, bars.size(), "one bar per finished quarter of the day");
        double highest = bars.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(3.63, summary.peakQuarterHourKw(), 0.005, "the day that showed the problem");
        assertEquals(summary.peakQuarterHourKw(), highest, 0.005,
                "the highest bar is the billed peak, not the running average's 4.5 kW");
        assertTrue(chart.contains("class=\"limit-line\"") && chart.contains("limit 5.00 kW"), "the limit line");
        assertTrue(chart.contains("class=\"peak-line\"") && chart.contains("month peak 3.63 kW"),
                "the month peak line");
        Matcher line = Pattern.compile("<polyline class=\"peak-line\" points=\"([^\"]+)\"").matcher(chart);
        assertTrue(line.find(), "the month peak is a step line");
        double previousY = Double.POSITIVE_INFINITY;
        for (String point : line.group(1).split(" ")) {
            double y = Double.parseDouble(point.split(",")[1]);
            assertTrue(y <= previousY, "the month peak so far only rises within a month: " + line.group(1));
            previousY = y;
        }
        assertTrue(chart.contains("class=\"qh-running\""), "the running average as a thin line");
    }

    @Test
    void theLoadManagersHeatPumpIsNotSaidToRunThroughItsLocks(@TempDir Path dir) throws IOException {
        Summary summary = BuiltInReports.write(dir, BuiltInScenario.WINTER_LOCKS);
        String table = section(report(dir), "summary");

        assertEquals(180.0, summary.evuLockMinutes(), 1.0, "three hours of grid lock");
        assertFalse(summary.loadOnMinutes().containsKey("heatpump"),
                "the load manager's heat pump runs unless shed: its 'on' minutes would say 1440");
        assertEquals(0.0, summary.loadShedMinutes().get("heatpump"), 1e-9, "the load manager never shed it");
        assertTrue(summary.heatPumpOnMinutes() > 0 && summary.heatPumpOnMinutes() < 1440 - 180,
                "the compressor ran part of the day, never while locked: " + summary.heatPumpOnMinutes());
        assertFalse(table.contains("Load heatpump on"), table);
        assertTrue(table.contains("<th>Load heatpump shed by the load manager</th><td>0 min</td>"), table);
        assertTrue(table.contains("<th>EVU lock (heat pump locked)</th><td>180 min</td>"), table);
        assertTrue(table.contains("<th>Load heatpump boost on</th>"), "the surplus load's minutes on: " + table);
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"heatpump\": { \"shed_minutes\": 0.000 }"),
                "summary.json says the same");
    }

    @Test
    void everyChartEndsAt2400AndNamesEachLoadInFull(@TempDir Path dir) throws IOException {
        BuiltInReports.write(dir, BuiltInScenario.WINTER_LOCKS);
        String html = report(dir);

        for (String id : ReportHtmlWriter.CHART_IDS) {
            assertTrue(section(html, id).contains(">24:00</text>"), "chart " + id + " ends at 24:00");
        }
        String loads = section(html, "loads");
        assertTrue(loads.contains(">heatpump boost: on</text>"), loads);
        assertTrue(loads.contains(">heatpump: shed by the load manager</text>"), loads);
        assertFalse(loads.contains("…"), "no name cut short");
        String power = section(html, "power");
        assertTrue(power.contains("class=\"lock-window\""), "the lock windows are shaded in the power chart");
        for (Matcher tick = Pattern.compile(">(-?[\\d.]+) kW</text>").matcher(power); tick.find();) {
            double value = Double.parseDouble(tick.group(1));
            assertEquals(value, Math.round(value * 2) / 2.0, 1e-9, "power ticks are round: " + tick.group(1));
        }
    }

    @Test
    void theEventsTableShowsEveryEventInTheHousesLocalTime(@TempDir Path dir) throws IOException {
        BuiltInReports.write(dir, BuiltInScenario.WINTER_LOCKS);
        String events = section(report(dir), "events");
        List<String> csv = Files.readAllLines(dir.resolve("events.csv"));

        assertEquals("2026-01-20T11:30:00+01:00", csv.get(1).substring(0, 25), "events.csv keeps ISO with offset");
        assertEquals(csv.size() - 1, events.split("<tr data-load=", -1).length - 1, "one row per event");
        assertTrue(events.contains("<td>11:30:00</td><td>sg-controller</td><td>decision:<wbr>GRID_LOCK</td>"),
                "local time of Europe/Brussels: " + events);
        assertTrue(events.contains("<script>") && events.contains("id=\"event-text\""), "the filter");
    }

    @Test
    void eachEventNamesItsLoadByTheLongestNameThatFits() {
        EventsTable table = new EventsTable(new RunInfo("t", "", "", List.of("heatpump", "heatpump boost"),
                List.of(), 5000, Steps.BRUSSELS, List.of("heatpump")), new ChartSeries(4, 2));
        assertEquals("heatpump boost", table.subject(new EngineEvent(Steps.NOON, "energy-manager",
                EventKind.DECISION, Reason.SURPLUS, "heatpump boost runs: surplus 3042 W >= switch-on 3000 W")));
        assertEquals("heatpump", table.subject(new EngineEvent(Steps.NOON, "load-manager", EventKind.DECISION,
                Reason.SHED_PEAK, "heatpump stops: quarter-hour over the limit")));
        assertEquals("sg-controller", table.subject(new EngineEvent(Steps.NOON, "sg-controller", EventKind.DECISION,
                Reason.GRID_LOCK, "NORMAL -> EVU by GRID_LOCK applied")));
    }
}
