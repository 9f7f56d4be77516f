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
 * Parses a trace flag: {@code 1}/{@code 0} or {@code true}/{@code false} in any case.
 * <p>
 * The words are matched on the line's characters the way {@link String#regionMatches(boolean, int, String, int,
 * int)} ignoring case matches them, which the reader used when it worked on strings; so the same texts pass.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class TraceFlag {

    private TraceFlag() {
    }

    /**
     * @param text the line holding the field
     * @param start the field's first character
     * @param end one past the field's last character
     * @return whether the flag is set
     * @throws IllegalArgumentException if the field is no flag
     */
    static boolean parse(char[] text, int start, int end) {
        int length = end - start;
        if (length == 1 && text[start] == '1' || length == 4 && matchesIgnoringCase(text, start, "true")) {
            return true;
        }
        if (length == 1 && text[start] == '0' || length == 5 && matchesIgnoringCase(text, start, "false")) {
            return false;
        }
        throw new IllegalArgumentException("not a flag");
    }

    /** A character matches when it, its upper case or the lower case of that is the word's. */
    private static boolean matchesIgnoringCase(char[] text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[from + k];
            char w = word.charAt(k);
            if (c == w) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            char wordUpper = Character.toUpperCase(w);
            if (upper != wordUpper && Character.toLowerCase(upper) != Character.toLowerCase(wordUpper)) {
                return false;
            }
        }
        return true;
    }
}
