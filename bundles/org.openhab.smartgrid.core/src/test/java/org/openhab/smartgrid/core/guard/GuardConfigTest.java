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
package org.openhab.smartgrid.core.guard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NonNullByDefault
class GuardConfigTest {

    @Test
    void theDefaultsAreTheSeedsAndTheUtilitiesNumbers() {
        GuardConfig config = GuardConfig.DEFAULTS;
        assertEquals(Duration.ofMinutes(10), config.minLock(), "lock hold 10 min (German lock-time guide)");
        assertEquals(Duration.ofMinutes(10), config.minRelease(), "lock re-arm 10 min (German lock-time guide)");
        assertEquals(Duration.ofMinutes(120), config.maxLockPerBlock());
        assertEquals(3, config.maxLocksPerDay());
        assertEquals(Duration.ofMinutes(360), config.maxLockPerDay());
        assertEquals(Duration.ofSeconds(60), config.minModeDwell());
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            150 |  10 | 120 |  3 |  360 |   60 | minLockMinutes must be between 0 and 120 (the maxLockMinutes budget), was 150
             -1 |  10 | 120 |  3 |  360 |   60 | minLockMinutes must be between 0 and 120 (the maxLockMinutes budget), was -1
             10 |  -5 | 120 |  3 |  360 |   60 | minReleaseMinutes must be between 0 and 1440, was -5
             10 |  10 |   0 |  3 |  360 |   60 | maxLockMinutes must be between 1 and 1440, was 0
             10 |  10 |2000 |  3 | 1440 |   60 | maxLockMinutes must be between 1 and 1440, was 2000
             10 |  10 | 120 | -1 |  360 |   60 | maxLocksPerDay must be between 0 and 48, was -1
             10 |  10 | 120 | 49 |  360 |   60 | maxLocksPerDay must be between 0 and 48, was 49
             10 |  10 | 120 |  3 |  100 |   60 | maxLockMinutesPerDay must be between 120 (maxLockMinutes) and 1440, was 100
             10 |  10 | 120 |  3 | 1500 |   60 | maxLockMinutesPerDay must be between 120 (maxLockMinutes) and 1440, was 1500
             10 |  10 | 120 |  3 |  360 |   -1 | minModeDwellSeconds must be between 0 and 3600, was -1
             10 |  10 | 120 |  3 |  360 | 4000 | minModeDwellSeconds must be between 0 and 3600, was 4000
             10 |  10 |  30 |  3 |  360 | 1900 | minModeDwellSeconds must be between 0 and 1800 (maxLockMinutes x 60), was 1900
            """)
    void invalidSettingsAreRejectedNamingTheParameterAndTheAllowedRange(long minLock, long minRelease, long maxLock,
            int maxLocks, long maxPerDay, long dwellSeconds, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GuardConfig.ofMinutes(minLock, minRelease, maxLock, maxLocks, maxPerDay, dwellSeconds));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aHoldLongerThanTheBlockBudgetIsRejectedInFractionalMinutesToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GuardConfig(Duration.ofSeconds(630), Duration.ZERO, Duration.ofMinutes(10), 3,
                        Duration.ofMinutes(360), Duration.ZERO));
        assertEquals("minLockMinutes must be between 0 and 10 (the maxLockMinutes budget), was 10.5", e.getMessage());
    }

    @Test
    void theEdgesOfEveryRangeAreAccepted() {
        assertDoesNotThrow(() -> GuardConfig.ofMinutes(0, 0, 1, 0, 1, 0));
        assertDoesNotThrow(() -> GuardConfig.ofMinutes(1440, 1440, 1440, 48, 1440, 3600));
        assertDoesNotThrow(() -> GuardConfig.ofMinutes(120, 10, 120, 3, 120, 60));
    }

    @Test
    void theShortestBlockIsTheHoldOrTheDwellWhicheverIsLonger() {
        assertEquals(Duration.ofMinutes(10), GuardConfig.DEFAULTS.minBlock());
        assertEquals(Duration.ofSeconds(300), GuardConfig.ofMinutes(2, 10, 120, 3, 360, 300).minBlock());
    }

    @Test
    void theDefaultBudgetExceedsAHeatPumpSizedForTwoHoursOfDailyLock() {
        assertEquals(Duration.ofMinutes(360), GuardConfig.DEFAULTS.dailyLockLimit());
        assertTrue(GuardConfig.DEFAULTS.exceedsSizing(Duration.ofHours(2)), "360 min > 2 h (factor 1.1)");
        assertFalse(GuardConfig.DEFAULTS.exceedsSizing(Duration.ofHours(6)), "360 min = 6 h (factor 1.3)");
        assertEquals(Duration.ofMinutes(120), GuardConfig.ofMinutes(10, 10, 60, 2, 360, 60).dailyLockLimit(),
                "two blocks of 60 min allow only 120 min a day");
    }
}
