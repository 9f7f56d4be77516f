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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The grid lock flag accepts exactly the texts the reader accepted when it worked on strings: {@code 1}, {@code 0},
 * and what {@link String#regionMatches(boolean, int, String, int, int)} ignoring case matched to {@code true} or
 * {@code false}, checked for every character at every place of the two words.
 */
@NonNullByDefault
class TraceFlagTest {

    @Test
    void everyTextOfOneChangedCharacterIsReadAsStringRegionMatchesIgnoringCaseReadIt() {
        int checked = 0;
        for (String word : new String[] { "1", "0", "true", "false" }) {
            for (int at = 0; at < word.length(); at++) {
                char[] text = word.toCharArray();
                for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                    text[at] = (char) c;
                    String expected = asStringsRead(new String(text));
                    String actual = outcome(text);
                    if (!expected.equals(actual)) {
                        fail("'" + new String(text) + "' (U+" + Integer.toHexString(c) + " at " + at + ") must be "
                                + expected + ", was " + actual);
                    }
                    checked++;
                }
            }
        }
        assertEquals(11 * 65_536, checked, "every character at each of the 11 places");
    }

    /** How the reader read a flag field before, on a string. */
    private static String asStringsRead(String field) {
        int length = field.length();
        if (field.equals("1") || length == 4 && field.regionMatches(true, 0, "true", 0, 4)) {
            return "set";
        }
        if (field.equals("0") || length == 5 && field.regionMatches(true, 0, "false", 0, 5)) {
            return "not set";
        }
        return "rejected";
    }

    private static String outcome(char[] field) {
        // the field between other text, as in a line
        char[] line = ("x," + new String(field) + ",y").toCharArray();
        try {
            return TraceFlag.parse(line, 2, 2 + field.length) ? "set" : "not set";
        } catch (IllegalArgumentException e) {
            return "rejected";
        }
    }
}
