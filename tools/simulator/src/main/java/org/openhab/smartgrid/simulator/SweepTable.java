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

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.SweepCommand.SweepRun;
import org.openhab.smartgrid.simulator.output.Html;
import org.openhab.smartgrid.simulator.output.Summary;

/**
 * The comparison of a sweep's runs, best first: as console text, CSV and a self-contained HTML page.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SweepTable {

    private static final String[] FIGURES = { "self-use %", "import kWh", "export kWh", "peak qh kW", "switches",
            "EVU min", "deferrals" };

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
            b.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(8, p.name().length()) + "s", p.name()));
        }
        for (String f : FIGURES) {
            b.append(String.format(Locale.ROOT, " %10s", f));
        }
        b.append('\n');
        int rank = 1;
        for (SweepRun run : ranked) {
            b.append(String.format(Locale.ROOT, "%4d %-8s", rank++, run.id()));
            for (int i = 0; i < params.size(); i++) {
                b.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(8, params.get(i).name().length()) + "s",
                        run.values().get(i).toPlainString()));
            }
            for (String f : figures(run.summary())) {
                b.append(String.format(Locale.ROOT, " %10s", f));
            }
            b.append('\n');
        }
        return b.toString();
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
                .append("<title>Smart Grid sweep</title>\n<style>\n")
                .append("body { font-family: system-ui, sans-serif; margin: 16px; color: #222; }\n")
                .append(".scroll { overflow-x: auto; }\n")
                .append("table { border-collapse: collapse; font-variant-numeric: tabular-nums; }\n")
                .append("th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: right; }\n")
                .append("th { background: #f3f3f3; } tr.best td { background: #e6f4ea; font-weight: 600; }\n")
                .append("</style>\n</head>\n<body>\n<h1>Smart Grid sweep</h1>\n<p>").append(Html.escape(description))
                .append("</p>\n<p>Decisions by the ").append(CoreEngineAdapter.LABEL)
                .append(", the same code the openHAB add-ons run. Ranked by <strong>").append(objective.key())
                .append("</strong> (").append(objective.direction()).append("). ").append(ranked.size())
                .append(" runs.</p>\n<div class=\"scroll\"><table id=\"sweep\">\n<tr><th>rank</th><th>run</th>");
        params.forEach(p -> b.append("<th>").append(Html.escape(p.name())).append("</th>"));
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
        return b.append("</table></div>\n</body>\n</html>\n").toString();
    }
}
