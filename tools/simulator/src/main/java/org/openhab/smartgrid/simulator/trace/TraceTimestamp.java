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
package org.openhab.smartgrid.simulator.trace;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Parses trace timestamps: epoch seconds or milliseconds (told apart by their size, from 2000 to 2100), or ISO-8601
 * with an offset (any year; the reader checks {@link #requirePlausible}).
 * <p>
 * Parsing time is much of the cost of reading a trace, so the two common shapes are read by hand: epoch seconds
 * ({@code 1717236000}) and {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}. Any other text goes to
 * {@link OffsetDateTime#parse(CharSequence)}, which decides; so the fast path accepts exactly what that method
 * accepts, for the same instant. A trace has thousands of rows per day, so a parser remembers the last date it
 * checked and counted the days of: the next row of that day only reads its time.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class TraceTimestamp {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final int[] NANO_SCALE = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
            10, 1 };
    private static final int NO_DATE = -1;

    /** The last valid date read, as yyyyMMdd, and its epoch day. */
    private int lastDate = NO_DATE;
    private long lastEpochDay;

    /**
     * Parses one timestamp with a parser of its own.
     *
     * @param text the line holding the field
     * @param start the field's first character
     * @param end one past the field's last character; {@code end > start}
     * @throws DateTimeException if the field is not a timestamp
     */
    static Instant parse(String text, int start, int end) {
        return new TraceTimestamp().parse(text.toCharArray(), start, end);
    }

    /**
     * @param text the line holding the field
     * @param start the field's first character
     * @param end one past the field's last character; {@code end > start}
     * @throws DateTimeException if the field is not a timestamp
     */
    Instant parse(char[] text, int start, int end) {
        if (isEpochSeconds(text, start, end)) {
            return Instant.ofEpochMilli(epochMillis(parseLong(text, start, end)));
        }
        Instant canonical = parseCanonicalIso(text, start, end);
        if (canonical != null) {
            return canonical;
        }
        return OffsetDateTime.parse(new String(text, start, end - start)).toInstant();
    }

    /**
     * @throws Implausible when {@code time} is before 2000 or from 2100 on: as ISO-8601 it is what it says, but no
     *             trace measured it
     */
    static void requirePlausible(Instant time) {
        if (time.getEpochSecond() < FIRST_SECOND || time.getEpochSecond() >= END_SECOND) {
            throw new Implausible("expected a time between " + FIRST + " and " + END);
        }
    }

    /** The first plausible time of a trace: a measurement before it, or from 2100 on, is a mistake. */
    static final Instant FIRST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2100-01-01T00:00:00Z");
    private static final long FIRST_SECOND = FIRST.getEpochSecond();
    private static final long END_SECOND = END.getEpochSecond();

    /**
     * Reads an epoch number by its size: the plausible times (2000 to 2100) are 946,684,800 to 4,102,444,800 in
     * seconds and a thousand times that in milliseconds, so the two ranges do not meet and the unit is never a
     * guess. Epoch seconds of 2100 or later and milliseconds before 2000 are refused, not read in the other unit.
     *
     * @return the time in epoch milliseconds
     * @throws Implausible when the number is a plausible time in neither unit
     */
    static long epochMillis(long value) {
        if (value >= FIRST_SECOND && value < END_SECOND) {
            return value * 1000;
        }
        if (value >= FIRST_SECOND * 1000 && value < END_SECOND * 1000) {
            return value;
        }
        throw new Implausible("expected epoch seconds or milliseconds of a time between " + FIRST + " and " + END
                + " (seconds: " + FIRST_SECOND + " to " + END_SECOND + ", milliseconds: a thousand times that)");
    }

    /**
     * A time that parses but cannot be a measurement's; its message says what was expected instead (the caller adds
     * what it got).
     */
    static final class Implausible extends DateTimeException {
        private static final long serialVersionUID = 1L;

        Implausible(String message) {
            super(message);
        }
    }

    /** Epoch seconds: an optional minus and 1 to 18 digits (so that the value fits a long). */
    private static boolean isEpochSeconds(char[] text, int start, int end) {
        int digitsFrom = text[start] == '-' ? start + 1 : start;
        if (digitsFrom == end || end - digitsFrom > 18) {
            return false;
        }
        for (int i = digitsFrom; i < end; i++) {
            if (!isDigit(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static long parseLong(char[] text, int start, int end) {
        boolean negative = text[start] == '-';
        long result = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            result = result * 10 + (text[i] - '0');
        }
        return negative ? -result : result;
    }

    /**
     * Reads {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}.
     *
     * @return null if the text has another shape or values out of range: the general parser decides then
     */
    private @Nullable Instant parseCanonicalIso(char[] text, int start, int end) {
        if (end - start < 20) {
            return null;
        }
        int year = number(text, start, 4);
        int month = number(text, start + 5, 2);
        int day = number(text, start + 8, 2);
        int hour = number(text, start + 11, 2);
        int minute = number(text, start + 14, 2);
        int second = number(text, start + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || text[start + 4] != '-' || text[start + 7] != '-'
                || text[start + 10] != 'T' || text[start + 13] != ':' || text[start + 16] != ':') {
            return null;
        }
        int i = start + 19;
        int nanos = 0;
        if (text[i] == '.') {
            int from = ++i;
            while (i < end && i - from < 9 && isDigit(text[i])) {
                nanos = nanos * 10 + (text[i] - '0');
                i++;
            }
            if (i == from || i == end) {
                return null;
            }
            nanos *= NANO_SCALE[i - from];
        }
        int offsetSeconds;
        if (end - i == 1 && text[i] == 'Z') {
            offsetSeconds = 0;
        } else if (end - i == 6 && (text[i] == '+' || text[i] == '-') && text[i + 3] == ':') {
            int hours = number(text, i + 1, 2);
            int minutes = number(text, i + 4, 2);
            offsetSeconds = hours * 3600 + minutes * 60;
            if (hours < 0 || minutes < 0 || minutes > 59 || offsetSeconds > MAX_OFFSET_SECONDS) {
                return null;
            }
            offsetSeconds = text[i] == '-' ? -offsetSeconds : offsetSeconds;
        } else {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int date = year * 10_000 + month * 100 + day;
        if (date != lastDate) {
            try {
                // validates the day of the month, leap years included
                lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return null;
            }
            lastDate = date;
        }
        return Instant.ofEpochSecond(lastEpochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second
                - offsetSeconds, nanos);
    }

    /** @return the number the {@code digits} characters at {@code from} write, or -1 if one is not a digit */
    private static int number(char[] text, int from, int digits) {
        int result = 0;
        for (int k = from; k < from + digits; k++) {
            char c = text[k];
            if (!isDigit(c)) {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
