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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The line buffer finds the same lines, with the same numbers, as {@link BufferedReader#readLine()}, however the
 * text arrives in pieces and however long a line is; blank and comment lines are skipped but counted.
 */
@NonNullByDefault
class CsvLinesPropertyTest {

    @Test
    void contentLinesAndTheirNumbersAreThoseOfReadLine() {
        PropertyCheck.forAll("CsvLines finds the lines readLine finds", 3_000, random -> {
            String text = randomText(random);
            try {
                assertEquals(expected(text), actual(new Pieces(text, random)), () -> "lines of " + quoted(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longLine = "x".repeat(300_000);
        String text = "first\r" + longLine + "\r\nlast";
        assertEquals(List.of("1:first", "2:" + longLine, "3:last"), actual(new StringReader(text)),
                "the buffer grows for a long line");
    }

    private static List<String> expected(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(text));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (isContent(line)) {
                lines.add(number + ":" + line);
            }
        }
        return lines;
    }

    /** Content: after any blanks (space or tab only) comes a character that is not {@code #}. */
    private static boolean isContent(String line) {
        String rest = line.replaceFirst("^[ \t]*", "");
        return !rest.isEmpty() && rest.charAt(0) != '#';
    }

    private static List<String> actual(Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (CsvLines csv = new CsvLines(reader)) {
            while (csv.nextContent()) {
                lines.add(csv.number() + ":" + csv.text());
            }
        }
        return lines;
    }

    /** Lines of a few characters, comments and blanks, each ended by \n, \r or \r\n, the last maybe not at all. */
    private static String randomText(SplittableRandom random) {
        String alphabet = "ab1,# \t\u00a0\u2028";
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(0, 30);
        for (int i = 0; i < lines; i++) {
            int length = random.nextInt(0, 8);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (i < lines - 1 || random.nextBoolean()) {
                text.append(switch (random.nextInt(3)) {
                    case 0 -> "\n";
                    case 1 -> "\r";
                    default -> "\r\n";
                });
            }
        }
        return text.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    /** Gives the text in pieces of random length, so that line endings fall across reads. */
    private static final class Pieces extends Reader {
        private final String text;
        private final SplittableRandom random;
        private int position;

        Pieces(String text, SplittableRandom random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(5)), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
