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

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.load.QuarterHourMeter;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Draws the report's six charts from the downsampled buckets.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ReportCharts {

    private static final double BAND = 26;
    /** Room above a load's band for its whole name. */
    private static final double TITLE = 18;
    /** The opacity of a boost or lock window in the power chart when it lasts the whole bucket: the lines stay. */
    private static final double WINDOW_OPACITY = 0.22;

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
        SvgChart c = chart("Power flows", 300).range(min, max).valueAxis(1000, " kW").timeAxis(info.zone());
        // the windows first, under the lines: when the heat pump was asked to boost, and when it was locked
        double plotTop = SvgChart.TOP;
        double plotHeight = c.height() - SvgChart.TOP - SvgChart.BOTTOM;
        shareRuns(c, plotTop, plotHeight, "boost-window", "boost", WINDOW_OPACITY,
                b -> b.effectiveSeconds[SgMode.BOOST.ordinal()] / b.seconds);
        shareRuns(c, plotTop, plotHeight, "lock-window", "locked (EVU or grid lock)", WINDOW_OPACITY,
                b -> Math.max(b.effectiveSeconds[SgMode.EVU.ordinal()], b.gridLockSeconds) / b.seconds);
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
        c.level(0, "zero-line", "");
        c.polygon(upper.append(lower), "grid-band").polyline(pv, "pv-line").polyline(hp, "hp-line");
        return legend(new String[][] { { "#4a78c2", "grid" }, { "#e8a317", "PV" }, { "#c0392b", "heat pump" },
                { "#fdcb6e", "boost window" }, { "#d63031", "lock window (EVU, grid lock)" } }) + c.render();
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
        double row = TITLE + BAND + 6;
        SvgChart c = chart("Loads", names.size() * row + SvgChart.TOP + SvgChart.BOTTOM).timeAxis(info.zone());
        for (int l = 0; l < names.size(); l++) {
            double top = SvgChart.TOP + l * row + TITLE;
            int load = l;
            String name = names.get(l);
            // the band's whole length, so that a load that never ran (or was never shed) reads as 0 %, not missing
            c.timeRect(series.origin(), series.end(), top, BAND, "band-track", 1, name);
            // a load manager's load runs unless shed: its band shows when it was shed, the others when they ran
            if (info.isShedLoad(l)) {
                shareRuns(c, top, BAND, "load-shed", name + " shed", 1, b -> 1 - b.loadSeconds[load] / b.seconds);
                c.bandTitle(top - 5, name + ": shed by the load manager");
            } else {
                shareRuns(c, top, BAND, "load-on", name + " on", 1, b -> b.loadSeconds[load] / b.seconds);
                c.bandTitle(top - 5, name + ": on");
            }
        }
        List<String[]> entries = new ArrayList<>();
        if (info.shedLoads().size() < names.size()) {
            entries.add(new String[] { "#00b894", "on (energy manager load)" });
        }
        if (!info.shedLoads().isEmpty()) {
            entries.add(new String[] { "#e67e22", "shed (load manager load)" });
        }
        return legend(entries.toArray(String[][]::new)) + c.render();
    }

    /**
     * The finished clock quarter-hours as bars: each one's average import, as the summary's peak quarter-hour and
     * the capacity tariff count it, against the limit and the run's peak; the running average of the open quarter
     * (what the load manager watches, starting each quarter at the instantaneous power) as a thin line.
     *
     * @param peakWatts the summary's peak quarter-hour (W)
     */
    String quarterHours(double peakWatts) {
        boolean limited = info.hasLimit();
        double max = Math.max(limited ? info.maxPower() : 0, peakWatts);
        for (ChartBucket b : buckets) {
            max = Math.max(max, b.quarterHourMax);
        }
        SvgChart c = chart("Quarter-hour average import", 240).range(0, Math.max(1000, max * 1.05))
                .valueAxis(1000, " kW").timeAxis(info.zone());
        Duration quarter = QuarterHourMeter.QUARTER;
        boolean quarterWide = series.width().compareTo(quarter) >= 0;
        StringBuilder running = SvgChart.points();
        // the month peak as it builds up (what the capacity tariff bills): a step line per local month
        StringBuilder monthPeak = SvgChart.points();
        @Nullable
        YearMonth month = null;
        double monthPeakWatts = 0;
        for (int i = 0; i < buckets.size(); i++) {
            ChartBucket b = buckets.get(i);
            Instant quarterStart = b.finishedQuarterStart;
            if (quarterStart != null) {
                Instant quarterEnd = quarterStart.plus(quarter);
                YearMonth quarterMonth = YearMonth.from(quarterStart.atZone(info.zone()));
                if (!quarterMonth.equals(month)) {
                    if (month != null) {
                        c.polyline(monthPeak, "peak-line");
                        monthPeak = SvgChart.points();
                    }
                    month = quarterMonth;
                    monthPeakWatts = 0;
                }
                double before = monthPeakWatts;
                monthPeakWatts = Math.max(monthPeakWatts, b.finishedQuarterMax);
                if (monthPeakWatts > before || monthPeak.isEmpty()) {
                    c.point(monthPeak, quarterEnd, before);
                    c.point(monthPeak, quarterEnd, monthPeakWatts);
                }
                // narrow buckets: the bar spans its quarter; wide ones (a long trace): the bucket's highest quarter
                Instant from = quarterWide ? start(i) : quarterStart;
                Instant to = quarterWide ? end(i) : quarterStart.plus(quarter);
                c.timeRect(from, to, c.y(b.finishedQuarterMax), c.y(0) - c.y(b.finishedQuarterMax), "qh-bar", 1,
                        String.format(Locale.ROOT, "%s %.2f kW", quarterWide ? "highest quarter" : "quarter from "
                                + SvgChart.clock(quarterStart, info.zone()), b.finishedQuarterMax / 1000));
            }
            if (!b.isEmpty()) {
                c.point(running, middle(i), b.quarterHourMax);
            }
        }
        if (month != null) {
            c.point(monthPeak, series.end(), monthPeakWatts);
            c.polyline(monthPeak, "peak-line");
        }
        c.polyline(running, "qh-running");
        c.rightLabel(peakWatts, String.format(Locale.ROOT, "month peak %.2f kW", peakWatts / 1000));
        if (!limited) {
            return legend(new String[][] { { "#6c5ce7", "finished quarter-hour" }, { "#1d232b", "month peak so far" },
                    { "#a29bfe", "running average" } }) + c.render();
        }
        c.level(info.maxPower(), "limit-line", String.format(Locale.ROOT, "limit %.2f kW", info.maxPower() / 1000));
        return legend(new String[][] { { "#6c5ce7", "finished quarter-hour" }, { "#1d232b", "month peak so far" },
                { "#c0392b", "limit" }, { "#a29bfe", "running average" } }) + c.render();
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
        SvgChart c = chart("Tank temperature", 240).range(min, max).valueAxis(1, " °C").timeAxis(info.zone());
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

    private void shareRuns(SvgChart c, double top, String cssClass, String title,
            ToDoubleFunction<ChartBucket> shareOf) {
        shareRuns(c, top, BAND, cssClass, title, 1, shareOf);
    }

    /**
     * Draws one band: a rectangle per run of buckets with the same share of time (rounded to 5 %), so that a load
     * or lock that lasts for hours is one shape whose opacity is the share (times {@code opacity}).
     */
    private void shareRuns(SvgChart c, double top, double height, String cssClass, String title, double opacity,
            ToDoubleFunction<ChartBucket> shareOf) {
        int runStart = -1;
        double runShare = 0;
        for (int i = 0; i <= buckets.size(); i++) {
            double share = 0;
            if (i < buckets.size() && !buckets.get(i).isEmpty()) {
                share = Math.round(shareOf.applyAsDouble(buckets.get(i)) * 20) / 20.0;
            }
            if (runStart >= 0 && share != runShare) {
                c.timeRect(start(runStart), end(i - 1), top, height, cssClass, runShare * opacity,
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

    private static String legend(String[][] entries) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (String[] entry : entries) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(entry[0]).append("\"></span>")
                    .append(Html.escape(entry[1])).append("</li>");
        }
        return html.append("</ul>\n").toString();
    }
}
