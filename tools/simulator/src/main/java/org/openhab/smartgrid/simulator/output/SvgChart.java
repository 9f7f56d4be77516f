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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A tiny inline-SVG builder for the report: a time axis, a value axis and shapes. It scales with its container
 * ({@code viewBox}, width 100 %), so the charts read on a phone.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SvgChart {

    static final double WIDTH = 700;
    static final double LEFT = 84;
    /** Room for half a time label centred on the plot's right end (24:00), also in a phone's larger font. */
    static final double RIGHT = 30;
    static final double TOP = 10;
    static final double BOTTOM = 24;

    private final StringBuilder svg = new StringBuilder(8192);
    private final double height;
    private final Instant from;
    private final Instant to;
    /** {@code to - from} in whole milliseconds, the denominator of every x coordinate. */
    private final long spanMillis;
    private double yMin;
    private double yMax;

    SvgChart(String label, double height, Instant from, Instant to) {
        this.height = height;
        this.from = from;
        this.to = to.isAfter(from) ? to : from.plusSeconds(1);
        this.spanMillis = Duration.between(from, this.to).toMillis();
        svg.append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(Html.escape(label))
                .append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(height))
                .append("\" preserveAspectRatio=\"xMidYMid meet\">\n");
    }

    /** Sets the value range of the y axis. */
    SvgChart range(double min, double max) {
        this.yMin = min;
        this.yMax = max > min ? max : min + 1;
        return this;
    }

    double x(Instant time) {
        double fraction = (double) Duration.between(from, time).toMillis() / spanMillis;
        return LEFT + Math.max(0, Math.min(1, fraction)) * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
        double fraction = (value - yMin) / (yMax - yMin);
        return height - BOTTOM - Math.max(0, Math.min(1, fraction)) * (height - TOP - BOTTOM);
    }

    /**
     * Labels the y axis at round values (see {@link AxisTicks}) of the range divided by {@code divisor}, followed by
     * {@code unit}, and widens the range to the outer ticks so that the grid lines frame the data.
     */
    SvgChart valueAxis(double divisor, String unit) {
        AxisTicks ticks = AxisTicks.covering(yMin / divisor, yMax / divisor);
        range(ticks.min() * divisor, ticks.max() * divisor);
        for (int i = 0; i < ticks.count(); i++) {
            double y = y(ticks.value(i) * divisor);
            line(LEFT, WIDTH - RIGHT, y, y, "grid");
            text(LEFT - 4, y + 4, "end", ticks.label(i) + unit);
        }
        return this;
    }

    /** Draws a horizontal line across the plot at {@code value}, labelled at its right end just above it. */
    SvgChart level(double value, String cssClass, String label) {
        double y = y(value);
        line(LEFT, WIDTH - RIGHT, y, y, cssClass);
        if (!label.isEmpty()) {
            text(WIDTH - RIGHT - 2, y - 4, "end", label);
        }
        return this;
    }

    /** Adds a label at the right end of the plot, just above {@code value}'s height (as {@link #level} labels). */
    SvgChart rightLabel(double value, String label) {
        text(WIDTH - RIGHT - 2, y(value) - 4, "end", label);
        return this;
    }

    /**
     * Labels the time axis every 3 hours of local time (every hour for short runs). The end of a day is 24:00.
     */
    SvgChart timeAxis(ZoneId zone) {
        long hours = Duration.between(from, to).toHours();
        int step = hours <= 6 ? 1 : hours <= 48 ? 3 : 24;
        ZonedDateTime tick = from.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        int guard = 0;
        while (!tick.toInstant().isAfter(to) && guard++ < 200) {
            if (!tick.toInstant().isBefore(from) && tick.getHour() % step == 0) {
                double x = x(tick.toInstant());
                boolean dayEnd = tick.getHour() == 0 && tick.toInstant().equals(to) && tick.toInstant().isAfter(from);
                line(x, x, TOP, height - BOTTOM, "grid");
                text(x, height - 8, "middle", String.format(Locale.ROOT, "%02d:00", dayEnd ? 24 : tick.getHour()));
            }
            tick = tick.plusHours(1);
        }
        return this;
    }

    /** Adds a raw SVG element. */
    SvgChart raw(String element) {
        svg.append(element).append('\n');
        return this;
    }

    /** Adds a filled rectangle spanning a time range and a pixel band. */
    SvgChart timeRect(Instant start, Instant end, double top, double bandHeight, String cssClass, double opacity,
            String title) {
        double x1 = x(start);
        double x2 = x(end);
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(x1)).append("\" y=\"")
                .append(num(top)).append("\" width=\"").append(num(Math.max(0.5, x2 - x1))).append("\" height=\"")
                .append(num(bandHeight)).append('"');
        if (opacity < 1) {
            svg.append(" fill-opacity=\"").append(num(opacity)).append('"');
        }
        svg.append("><title>").append(Html.escape(title)).append("</title></rect>\n");
        return this;
    }

    /** Adds a text label at the left margin of a band. */
    SvgChart bandLabel(double y, String text) {
        text(LEFT - 4, y, "end", text);
        return this;
    }

    /** Adds a text label above a band, from the band's left end: room for a whole name. */
    SvgChart bandTitle(double y, String text) {
        text(LEFT, y, "start", text);
        return this;
    }

    private void line(double x1, double x2, double y1, double y2, String cssClass) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1)).append("\" x2=\"")
                .append(num(x2)).append("\" y1=\"").append(num(y1)).append("\" y2=\"").append(num(y2))
                .append("\"/>\n");
    }

    private void text(double x, double y, String anchor, String text) {
        svg.append("<text class=\"tick\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text))
                .append("</text>\n");
    }

    /** Starts a path or polyline point list. */
    static StringBuilder points() {
        return new StringBuilder(4096);
    }

    void point(StringBuilder points, Instant time, double value) {
        FastFormat.fixed(points, x(time), 1).append(',');
        FastFormat.fixed(points, y(value), 1).append(' ');
    }

    SvgChart polyline(StringBuilder points, String cssClass) {
        svg.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(points.toString().trim())
                .append("\"/>\n");
        return this;
    }

    SvgChart polygon(StringBuilder points, String cssClass) {
        svg.append("<polygon class=\"").append(cssClass).append("\" points=\"").append(points.toString().trim())
                .append("\"/>\n");
        return this;
    }

    double height() {
        return height;
    }

    String render() {
        return svg + "</svg>\n";
    }

    /** @return {@code time} as local {@code HH:mm} of {@code zone} */
    static String clock(Instant time, ZoneId zone) {
        ZonedDateTime local = time.atZone(zone);
        return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
    }

    /** @return {@code value} with one decimal, as {@code %.1f} gives it (a report has thousands of them) */
    static String num(double value) {
        return FastFormat.fixed(new StringBuilder(12), value, 1).toString();
    }
}
