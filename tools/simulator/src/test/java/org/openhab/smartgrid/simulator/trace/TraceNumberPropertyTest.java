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

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The hand-written number parser reads every text to the same double as {@link Double#parseDouble}, bit for bit,
 * and rejects what is not a plain decimal.
 */
@NonNullByDefault
class TraceNumberPropertyTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "1500, 1500", "-2.5, -2.5", "+7, 7", "1.2e3, 1200", "-2E-3, -0.002", "5., 5", ".5, 0.5",
            "000012.50, 12.5", "123456789012345, 123456789012345", "1234567890123456789, 1234567890123456789",
            "0.1, 0.1", "1e999, Infinity" })
    void plainDecimalsAreRead(String text, double expected) {
        assertEquals(expected, parse(text), "'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = { "NaN", "Infinity", "-Infinity", "12f", "1d", "0x1p3", "12 W", "abc", ".", "-", "+", "1..2",
            "1.2.3", "--1", "1e", "e5", "1,5" })
    void textThatIsNoPlainDecimalIsRejected(String text) {
        assertThrows(NumberFormatException.class, () -> parse(text), "'" + text + "' must not be read as a number");
    }

    @ParameterizedTest(name = "{0} keeps its sign")
    @ValueSource(strings = { "-0", "-0.0", "-.0", "-0e0" })
    void minusZeroStaysNegative(String text) {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse(text)),
                "'" + text + "' is -0.0, as Double.parseDouble reads it");
    }

    @org.junit.jupiter.api.Test
    void everyTextReadsLikeDoubleParseDoubleAfterTheCharacterCheck() {
        PropertyCheck.forAll("hand-written number parsing agrees with Double.parseDouble", 100_000, random -> {
            String text = mutate(random, decimalLike(random));
            assertEquals(expected(text), outcome(text), () -> "parsing '" + text + "'");
        });
    }

    private static double parse(String text) {
        return TraceNumber.parse(("," + text + ",").toCharArray(), 1, text.length() + 1);
    }

    /** What the reader did before it had a fast path: check the characters, then Double.parseDouble. */
    private static String expected(String text) {
        for (char c : text.toCharArray()) {
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return "rejected";
            }
        }
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } catch (NumberFormatException e) {
            return "rejected";
        }
    }

    private static String outcome(String text) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(parse(text)));
        } catch (NumberFormatException e) {
            return "rejected";
        }
    }

    /** A decimal with up to 20 digits around an optional point, sometimes with a sign or an exponent. */
    private static String decimalLike(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> text.append('-');
            case 1 -> text.append('+');
            default -> {
                // no sign
            }
        }
        int digits = random.nextInt(0, 21);
        int point = random.nextInt(3) == 0 ? -1 : random.nextInt(0, digits + 1);
        for (int i = 0; i < digits; i++) {
            if (i == point) {
                text.append('.');
            }
            // leading and trailing zeros are common in meter exports
            text.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        if (point == digits) {
            text.append('.');
        }
        if (random.nextInt(8) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-330, 330));
        }
        return text.length() == 0 ? "0" : text.toString();
    }

    /** Sometimes replaces or adds one character, to probe the edges of the shape the fast path accepts. */
    private static String mutate(SplittableRandom random, String text) {
        if (random.nextInt(4) > 0) {
            return text;
        }
        String alphabet = "0123456789.+-eEdfx N";
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(text.length() + 1);
        return at == text.length() ? text + c : text.substring(0, at) + c + text.substring(at + 1);
    }
}
