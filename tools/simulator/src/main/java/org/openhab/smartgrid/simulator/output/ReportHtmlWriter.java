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
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Writes {@code report.html}: one self-contained file (inline CSS and SVG, no script, no network) with the
 * summary and six charts: power flows, SG mode bands, loads, quarter-hour averages against the limit, lock
 * periods and tank temperature. Steps are downsampled into at most {@value #MAX_BUCKETS} buckets, so memory
 * does not grow with the trace.
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

    private final Writer out;
    private final Supplier<Summary> summary;
    private RunInfo info = new RunInfo("", "", "", List.of(), List.of(), 1, java.time.ZoneId.of("UTC"));
    private ChartSeries series = new ChartSeries(MAX_BUCKETS, 0);

    /**
     * @param out where to write; closed by {@link #finish()}
     * @param summary the run's figures, asked for once in {@link #finish()}
     */
    public ReportHtmlWriter(Writer out, Supplier<Summary> summary) {
        this.out = out;
        this.summary = summary;
    }

    @Override
    public void start(RunInfo runInfo) {
        this.info = runInfo;
        this.series = new ChartSeries(MAX_BUCKETS, runInfo.loads().size());
    }

    @Override
    public void event(EngineEvent event) {
        // events are in events.csv; the charts show their effect
    }

    @Override
    public void step(SimulationStep step) {
        series.add(step);
    }

    @Override
    public void finish() throws IOException {
        try (Writer w = out) {
            w.write(page(summary.get()));
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
                    + "PV production and the simulated heat pump.", charts.power());
            section(html, "modes", "SG mode", "Effective mode at the relays and the mode the arbiter wanted.",
                    charts.modes());
            section(html, "loads", "Loads", "Managed loads: shading shows the share of time each ran.",
                    charts.loads());
            section(html, "quarter-hours", "Quarter-hour average import",
                    info.hasLimit() ? String.format(Locale.ROOT,
                            "Running clock quarter-hour average import against the %.1f kW limit.",
                            info.maxPower() / 1000.0) : "Running clock quarter-hour average import (no load manager).",
                    charts.quarterHours());
            section(html, "locks", "Lock periods", "Grid operator lock contact and effective EVU (lock) mode.",
                    charts.locks());
            section(html, "tank", "Tank temperature", "Tap water tank (band: min to max) and buffer tank.",
                    charts.tank());
        }
        html.append("<footer>Generated by the Smart Grid add-ons simulator. Self-contained: no network, no script.")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, String id, String title, String caption, String svg) {
        html.append("<section class=\"chart-section\" id=\"").append(id).append("\">\n<h2>")
                .append(Html.escape(title)).append("</h2>\n<p class=\"caption\">").append(Html.escape(caption))
                .append("</p>\n<div class=\"scroll\">\n").append(svg).append("</div>\n</section>\n");
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
        row(t, "EVU lock", String.format(Locale.ROOT, "%.0f min", s.evuLockMinutes()));
        row(t, "Grid operator lock", String.format(Locale.ROOT, "%.0f min", s.gridLockMinutes()));
        row(t, "Guard deferrals", Integer.toString(s.guardDeferrals()));
        row(t, "Tap water tank", String.format(Locale.ROOT, "%.1f to %.1f °C", s.minTankC(), s.maxTankC()));
        s.loadOnMinutes().forEach((load, minutes) -> row(t, "Load " + load + " on",
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
