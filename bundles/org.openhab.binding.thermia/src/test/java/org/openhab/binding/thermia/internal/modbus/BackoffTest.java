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
package org.openhab.binding.thermia.internal.modbus;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class BackoffTest {

    private static List<Long> seconds(Backoff backoff, int n) {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            delays.add(backoff.nextDelay().toSeconds());
        }
        return delays;
    }

    @Test
    void delaysDoubleFromOneSecondUpToTheSixtySecondCap() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds(new Backoff(), 9));
    }

    @Test
    void aSuccessStartsOverAtTheInitialDelay() {
        Backoff backoff = new Backoff();
        seconds(backoff, 5);
        assertEquals(5, backoff.failures());
        backoff.reset();
        assertEquals(0, backoff.failures(), "no failures after a success");
        assertEquals(List.of(1L, 2L), seconds(backoff, 2), "the first retry after a success waits 1 s again");
    }

    @Test
    void aHugeCapNeverOverflows() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofDays(365_000));
        Duration previous = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            Duration delay = backoff.nextDelay();
            assertTrue(delay.compareTo(previous) >= 0, "delays never shrink: " + delay);
            previous = delay;
        }
        assertEquals(Duration.ofDays(365_000), previous, "capped");
    }

    @Test
    void anInitialDelayThatIsNotPositiveOrACapBelowItIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(60)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("max backoff"), e.getMessage());
    }
}
