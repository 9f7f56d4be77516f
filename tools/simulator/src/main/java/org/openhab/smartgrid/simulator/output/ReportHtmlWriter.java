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

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Writes {@code report.html}: one self-contained file (inline CSS, SVG and one small script, no network) with the
 * summary, six charts (power flows with the boost and lock windows, SG mode bands, loads, finished quarter-hours
 * against the limit and the peak, lock periods and tank temperature) and the table of events with their reasons,
 * filterable by load and text. Steps are downsampled into at most {@value #MAX_BUCKETS} buckets and the table
 * keeps at most {@value #MAX_EVENT_ROWS} events, so memory does not grow with the trace.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ReportHtmlWriter implements SimulationSink {

    /** Upper bound of chart buckets (points per series). */
    public static final int MAX_BUCKETS = 720;

    /** The ids of the chart sections, in page order. */
    public static final List<String> CHART_IDS = List.of("power", "modes", "loads", "quarter-hours", "locks",
            "tank");

    /** Upper bound of rows in the events table; events.csv has them all. */
    public static final int MAX_EVENT_ROWS = 2000;

    private final Writer out;
    private final SummaryAccumulator summary;
    private RunInfo info = new RunInfo("", "", "", List.of(), List.of(), 1, ZoneId.of("UTC"));
    private ChartSeries series = new ChartSeries(MAX_BUCKETS, 0);
    private final List<EngineEvent> events = new ArrayList<>();
    private long eventCount;

    /**
     * @param out where to write; closed by {@link #finish()}
     * @param summary the run's figures, asked for once in {@link #finish()}; its quarter-hours are the chart's bars
     *            (one source for the bars and the peak quarter-hour), so it must finish before this writer
     */
    public ReportHtmlWriter(Writer out, SummaryAccumulator summary) {
        this.out = out;
        this.summary = summary;
        summary.onQuarter(quarter -> series.addQuarter(quarter));
    }

    @Override
    public void start(RunInfo runInfo) {
        this.info = runInfo;
        this.series = new ChartSeries(MAX_BUCKETS, runInfo.loads().size());
    }

    @Override
    public void event(EngineEvent event) {
        eventCount++;
        if (events.size() < MAX_EVENT_ROWS) {
            events.add(event);
        }
    }

    @Override
    public void step(SimulationStep step) {
        series.add(step);
    }

    @Override
    public void finish() throws IOException {
        try (Writer w = out) {
            w.write(page(summary.summary()));
        }
    }

    private String page(Summary s) {
        StringBuilder html = new StringBuilder(200_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Smart Grid simulation: ").append(Html.escape(info.scenario())).append("</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Smart Grid simulation: ").append(Html.escape(info.scenario())).append("</h1>\n")
                .append("<p class=\"description\">").append(Html.escape(info.description())).append("</p>\n");
        html.append("<p class=\"engine\">Decisions by the ").append(Html.escape(info.engine()))
                .append(", the same code the openHAB add-ons run.</p>\n");
        html.append(summaryTable(s));
        if (s.gaps().count() > 0) {
            html.append("<p class=\"gap-note\">").append(Html.escape(s.gaps().note())).append("</p>\n");
        }
        if (series.buckets().isEmpty()) {
            html.append("<p>No samples.</p>\n");
        } else {
            ReportCharts charts = new ReportCharts(series, info);
            section(html, "power", "Power flows", "Grid power (band: min to max per point; + import, - export), "
                    + "PV production and the simulated heat pump; shaded: when the heat pump was asked to boost "
                    + "(yellow) and when it was locked (red: EVU mode or the grid operator's lock).",
                    charts.power());
            section(html, "modes", "SG mode", "Effective mode at the relays and the mode the arbiter wanted.",
                    charts.modes());
            section(html, "loads", "Loads", "Energy manager loads: shading shows the share of time each ran. "
                    + "Load manager loads run unless shed: shading shows the share of time each was shed.",
                    charts.loads());
            section(html, "quarter-hours", "Quarter-hour average import",
                    "Bars: the average import of each finished clock quarter-hour, what the capacity tariff bills "
                            + "(its highest of the month); the highest is the summary's peak quarter-hour. "
                            + (info.hasLimit() ? String.format(Locale.ROOT, "Dashed: the load manager's %.2f kW "
                                    + "limit. ", info.maxPower() / 1000.0) : "No load manager, so no limit. ")
                            + "Thin line: the running average of the open quarter, which starts each quarter at "
                            + "the power of the moment.",
                    charts.quarterHours(s.peakQuarterHourKw() * 1000));
            section(html, "locks", "Lock periods", "Grid operator lock contact and effective EVU (lock) mode.",
                    charts.locks());
            section(html, "tank", "Tank temperature", "Tap water tank (band: min to max) and buffer tank.",
                    charts.tank());
        }
        html.append(new EventsTable(info, series).html(events, eventCount));
        html.append("<footer>Generated by the Smart Grid add-ons simulator. Self-contained: no network.")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, String id, String title, String caption, String svg) {
        html.append("<section class=\"chart-section\" id=\"").append(id).append("\">\n<h2>")
                .append(Html.escape(title)).append("</h2>\n<p class=\"caption\">").append(Html.escape(caption))
                .append("</p>\n<div class=\"chart-wrap\">\n").append(svg).append("</div>\n</section>\n");
    }

    private static String summaryTable(Summary s) {
        StringBuilder t = new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n");
        row(t, "Import", String.format(Locale.ROOT, "%.2f kWh", s.importKwh()));
        row(t, "Export", String.format(Locale.ROOT, "%.2f kWh", s.exportKwh()));
        row(t, "PV production", String.format(Locale.ROOT, "%.2f kWh", s.pvKwh()));
        row(t, "Self-consumption", s.selfConsumptionPct().isPresent()
                ? String.format(Locale.ROOT, "%.1f %%", s.selfConsumptionPct().getAsDouble())
                : "no PV");
        row(t, "Peak quarter-hour", String.format(Locale.ROOT, "%.2f kW", s.peakQuarterHourKw()));
        row(t, "Relay switches", Integer.toString(s.relaySwitches()));
        row(t, "EVU lock (heat pump locked)", String.format(Locale.ROOT, "%.0f min", s.evuLockMinutes()));
        row(t, "Grid operator lock", String.format(Locale.ROOT, "%.0f min", s.gridLockMinutes()));
        row(t, "Heat pump compressor on", String.format(Locale.ROOT, "%.0f min", s.heatPumpOnMinutes()));
        row(t, "Guard deferrals", Integer.toString(s.guardDeferrals()));
        row(t, "Tap water tank", String.format(Locale.ROOT, "%.1f to %.1f °C", s.minTankC(), s.maxTankC()));
        s.loadOnMinutes().forEach((load, minutes) -> row(t, "Load " + load + " on",
                String.format(Locale.ROOT, "%.0f min", minutes)));
        // a load manager's load runs unless shed: "on" would only say how long it was not shed
        s.loadShedMinutes().forEach((load, minutes) -> row(t, "Load " + load + " shed by the load manager",
                String.format(Locale.ROOT, "%.0f min", minutes)));
        return t.append("</table>\n</section>\n").toString();
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>\n");
    }

    /** @return the CSS class of a mode's band */
    static String modeClass(SgMode mode) {
        return "mode-" + mode.name().toLowerCase(Locale.ROOT);
    }
}
