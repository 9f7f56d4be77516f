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
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * report.html is one self-contained file with every chart section, and its charts stay bounded.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ReportHtmlWriterTest {

    private static String report(int minutes) throws IOException {
        StringWriter out = new StringWriter();
        SummaryAccumulator summary = new SummaryAccumulator();
        ReportHtmlWriter writer = new ReportHtmlWriter(out, summary);
        RunInfo info = Steps.info();
        summary.start(info);
        writer.start(info);
        for (int m = 0; m < minutes; m++) {
            SgMode mode = m % 120 < 30 ? SgMode.EVU : m % 120 < 60 ? SgMode.BOOST : SgMode.NORMAL;
            SimulationStep step = Steps.step(m, 1000 * Math.sin(m / 50.0), 2000, mode, m % 7 < 3, m % 5 < 2);
            summary.step(step);
            writer.step(step);
        }
        summary.finish();
        writer.finish();
        return out.toString();
    }

    @Test
    void theReportReferencesNoNetworkResource() throws IOException {
        String html = report(1440);
        assertFalse(html.contains("http://"), "no http:// reference");
        assertFalse(html.contains("https://"), "no https:// reference");
        assertFalse(Pattern.compile("<(link|img|iframe)\\b", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no link, img or iframe elements");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "only inline script");
        assertFalse(Pattern.compile("url\\(", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no CSS url()");
        assertTrue(html.contains("name=\"viewport\""), "a viewport for phones");
    }

    @Test
    void theReportHasEveryChartSection() throws IOException {
        String html = report(1440);
        for (String id : List.of("power", "modes", "loads", "quarter-hours", "locks", "tank")) {
            assertTrue(html.contains("<section class=\"chart-section\" id=\"" + id + "\">"), "section " + id);
        }
        assertEquals(ReportHtmlWriter.CHART_IDS.size(), html.split("<svg class=\"chart\"", -1).length - 1,
                "one SVG per chart section");
        assertTrue(html.contains("id=\"summary\""), "summary table");
        assertTrue(html.contains("Decisions by the core engine, the same code the openHAB add-ons run."),
                "names the engine");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("placeholder"), "no stand-in engine");
    }

    @Test
    void theEventsTableKeepsABoundedNumberOfRowsAndSaysSo() throws IOException {
        StringWriter out = new StringWriter();
        SummaryAccumulator summary = new SummaryAccumulator();
        ReportHtmlWriter writer = new ReportHtmlWriter(out, summary);
        summary.start(Steps.info());
        writer.start(Steps.info());
        int events = ReportHtmlWriter.MAX_EVENT_ROWS + 1;
        for (int e = 0; e < events; e++) {
            writer.event(new EngineEvent(Steps.NOON.plusSeconds(e), "energy-manager", EventKind.DECISION,
                    Reason.SURPLUS, "boiler runs: surplus " + e + " W"));
        }
        SimulationStep step = Steps.step(0, 500, 0, SgMode.NORMAL, false, true);
        summary.step(step);
        writer.step(step);
        summary.finish();
        writer.finish();
        String html = out.toString();

        assertEquals(ReportHtmlWriter.MAX_EVENT_ROWS, html.split("<tr data-load=\"boiler\">", -1).length - 1,
                "at most " + ReportHtmlWriter.MAX_EVENT_ROWS + " rows");
        assertTrue(html.contains("The first 2000 of 2001 events; events.csv has all."), "says the table is cut");
        assertTrue(html.contains("<td>12:00:00</td><td>boiler</td>"), "local time of the house (Brussels, CEST)");
    }

    @Test
    void aLongTraceIsDownsampledToABoundedNumberOfBuckets() {
        ChartSeries series = new ChartSeries(ReportHtmlWriter.MAX_BUCKETS, 2);
        int minutes = 60 * 24 * 30; // a month of minute samples
        for (int m = 0; m < minutes; m++) {
            series.add(Steps.step(m, m % 1440 == 700 ? 9000 : 100, 0, SgMode.NORMAL, false, false));
        }
        assertTrue(series.buckets().size() <= ReportHtmlWriter.MAX_BUCKETS,
                "at most " + ReportHtmlWriter.MAX_BUCKETS + " buckets, was " + series.buckets().size());
        assertTrue(series.buckets().size() > ReportHtmlWriter.MAX_BUCKETS / 4, "but not needlessly coarse");
        assertEquals(9000.0, series.buckets().stream().mapToDouble(b -> b.gridMax).max().orElseThrow(),
                "a one-minute peak survives downsampling");
        double seconds = series.buckets().stream().mapToDouble(b -> b.seconds).sum();
        assertEquals(Duration.ofMinutes(minutes).toSeconds(), seconds, 1e-6, "no step is lost");
    }
}
