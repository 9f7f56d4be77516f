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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The hand-written timestamp parser agrees with {@link OffsetDateTime#parse(CharSequence)} on every ISO text, and
 * reads epoch seconds and milliseconds, told apart by their size, of times from 2000 to 2100 only.
 */
@NonNullByDefault
class TraceTimestampTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "1717236000, 2024-06-01T10:00:00Z", "1717236000123, 2024-06-01T10:00:00.123Z",
            "946684800, 2000-01-01T00:00:00Z", "4102444799999, 2099-12-31T23:59:59.999Z",
            "2024-06-01T12:00:00+02:00, 2024-06-01T10:00:00Z", "2024-06-01T10:00:00.25Z, 2024-06-01T10:00:00.250Z",
            "2024-02-29T23:59:59.123456789-05:30, 2024-03-01T05:29:59.123456789Z",
            "2024-06-01T12:00+02:00, 2024-06-01T10:00:00Z", "2024-06-01t10:00:00z, 2024-06-01T10:00:00Z" })
    void timestampsInEveryAcceptedFormAreTheirInstant(String text, String instant) {
        assertEquals(Instant.parse(instant), TraceTimestamp.parse("," + text + ",", 1, text.length() + 1),
                "the field between the commas");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource({ "2023-02-29T00:00:00Z", "2024-06-01T24:00:00Z", "2024-06-01T10:60:00Z", "2024-06-01T10:00:00+19:00",
            "2024-06-01T10:00:00", "1717236000.5", "1234567890123456789", "0", "-1", "946684799", "4102444800",
            "946684799999", "4102444800000" })
    void textThatIsNoTimestampIsRejected(String text) {
        assertThrows(DateTimeException.class, () -> TraceTimestamp.parse(text, 0, text.length()),
                "'" + text + "' must not be read as a time");
    }

    @Test
    void theFastPathAgreesWithOffsetDateTimeParseOnEveryIsoText() {
        PropertyCheck.forAll("hand-written ISO parsing agrees with OffsetDateTime.parse", 20_000, random -> {
            String text = mutate(random, isoLike(random));
            String expected = outcome(() -> OffsetDateTime.parse(text).toInstant());
            String actual = outcome(() -> TraceTimestamp.parse(text, 0, text.length()));
            assertEquals(expected, actual, () -> "parsing '" + text + "'");
        });
    }

    /** A text shaped like an ISO time, its parts drawn from just inside to just outside their ranges. */
    private static String isoLike(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%04d-%02d-%02d", random.nextInt(0, 10_000), random.nextInt(0, 14),
                random.nextInt(0, 33)));
        text.append(random.nextInt(10) == 0 ? 't' : 'T');
        text.append(String.format("%02d:%02d", random.nextInt(0, 26), random.nextInt(0, 62)));
        if (random.nextInt(10) > 0) {
            text.append(String.format(":%02d", random.nextInt(0, 62)));
            if (random.nextBoolean()) {
                text.append('.');
                int digits = random.nextInt(0, 11);
                for (int i = 0; i < digits; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
        }
        switch (random.nextInt(6)) {
            case 0 -> text.append('Z');
            case 1 -> text.append('z');
            case 2 -> {
                // no offset
            }
            default -> text.append(random.nextBoolean() ? '+' : '-').append(
                    String.format("%02d:%02d", random.nextInt(0, 20), random.nextInt(0, 62)));
        }
        return text.toString();
    }

    /** Sometimes replaces one character, to probe the edges of the shape the fast path accepts. */
    private static String mutate(SplittableRandom random, String text) {
        if (random.nextInt(4) > 0) {
            return text;
        }
        String alphabet = "0123456789-:+.TZ ";
        int at = random.nextInt(text.length());
        String mutated = text.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length()))
                + text.substring(at + 1);
        // an all-digit text is epoch seconds, which OffsetDateTime does not read
        return mutated.chars().allMatch(Character::isDigit) ? text : mutated;
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "rejected";
        }
    }
}
