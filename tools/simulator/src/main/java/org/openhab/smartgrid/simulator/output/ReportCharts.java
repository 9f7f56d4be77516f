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

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Draws the report's six charts from the downsampled buckets.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ReportCharts {

    private static final double BAND = 26;

    private final ChartSeries series;
    private final RunInfo info;
    private final List<ChartBucket> buckets;

    ReportCharts(ChartSeries series, RunInfo info) {
        this.series = series;
        this.info = info;
        this.buckets = series.buckets();
    }

    private Instant start(int i) {
        return series.bucketStart(i);
    }

    private Instant middle(int i) {
        return series.bucketMiddle(i);
    }

    private Instant end(int i) {
        Instant end = series.bucketStart(i + 1);
        return end.isAfter(series.end()) ? series.end() : end;
    }

    private SvgChart chart(String label, double height) {
        return new SvgChart(label, height, series.origin(), series.end());
    }

    String power() {
        double min = 0;
        double max = 1000;
        for (ChartBucket b : buckets) {
            if (!b.isEmpty()) {
                min = Math.min(min, b.gridMin);
                max = Math.max(max, Math.max(b.gridMax, b.pvMax));
            }
        }
        SvgChart c = chart("Power flows", 300).range(min, max).valueAxis(5, 1000, " kW").timeAxis(info.zone());
        StringBuilder upper = SvgChart.points();
        StringBuilder lower = SvgChart.points();
        StringBuilder pv = SvgChart.points();
        StringBuilder hp = SvgChart.points();
        for (int i = 0; i < buckets.size(); i++) {
            ChartBucket b = buckets.get(i);
            if (!b.isEmpty()) {
                c.point(upper, middle(i), b.gridMax);
                c.point(pv, middle(i), b.pvMax);
                c.point(hp, middle(i), b.heatPumpAverage());
            }
        }
        for (int i = buckets.size() - 1; i >= 0; i--) {
            ChartBucket b = buckets.get(i);
            if (!b.isEmpty()) {
                c.point(lower, middle(i), b.gridMin);
            }
        }
        c.raw(line(c, 0, "zero-line"));
        c.polygon(upper.append(lower), "grid-band").polyline(pv, "pv-line").polyline(hp, "hp-line");
        return legend(new String[][] { { "#4a78c2", "grid" }, { "#e8a317", "PV" }, { "#c0392b", "heat pump" } })
                + c.render();
    }

    String modes() {
        SvgChart c = chart("SG mode", 2 * BAND + SvgChart.TOP + SvgChart.BOTTOM + 8).timeAxis(info.zone());
        modeBand(c, SvgChart.TOP, true);
        modeBand(c, SvgChart.TOP + BAND + 8, false);
        c.bandLabel(SvgChart.TOP + BAND * 0.65, "applied").bandLabel(SvgChart.TOP + BAND * 1.65 + 8, "wanted");
        return legend(new String[][] { { "#b2bec3", "NORMAL" }, { "#55efc4", "COMFORT" }, { "#fdcb6e", "BOOST" },
                { "#d63031", "EVU" } }) + c.render();
    }

    private void modeBand(SvgChart c, double top, boolean effective) {
        int runStart = -1;
        SgMode runMode = SgMode.NORMAL;
        for (int i = 0; i <= buckets.size(); i++) {
            @Nullable
            SgMode mode = null;
            if (i < buckets.size() && !buckets.get(i).isEmpty()) {
                ChartBucket b = buckets.get(i);
                mode = ChartBucket.dominant(effective ? b.effectiveSeconds : b.wantedSeconds);
            }
            if (runStart >= 0 && mode != runMode) {
                c.timeRect(start(runStart), end(i - 1), top, BAND, ReportHtmlWriter.modeClass(runMode), 1,
                        runMode.name());
                runStart = -1;
            }
            if (mode != null && runStart < 0) {
                runStart = i;
                runMode = mode;
            }
        }
    }

    String loads() {
        List<String> names = info.loads();
        if (names.isEmpty()) {
            return "<p>No managed loads.</p>\n";
        }
        SvgChart c = chart("Loads", names.size() * (BAND + 6) + SvgChart.TOP + SvgChart.BOTTOM)
                .timeAxis(info.zone());
        for (int l = 0; l < names.size(); l++) {
            double top = SvgChart.TOP + l * (BAND + 6);
            int load = l;
            shareRuns(c, top, "load-on", names.get(l) + " on",
                    b -> b.loadSeconds[load] / b.seconds);
            c.bandLabel(top + BAND * 0.65, shorten(names.get(l)));
        }
        return c.render();
    }

    String quarterHours() {
        boolean limited = info.hasLimit();
        // without a load manager there is no limit: the axis then only has to hold the averages
        double max = limited ? info.maxPower() * 1.2 : 1000;
        for (ChartBucket b : buckets) {
            max = Math.max(max, b.quarterHourMax * 1.05);
        }
        SvgChart c = chart("Quarter-hour average import", 240).range(0, max).valueAxis(4, 1000, " kW")
                .timeAxis(info.zone());
        for (int i = 0; i < buckets.size(); i++) {
            ChartBucket b = buckets.get(i);
            if (!b.isEmpty() && b.quarterHourMax > 0) {
                double x1 = c.x(start(i));
                double x2 = c.x(end(i));
                double y = c.y(b.quarterHourMax);
                c.raw("<rect class=\"qh-bar\" x=\"" + SvgChart.num(x1) + "\" y=\"" + SvgChart.num(y) + "\" width=\""
                        + SvgChart.num(Math.max(0.5, x2 - x1)) + "\" height=\"" + SvgChart.num(c.y(0) - y) + "\"/>");
            }
        }
        if (!limited) {
            return legend(new String[][] { { "#6c5ce7", "quarter-hour average" } }) + c.render();
        }
        c.raw(line(c, info.maxPower(), "limit-line"));
        return legend(new String[][] { { "#6c5ce7", "quarter-hour average" }, { "#c0392b", "limit" } })
                + c.render();
    }

    String locks() {
        SvgChart c = chart("Lock periods", 2 * BAND + SvgChart.TOP + SvgChart.BOTTOM + 8).timeAxis(info.zone());
        shareRuns(c, SvgChart.TOP, "lock-grid", "grid operator lock", b -> b.gridLockSeconds / b.seconds);
        shareRuns(c, SvgChart.TOP + BAND + 8, "lock-evu", "EVU",
                b -> b.effectiveSeconds[SgMode.EVU.ordinal()] / b.seconds);
        c.bandLabel(SvgChart.TOP + BAND * 0.65, "grid lock").bandLabel(SvgChart.TOP + BAND * 1.65 + 8, "EVU");
        return c.render();
    }

    String tank() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ChartBucket b : buckets) {
            if (!b.isEmpty()) {
                min = Math.min(min, Math.min(b.tankMin, b.bufferAverage()));
                max = Math.max(max, Math.max(b.tankMax, b.bufferAverage()));
            }
        }
        min = Math.floor(min / 5) * 5;
        max = Math.max(min + 5, Math.ceil(max / 5) * 5);
        SvgChart c = chart("Tank temperature", 240).range(min, max).valueAxis(4, 1, " °C").timeAxis(info.zone());
        StringBuilder upper = SvgChart.points();
        StringBuilder lower = SvgChart.points();
        StringBuilder buffer = SvgChart.points();
        for (int i = 0; i < buckets.size(); i++) {
            ChartBucket b = buckets.get(i);
            if (!b.isEmpty()) {
                c.point(upper, middle(i), b.tankMax);
                c.point(buffer, middle(i), b.bufferAverage());
            }
        }
        for (int i = buckets.size() - 1; i >= 0; i--) {
            if (!buckets.get(i).isEmpty()) {
                c.point(lower, middle(i), buckets.get(i).tankMin);
            }
        }
        c.polygon(upper.append(lower), "tank-band").polyline(buffer, "buffer-line");
        return legend(new String[][] { { "#e17055", "tap water tank" }, { "#0984e3", "buffer tank" } }) + c.render();
    }

    /**
     * Draws one band: a rectangle per run of buckets with the same share of time (rounded to 5 %), so that a load
     * or lock that lasts for hours is one shape whose opacity is the share.
     */
    private void shareRuns(SvgChart c, double top, String cssClass, String title,
            java.util.function.ToDoubleFunction<ChartBucket> shareOf) {
        int runStart = -1;
        double runShare = 0;
        for (int i = 0; i <= buckets.size(); i++) {
            double share = 0;
            if (i < buckets.size() && !buckets.get(i).isEmpty()) {
                share = Math.round(shareOf.applyAsDouble(buckets.get(i)) * 20) / 20.0;
            }
            if (runStart >= 0 && share != runShare) {
                c.timeRect(start(runStart), end(i - 1), top, BAND, cssClass, runShare,
                        FastFormat.fixed(new StringBuilder(title).append(' '), runShare * 100, 0).append(" %")
                                .toString());
                runStart = -1;
            }
            if (share > 0 && runStart < 0) {
                runStart = i;
                runShare = share;
            }
        }
    }

    private static String line(SvgChart c, double value, String cssClass) {
        double y = c.y(value);
        return "<line class=\"" + cssClass + "\" x1=\"" + SvgChart.num(SvgChart.LEFT) + "\" x2=\""
                + SvgChart.num(SvgChart.WIDTH - SvgChart.RIGHT) + "\" y1=\"" + SvgChart.num(y) + "\" y2=\""
                + SvgChart.num(y) + "\"/>";
    }

    private static String legend(String[][] entries) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (String[] entry : entries) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(entry[0]).append("\"></span>")
                    .append(Html.escape(entry[1])).append("</li>");
        }
        return html.append("</ul>\n").toString();
    }

    private static String shorten(String name) {
        return name.length() <= 9 ? name : name.substring(0, 8) + "…";
    }
}
