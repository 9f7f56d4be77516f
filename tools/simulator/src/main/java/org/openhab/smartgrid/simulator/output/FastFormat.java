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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The timeline's number and time formats without {@link String#format} and a date-time formatter per row: a long
 * replay writes millions of rows. The text is exactly what {@code String.format(Locale.ROOT, "%.Nf", v)} and
 * {@link Csv#time} give (values near a rounding tie and unusual values take the slow path).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class FastFormat {

    private static final double[] SCALE = { 1, 10, 100, 1000 };
    private static final double FAST_LIMIT = 1e12;

    private final ZoneRules rules;
    private final ZoneId zone;
    private String minutePrefix = "";
    private String offsetId = "";
    private long cachedFrom = Long.MAX_VALUE;
    private long cachedTo = Long.MIN_VALUE;

    FastFormat(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** Appends {@code value} with {@code decimals} (0 to 3) digits after the dot, as {@code %.Nf} would. */
    static StringBuilder fixed(StringBuilder out, double value, int decimals) {
        double scaled = value * SCALE[decimals];
        double fraction = Math.abs(scaled - Math.rint(scaled));
        if (!(Math.abs(scaled) < FAST_LIMIT) || Math.abs(fraction - 0.5) < 1e-6) {
            // NaN, infinities, huge values and near-ties: let the formatter decide, it rounds the decimal digits
            return out.append(String.format(Locale.ROOT, "%." + decimals + "f", value));
        }
        long units = Math.round(scaled);
        if (units < 0 || (units == 0 && (value < 0 || 1 / value < 0))) {
            out.append('-');
            units = -units;
        }
        if (decimals == 0) {
            return out.append(units);
        }
        long factor = (long) SCALE[decimals];
        out.append(units / factor).append('.');
        long rest = units % factor;
        for (long digit = factor / 10; digit > 0; digit /= 10) {
            out.append((char) ('0' + rest / digit % 10));
        }
        return out;
    }

    /** Appends the ISO-8601 local time with offset of {@code time}, as {@link Csv#time} would. */
    StringBuilder time(StringBuilder out, Instant time) {
        long second = time.getEpochSecond();
        if (time.getNano() != 0) {
            return out.append(Csv.time(time, zone));
        }
        if (second < cachedFrom || second >= cachedTo) {
            long minute = Math.floorDiv(second, 60) * 60;
            Instant start = Instant.ofEpochSecond(minute);
            ZoneOffset offset = rules.getOffset(start);
            String full = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atOffset(offset));
            offsetId = offset.getId();
            minutePrefix = full.substring(0, full.length() - offsetId.length() - 2);
            cachedFrom = minute;
            cachedTo = minute + 60;
            ZoneOffsetTransition next = rules.nextTransition(start);
            if (next != null && next.toEpochSecond() < cachedTo) {
                cachedTo = next.toEpochSecond();
            }
            if (offset.getTotalSeconds() % 60 != 0) {
                cachedTo = cachedFrom; // an offset with seconds shifts the local second: no cache
                return out.append(Csv.time(time, zone));
            }
        }
        int s = (int) (second - cachedFrom);
        return out.append(minutePrefix).append((char) ('0' + s / 10)).append((char) ('0' + s % 10)).append(offsetId);
    }
}
