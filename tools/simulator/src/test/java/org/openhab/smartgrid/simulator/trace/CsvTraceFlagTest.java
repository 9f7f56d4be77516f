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
 * The grid lock flag is matched on the line's characters exactly as {@link String#regionMatches(boolean, int,
 * String, int, int)} ignoring case matched it when the reader worked on strings, for every character at every
 * place of {@code true} and {@code false}.
 */
@NonNullByDefault
class CsvTraceFlagTest {

    @Test
    void everyCharacterMatchesTrueAndFalseAsStringRegionMatchesIgnoringCaseDecides() {
        int checked = 0;
        for (String word : new String[] { "true", "false" }) {
            for (int at = 0; at < word.length(); at++) {
                char[] text = word.toCharArray();
                for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                    text[at] = (char) c;
                    boolean expected = new String(text).regionMatches(true, 0, word, 0, word.length());
                    if (CsvTraceReader.matchesIgnoringCase(text, 0, word) != expected) {
                        fail("'" + new String(text) + "' (U+" + Integer.toHexString(c) + " at " + at + ") must "
                                + (expected ? "" : "not ") + "match '" + word + "'");
                    }
                    checked++;
                }
            }
        }
        assertEquals(9 * 65_536, checked, "every character at each of the 9 places");
    }
}
