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

/**
 * Parses a trace timestamp: epoch seconds, or ISO-8601 with an offset.
 * <p>
 * Parsing time is most of the cost of reading a trace, so the two common shapes are read by hand: epoch seconds
 * ({@code 1717236000}) and {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}. Any other text goes to
 * {@link OffsetDateTime#parse(CharSequence)}, which decides; so the fast path accepts exactly what that method
 * accepts, for the same instant.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class TraceTimestamp {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final int[] NANO_SCALE = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
            10, 1 };

    private TraceTimestamp() {
    }

    /**
     * @param text the line holding the field
     * @param start the field's first character
     * @param end one past the field's last character; {@code end > start}
     * @throws DateTimeException if the field is not a timestamp
     */
    static Instant parse(String text, int start, int end) {
        if (isEpochSeconds(text, start, end)) {
            return Instant.ofEpochSecond(parseLong(text, start, end));
        }
        long[] secondsAndNanos = new long[2];
        if (parseCanonicalIso(text, start, end, secondsAndNanos)) {
            return Instant.ofEpochSecond(secondsAndNanos[0], secondsAndNanos[1]);
        }
        return OffsetDateTime.parse(text.substring(start, end)).toInstant();
    }

    /** Epoch seconds: an optional minus and 1 to 18 digits (so that the value fits a long). */
    private static boolean isEpochSeconds(String text, int start, int end) {
        int digitsFrom = text.charAt(start) == '-' ? start + 1 : start;
        if (digitsFrom == end || end - digitsFrom > 18) {
            return false;
        }
        for (int i = digitsFrom; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static long parseLong(String text, int start, int end) {
        boolean negative = text.charAt(start) == '-';
        long result = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            result = result * 10 + (text.charAt(i) - '0');
        }
        return negative ? -result : result;
    }

    /**
     * Reads {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} into {@code out} (epoch seconds, nanos).
     *
     * @return false if the text has another shape or values out of range: the general parser decides then
     */
    private static boolean parseCanonicalIso(String text, int start, int end, long[] out) {
        if (end - start < 20 || !pattern(text, start, "dddd-dd-ddTdd:dd:dd")) {
            return false;
        }
        int i = start + 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int from = ++i;
            while (i < end && i - from < 9 && isDigit(text.charAt(i))) {
                nanos = nanos * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == from || i == end) {
                return false;
            }
            nanos *= NANO_SCALE[i - from];
        }
        int offsetSeconds;
        if (end - i == 1 && text.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (end - i == 6 && (text.charAt(i) == '+' || text.charAt(i) == '-')
                && pattern(text, i + 1, "dd:dd")) {
            int hours = number(text, i + 1, 2);
            int minutes = number(text, i + 4, 2);
            offsetSeconds = hours * 3600 + minutes * 60;
            if (minutes > 59 || offsetSeconds > MAX_OFFSET_SECONDS) {
                return false;
            }
            offsetSeconds = text.charAt(i) == '-' ? -offsetSeconds : offsetSeconds;
        } else {
            return false;
        }
        int hour = number(text, start + 11, 2);
        int minute = number(text, start + 14, 2);
        int second = number(text, start + 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return false;
        }
        long epochDay;
        try {
            // validates the day of the month, leap years included
            epochDay = LocalDate.of(number(text, start, 4), number(text, start + 5, 2), number(text, start + 8, 2))
                    .toEpochDay();
        } catch (DateTimeException e) {
            return false;
        }
        out[0] = epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
        out[1] = nanos;
        return true;
    }

    /** @return whether {@code text} at {@code from} matches {@code pattern}, where {@code d} is any digit */
    private static boolean pattern(String text, int from, String pattern) {
        if (from + pattern.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < pattern.length(); k++) {
            char p = pattern.charAt(k);
            char c = text.charAt(from + k);
            if (p == 'd' ? !isDigit(c) : c != p) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int digits) {
        int result = 0;
        for (int k = from; k < from + digits; k++) {
            result = result * 10 + (text.charAt(k) - '0');
        }
        return result;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
