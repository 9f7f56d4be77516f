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
package org.openhab.smartgrid.core;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * {@link Elapsed} answers exactly as {@link Duration#between} does, for instants close together (a meter's age),
 * far apart, on both sides of the epoch and at the ends of the instant range.
 */
@NonNullByDefault
class ElapsedTest {

    private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
    private static final long MIN_SECOND = Instant.MIN.getEpochSecond();

    private static Instant randomInstant(SplittableRandom random) {
        long second = switch (random.nextInt(4)) {
            case 0 -> random.nextLong(MIN_SECOND, MAX_SECOND);
            case 1 -> random.nextLong(-3_000_000_000L, 3_000_000_000L);
            case 2 -> random.nextBoolean() ? MAX_SECOND - random.nextInt(3) : MIN_SECOND + random.nextInt(3);
            default -> 1_780_000_000L + random.nextInt(100);
        };
        return Instant.ofEpochSecond(second, random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
    }

    /** @return {@code from} moved by a small random step, the usual case: two readings of one meter */
    private static Instant near(SplittableRandom random, Instant from) {
        long nanos = random.nextLong(-3_000_000_000L, 3_000_000_000L);
        try {
            return from.plusNanos(nanos);
        } catch (java.time.DateTimeException e) {
            return from;
        }
    }

    @Test
    void nanosIsDurationBetweenInNanos() {
        PropertyCheck.forAll("Elapsed.nanos = Duration.between().toNanos()", 100_000, random -> {
            Instant from = randomInstant(random);
            Instant to = random.nextBoolean() ? near(random, from) : randomInstant(random);
            long expected;
            try {
                expected = Duration.between(from, to).toNanos();
            } catch (ArithmeticException e) {
                assertThrows(ArithmeticException.class, () -> Elapsed.nanos(from, to),
                        "too far apart for a long of ns: " + from + " to " + to);
                return;
            }
            assertEquals(expected, Elapsed.nanos(from, to), from + " to " + to);
        });
    }

    @Test
    void exceedsIsDurationBetweenComparedToTheLimit() {
        PropertyCheck.forAll("Elapsed.exceeds = Duration.between().compareTo(limit) > 0", 100_000, random -> {
            Instant from = randomInstant(random);
            Instant to = random.nextBoolean() ? near(random, from) : randomInstant(random);
            Duration between = Duration.between(from, to);
            Duration limit = switch (random.nextInt(4)) {
                case 0 -> between;
                case 1 -> between.plusNanos(random.nextBoolean() ? 1 : -1);
                case 2 -> Duration.ofSeconds(random.nextInt(120), random.nextInt(1_000_000_000));
                default -> Duration.ofSeconds(random.nextLong(-1L << 40, 1L << 40), random.nextInt(1_000_000_000));
            };
            assertEquals(between.compareTo(limit) > 0, Elapsed.exceeds(from, to, limit),
                    from + " to " + to + " against " + limit);
        });
    }

    @Test
    void aReadingExactlyAsOldAsTheLimitDoesNotExceedIt() {
        Instant reading = Instant.parse("2026-06-21T12:00:00.250Z");
        assertFalse(Elapsed.exceeds(reading, reading.plusSeconds(60), Duration.ofSeconds(60)));
        assertTrue(Elapsed.exceeds(reading, reading.plusSeconds(60).plusNanos(1), Duration.ofSeconds(60)));
        assertFalse(Elapsed.exceeds(reading, reading.minusSeconds(5), Duration.ZERO), "a clock that went back");
    }
}
