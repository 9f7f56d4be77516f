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
package org.openhab.smartgrid.simulator.sizing;

import static org.openhab.smartgrid.simulator.sizing.PoolCell.num;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.output.Html;
import org.openhab.smartgrid.core.sizing.OutdoorPool;

/**
 * The sizing page ({@code size --html FILE}): the same breakdown as the console, and the guide's two pool tables
 * with the cells used highlighted. Self-contained: inline CSS, no script, no network.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SizingHtml {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.used{background:#ffe08a;font-weight:bold}
            tr.total td{font-weight:bold}
            code{background:#f4f4f4;padding:.2em .4em}
            .note{color:#666;font-size:.9em}
            """;

    private SizingHtml() {
    }

    /** @return the whole page */
    public static String render(SizingReport report) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Heat pump sizing</title><style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>").append(Html.escape(SizingText.TITLE)).append("</h1>\n<table>\n");
        for (SizingText.Line line : SizingText.lines(report)) {
            html.append(line.label().equals("Required capacity") ? "<tr class=\"total\">" : "<tr>").append("<td>")
                    .append(Html.escape(line.label())).append("</td><td class=\"num\">")
                    .append(Html.escape(line.value())).append("</td><td>").append(Html.escape(line.how()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<p>Formula: <code>").append(Html.escape(report.result().formula()))
                .append("</code></p>\n");
        html.append("<h2>Outdoor pool (use May to September), W/m²</h2>\n");
        table(html, report, true);
        html.append("<p class=\"note\">The covered values apply only to private pools used up to 2 h a day.</p>\n");
        html.append("<h2>Indoor pool, W/m²</h2>\n");
        table(html, report, false);
        html.append("<p class=\"note\">Between table points the value on the side of more demand is taken: the next ")
                .append("warmer water column and, indoors, the next colder room row. Highlighted: the cells used.</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, SizingReport report, boolean outdoor) {
        int[][] values = PoolCell.table(outdoor);
        html.append("<table><tr><th>").append(outdoor ? "" : "room \\ water").append("</th>");
        for (double water : PoolCell.WATER_COLUMNS) {
            html.append("<th>").append(num(water)).append(" °C water</th>");
        }
        html.append("</tr>\n");
        for (int r = 0; r < values.length; r++) {
            String label = outdoor ? PoolCell.coverLabel(OutdoorPool.Cover.values()[r])
                    : num(PoolCell.ROOM_ROWS[r]) + " °C";
            html.append("<tr><th>").append(Html.escape(label)).append("</th>");
            for (int c = 0; c < values[r].length; c++) {
                html.append(used(report, outdoor, r, c) ? "<td class=\"num used\">" : "<td class=\"num\">")
                        .append(values[r][c]).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static boolean used(SizingReport report, boolean outdoor, int row, int column) {
        return report.cells().stream().anyMatch(c -> c.outdoor() == outdoor && c.row() == row && c.column() == column);
    }
}
