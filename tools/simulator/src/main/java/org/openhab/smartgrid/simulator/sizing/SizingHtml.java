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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.sizing.OutdoorPool;
import org.openhab.smartgrid.simulator.output.Html;
import org.openhab.smartgrid.simulator.output.YamlFiles;

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
            .scroll{overflow-x:auto;max-width:100%}
            pre{background:#f4f4f4;padding:.6em;white-space:pre-wrap;overflow-wrap:anywhere}
            pre code{background:none;padding:0}
            @media (max-width:600px){body{margin:.6em}}
            """;

    private SizingHtml() {
    }

    /** @return the whole page */
    public static String render(SizingReport report) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Heat pump sizing</title><style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>").append(Html.escape(SizingText.TITLE)).append("</h1>\n<div class=\"scroll\"><table>\n");
        for (SizingText.Line line : SizingText.lines(report)) {
            html.append(line.label().equals("Required capacity") ? "<tr class=\"total\">" : "<tr>").append("<td>")
                    .append(Html.escape(line.label())).append("</td><td class=\"num\">")
                    .append(Html.escape(line.value())).append("</td><td>").append(Html.escape(line.how()))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n<p>Formula: <code>").append(Html.escape(report.result().formula()))
                .append("</code></p>\n");
        html.append("<h2>Outdoor pool (use May to September), W/m²</h2>\n");
        table(html, report, true);
        html.append("<p class=\"note\">The covered values apply only to private pools used up to 2 h a day.</p>\n");
        html.append("<h2>Indoor pool, W/m²</h2>\n");
        table(html, report, false);
        html.append("<p class=\"note\">Between table points the value on the side of more demand is taken: the next ")
                .append("warmer water column and, indoors, the next colder room row. Highlighted: the cells used.")
                .append("</p>\n");
        settings(html, OpenhabSettings.of(report));
        return html.append("</body></html>\n").toString();
    }

    /** The last section: what to set in openHAB, as a table and as text to paste. */
    private static void settings(StringBuilder html, List<OpenhabSettings.Setting> settings) {
        html.append("<h2 id=\"openhab\">Settings for openHAB</h2>\n<p>The Thermia heat pump Thing's configuration ")
                .append("this sizing implies: the lock time the heat pump is sized for, and a lock budget of the ")
                .append("guards within it, so that peak shedding never locks the heat pump longer than that.</p>\n")
                .append("<div class=\"scroll\"><table id=\"openhab-settings\">\n<tr><th>Parameter</th>")
                .append("<th>Value</th><th>Unit</th><th>Why</th></tr>\n");
        for (OpenhabSettings.Setting setting : settings) {
            html.append("<tr><td><code>").append(Html.escape(setting.name())).append("</code></td><td class=\"num\">")
                    .append(Html.escape(setting.text())).append("</td><td>").append(Html.escape(setting.unit()))
                    .append("</td><td>").append(Html.escape(setting.why())).append("</td></tr>\n");
        }
        html.append("</table></div>\n<p>In the UI: Settings, Things, the heat pump, the Code tab (YAML):</p>\n")
                .append("<pre id=\"openhab-yaml\"><code>")
                .append(Html.escape(YamlFiles.dump(OpenhabSettings.thing(settings)))).append("</code></pre>\n")
                .append("<p>Or in a <code>.things</code> file:</p>\n<pre id=\"openhab-things\"><code>")
                .append(Html.escape(OpenhabSettings.thingsLine(settings))).append("</code></pre>\n");
    }

    private static void table(StringBuilder html, SizingReport report, boolean outdoor) {
        int[][] values = PoolCell.table(outdoor);
        html.append("<div class=\"scroll\"><table><tr><th>").append(outdoor ? "" : "room \\ water").append("</th>");
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
        html.append("</table></div>\n");
    }

    private static boolean used(SizingReport report, boolean outdoor, int row, int column) {
        return report.cells().stream().anyMatch(c -> c.outdoor() == outdoor && c.row() == row && c.column() == column);
    }
}
