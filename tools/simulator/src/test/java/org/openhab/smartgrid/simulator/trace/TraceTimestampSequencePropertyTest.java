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
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * A timestamp parser remembers the last date it read; whatever came before, it reads every text to the instant
 * {@link OffsetDateTime#parse(CharSequence)} gives, or rejects it as that does.
 */
@NonNullByDefault
class TraceTimestampSequencePropertyTest {

    @Test
    void aParserThatReadManyRowsAgreesWithOffsetDateTimeParseOnEachText() {
        PropertyCheck.forAll("a reused parser agrees with OffsetDateTime.parse", 2_000, random -> {
            TraceTimestamp parser = new TraceTimestamp();
            String day = date(random);
            for (int row = 0; row < 50; row++) {
                if (random.nextInt(10) == 0) {
                    // a new day, which may not exist (2023-02-29) or be out of range (month 13)
                    day = date(random);
                }
                String text = day + "T" + time(random) + offset(random);
                char[] line = (",," + text + ",").toCharArray();
                String expected = outcome(() -> OffsetDateTime.parse(text).toInstant());
                String actual = outcome(() -> parser.parse(line, 2, 2 + text.length()));
                assertEquals(expected, actual, () -> "parsing '" + text + "' after other rows");
            }
        });
    }

    @Test
    void aDayThatDoesNotExistIsRejectedEvenRightAfterTheDayBefore() {
        TraceTimestamp parser = new TraceTimestamp();
        char[] valid = "2023-02-28T23:59:59Z".toCharArray();
        char[] invalid = "2023-02-29T00:00:00Z".toCharArray();
        assertEquals(Instant.parse("2023-02-28T23:59:59Z"), parser.parse(valid, 0, valid.length), "a real day");
        assertThrows(DateTimeException.class, () -> parser.parse(invalid, 0, invalid.length),
                "2023 has no 29 February, whatever the parser read before");
        assertThrows(DateTimeException.class, () -> parser.parse(invalid, 0, invalid.length),
                "and a rejected day is not remembered as valid");
    }

    private static String date(SplittableRandom random) {
        return String.format("%04d-%02d-%02d", random.nextInt(1999, 2030), random.nextInt(0, 14),
                random.nextInt(0, 33));
    }

    private static String time(SplittableRandom random) {
        String time = String.format("%02d:%02d:%02d", random.nextInt(0, 25), random.nextInt(0, 61),
                random.nextInt(0, 61));
        return random.nextInt(5) == 0 ? time + "." + random.nextInt(0, 1000) : time;
    }

    private static String offset(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "Z";
            case 1 -> "";
            default -> String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(0, 20),
                    random.nextInt(0, 61));
        };
    }

    private static String outcome(Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "rejected";
        }
    }
}
