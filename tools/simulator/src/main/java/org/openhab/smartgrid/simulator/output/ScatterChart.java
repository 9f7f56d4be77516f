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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A scatter chart of one figure against a number (a sweep's objective against one swept parameter), drawn with the
 * report's {@link SvgChart}: its scaling, its value axis and its drawing as they are. SvgChart's horizontal axis is
 * time, so a number is placed as that many steps after an arbitrary start; that axis is labelled here.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ScatterChart {

    /** Steps across the horizontal axis: far finer than a chart's pixels. */
    private static final long STEPS = 1_000_000;
    private static final Instant START = Instant.EPOCH;
    private static final double HEIGHT = 300;
    /** More labels than this would run into each other on a phone. */
    private static final int MAX_LABELS = 6;

    /**
     * One point of the chart.
     *
     * @param x the number on the horizontal axis
     * @param y the figure; a point whose figure is not finite (no PV, no self-use) is left out
     * @param title what a pointer over the point shows
     * @param best whether the point is the best one, drawn ringed and on top
     */
    public record Point(double x, double y, String title, boolean best) {
    }

    private final double xMin;
    private final double xSpan;

    private ScatterChart(double xMin, double xMax) {
        // a margin so that the points at the ends are drawn whole
        double span = xMax > xMin ? xMax - xMin : 2;
        this.xMin = (xMax > xMin ? xMin : xMin - 1) - span * 0.05;
        this.xSpan = span * 1.1;
    }

    /**
     * @param label what the chart shows, for screen readers
     * @param points the points; those with a figure that is not finite are left out
     * @param ticks the numbers to label on the horizontal axis (every one when few, else some evenly spread)
     * @param yUnit appended to the value axis' labels, e.g. " kWh" or "%"
     * @return the chart, an inline SVG that scales with its container
     */
    public static String render(String label, List<Point> points, List<BigDecimal> ticks, String yUnit) {
        List<Point> drawn = points.stream().filter(p -> Double.isFinite(p.y())).toList();
        double xMin = ticks.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double xMax = ticks.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double yMin = drawn.stream().mapToDouble(Point::y).min().orElse(0);
        double yMax = drawn.stream().mapToDouble(Point::y).max().orElse(1);
        ScatterChart scale = new ScatterChart(xMin, xMax);
        // the report's value axis: round steps, each label with the decimals it needs (runs often differ in the
        // second decimal only)
        SvgChart chart = new SvgChart(label, HEIGHT, START, START.plusMillis(STEPS)).range(yMin, yMax)
                .valueAxis(1, yUnit);
        int every = (ticks.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < ticks.size(); i += Math.max(1, every)) {
            String x = SvgChart.num(chart.x(scale.at(ticks.get(i).doubleValue())));
            chart.raw("<line class=\"grid\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + SvgChart.num(SvgChart.TOP)
                    + "\" y2=\"" + SvgChart.num(HEIGHT - SvgChart.BOTTOM) + "\"/><text class=\"tick\" x=\"" + x
                    + "\" y=\"" + SvgChart.num(HEIGHT - 6) + "\" text-anchor=\"middle\">"
                    + Html.escape(ticks.get(i).stripTrailingZeros().toPlainString()) + "</text>");
        }
        // the best point last, so that no other point hides it
        for (Point p : drawn.stream().sorted((a, b) -> Boolean.compare(a.best(), b.best())).toList()) {
            chart.raw("<circle class=\"" + (p.best() ? "point best" : "point") + "\" cx=\""
                    + SvgChart.num(chart.x(scale.at(p.x()))) + "\" cy=\"" + SvgChart.num(chart.y(p.y()))
                    + "\" r=\"" + (p.best() ? 9 : 6) + "\"><title>" + Html.escape(p.title()) + "</title></circle>");
        }
        return chart.render();
    }

    /** @return the time SvgChart places {@code x} at */
    private Instant at(double x) {
        return START.plusMillis(Math.round((x - xMin) / xSpan * STEPS));
    }
}
