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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.SweepCommand.SweepRun;
import org.openhab.smartgrid.simulator.output.Html;
import org.openhab.smartgrid.simulator.output.ScatterChart;
import org.openhab.smartgrid.simulator.output.Summary;

/**
 * The comparison of a sweep's runs, best first: as console text, CSV and a self-contained HTML page.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SweepTable {

    /** The headers of the figures' columns, each with its unit, in the order of {@link #figures(Summary)}. */
    private static final String[] FIGURES = { SweepObjective.SELF_CONSUMPTION_PCT.header(),
            SweepObjective.IMPORT_KWH.header(), "export (kWh)", SweepObjective.PEAK_QUARTER_HOUR_KW.header(),
            SweepObjective.RELAY_SWITCHES.header(), "EVU lock (min)", "guard deferrals (count)" };
    /** The columns before the parameters: a place and a name, no quantity. */
    static final List<String> UNITLESS = List.of("rank", "run");

    /**
     * Fits any width: the table scrolls in its own box, the charts shrink with the page (one column on a phone).
     */
    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 16px; color: #222; }
            p, figcaption { overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; max-width: 100%; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: right; }
            td { white-space: nowrap; }
            th { background: #f3f3f3; } tr.best td { background: #e6f4ea; font-weight: 600; }
            h2 { font-size: 1.1rem; margin-top: 1.5rem; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 440px), 1fr));
              gap: 12px; }
            figure { margin: 0; min-width: 0; }
            figcaption { font-size: .9rem; color: #555; text-align: center; }
            svg.chart { display: block; width: 100%; height: auto; }
            .grid { stroke: #e4e7eb; stroke-width: 1; }
            .tick { font-size: 18px; fill: #59636e; }
            .point { fill: #4a78c2; fill-opacity: .6; }
            .point.best { fill: #1e8e3e; fill-opacity: 1; stroke: #0b3d1a; stroke-width: 3; }
            """;

    private final List<SweepParam> params;
    private final SweepObjective objective;
    private final List<SweepRun> ranked;

    SweepTable(List<SweepParam> params, SweepObjective objective, List<SweepRun> ranked) {
        this.params = params;
        this.objective = objective;
        this.ranked = List.copyOf(ranked);
    }

    private static String[] figures(Summary s) {
        return new String[] {
                s.selfConsumptionPct().isPresent()
                        ? String.format(Locale.ROOT, "%.1f", s.selfConsumptionPct().getAsDouble())
                        : "-",
                String.format(Locale.ROOT, "%.2f", s.importKwh()), String.format(Locale.ROOT, "%.2f", s.exportKwh()),
                String.format(Locale.ROOT, "%.2f", s.peakQuarterHourKw()), Integer.toString(s.relaySwitches()),
                String.format(Locale.ROOT, "%.0f", s.evuLockMinutes()), Integer.toString(s.guardDeferrals()) };
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("Ranked by ").append(objective.key()).append(" (").append(objective.direction()).append(")\n");
        b.append(String.format(Locale.ROOT, "%4s %-8s", "rank", "run"));
        for (SweepParam p : params) {
            b.append(' ').append(String.format(Locale.ROOT, "%" + textWidth(p) + "s", p.header()));
        }
        for (String f : FIGURES) {
            b.append(' ').append(f);
        }
        b.append('\n');
        int rank = 1;
        for (SweepRun run : ranked) {
            b.append(String.format(Locale.ROOT, "%4d %-8s", rank++, run.id()));
            for (int i = 0; i < params.size(); i++) {
                b.append(' ').append(String.format(Locale.ROOT, "%" + textWidth(params.get(i)) + "s",
                        run.values().get(i).toPlainString()));
            }
            String[] figures = figures(run.summary());
            for (int i = 0; i < figures.length; i++) {
                b.append(String.format(Locale.ROOT, " %" + FIGURES[i].length() + "s", figures[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static int textWidth(SweepParam p) {
        return Math.max(8, p.header().length());
    }

    String csv() {
        StringBuilder b = new StringBuilder("rank,run");
        params.forEach(p -> b.append(',').append(p.name()));
        b.append(",self_consumption_pct,import_kwh,export_kwh,peak_quarter_hour_kw,relay_switches,evu_lock_minutes,"
                + "guard_deferrals\n");
        int rank = 1;
        for (SweepRun run : ranked) {
            b.append(rank++).append(',').append(run.id());
            run.values().forEach(v -> b.append(',').append(v.toPlainString()));
            for (String f : figures(run.summary())) {
                b.append(',').append(f.equals("-") ? "" : f);
            }
            b.append('\n');
        }
        return b.toString();
    }

    String html(String description) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Smart Grid sweep</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>Smart Grid sweep</h1>\n<p>").append(Html.escape(description))
                .append("</p>\n<p>Decisions by the ").append(CoreEngineAdapter.LABEL)
                .append(", the same code the openHAB add-ons run. Ranked by <strong>").append(objective.key())
                .append("</strong> (").append(objective.direction()).append("). ").append(ranked.size())
                .append(" runs.</p>\n<div class=\"scroll\"><table id=\"sweep\">\n<tr>");
        UNITLESS.forEach(h -> b.append("<th>").append(h).append("</th>"));
        params.forEach(p -> b.append("<th>").append(Html.escape(p.header())).append("</th>"));
        for (String f : FIGURES) {
            b.append("<th>").append(Html.escape(f)).append("</th>");
        }
        b.append("</tr>\n");
        int rank = 1;
        for (SweepRun run : ranked) {
            b.append(rank == 1 ? "<tr class=\"best\">" : "<tr>").append("<td>").append(rank++)
                    .append("</td><td><a href=\"").append(run.id()).append("/report.html\">").append(run.id())
                    .append("</a></td>");
            run.values().forEach(v -> b.append("<td>").append(v.toPlainString()).append("</td>"));
            for (String f : figures(run.summary())) {
                b.append("<td>").append(f).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
        charts(b);
        return b.append("</body>\n</html>\n").toString();
    }

    /**
     * One chart per swept parameter: the objective of every run against the parameter's value, the best run ringed.
     * The spread of the points above one value is what the other parameters make of it.
     */
    private void charts(StringBuilder b) {
        if (ranked.isEmpty()) {
            return;
        }
        long withoutFigure = ranked.stream().filter(r -> !Double.isFinite(objective.value(r.summary()))).count();
        b.append("<h2>").append(Html.escape(objective.header())).append(" against each parameter</h2>\n<p>One point ")
                .append("per run; the best run (rank 1) is ringed.");
        if (withoutFigure > 0) {
            b.append(' ').append(withoutFigure).append(" runs without PV have no self-use and are not drawn.");
        }
        b.append("</p>\n<div class=\"charts\">\n");
        for (int i = 0; i < params.size(); i++) {
            SweepParam param = params.get(i);
            List<ScatterChart.Point> points = new ArrayList<>();
            for (int n = 0; n < ranked.size(); n++) {
                SweepRun run = ranked.get(n);
                points.add(new ScatterChart.Point(run.values().get(i).doubleValue(), objective.value(run.summary()),
                        run.id() + ": " + param.name() + " = " + run.values().get(i).toPlainString() + ", "
                                + objective.key() + " = " + SweepCommand.format(objective, run.summary()),
                        n == 0));
            }
            String caption = objective.header() + " against " + param.header();
            b.append("<figure class=\"param-chart\" data-param=\"").append(Html.escape(param.name())).append("\">")
                    .append(ScatterChart.render(caption, points, param.values(), objective.axisSuffix()))
                    .append("<figcaption>")
                    .append(Html.escape(caption)).append("</figcaption></figure>\n");
        }
        b.append("</div>\n");
    }
}
