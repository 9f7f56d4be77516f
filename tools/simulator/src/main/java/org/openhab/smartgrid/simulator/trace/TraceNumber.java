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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Parses a trace number: a plain decimal such as {@code 1500}, {@code -2.5} or {@code 1.2e3}.
 * <p>
 * {@link Double#parseDouble} also takes {@code NaN}, {@code Infinity}, a {@code d} or {@code f} suffix and hex, so
 * a field is first checked to hold only digits, signs, points and exponents, and then given to it. Most fields of
 * a meter trace are short decimals, which are read by hand: up to 15 digits, an optional sign and point, no
 * exponent. Such a mantissa and its power of ten are exact doubles, so one division rounds correctly, to the
 * double {@code Double.parseDouble} returns. Any other text goes the long way, which decides.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class TraceNumber {

    /** Doubles below 2^53 are exact; 15 decimal digits stay below it. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15 };

    private TraceNumber() {
    }

    /**
     * @param text the line holding the field
     * @param start the field's first character
     * @param end one past the field's last character; {@code end > start}
     * @return the field's value, which may be infinite when it overflows (the caller checks the range)
     * @throws NumberFormatException if the field is not a plain decimal number
     */
    static double parse(char[] text, int start, int end) {
        int i = start;
        boolean negative = text[i] == '-';
        if (negative || text[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1; // -1 until the point
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_EXACT_DIGITS) {
                    return parseGenerally(text, start, end);
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return parseGenerally(text, start, end);
            }
        }
        if (digits == 0) {
            return parseGenerally(text, start, end);
        }
        double value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
        return negative ? -value : value;
    }

    private static double parseGenerally(char[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new NumberFormatException("not a plain decimal number");
            }
        }
        return Double.parseDouble(new String(text, start, end - start));
    }
}
