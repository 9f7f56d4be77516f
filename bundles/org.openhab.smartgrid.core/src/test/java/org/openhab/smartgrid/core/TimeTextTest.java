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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Times a person reads are local times of the user's zone, with the date only on another day; durations are minutes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class TimeTextTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 10:30 in Brussels (UTC+1 in January). */
    private static final Instant T = Instant.parse("2026-01-20T09:30:00Z");

    @ParameterizedTest(name = "{0} read on 2026-01-20 in Brussels: {1}")
    @CsvSource({ "2026-01-20T09:40:00Z, 10:40", "2026-01-20T09:40:59Z, 10:40", "2026-01-19T23:00:00Z, 00:00",
            "2026-01-20T22:59:00Z, 23:59", "2026-01-20T23:00:00Z, 2026-01-21 00:00",
            "2026-01-19T22:59:00Z, 2026-01-19 23:59" })
    void aTimeIsLocalWithTheDateOnlyOnAnotherDay(String at, String expected) {
        assertEquals(expected, TimeText.time(Instant.parse(at), T, BRUSSELS));
    }

    @Test
    void aTimeFollowsTheZonesSummerTime() {
        Instant june = Instant.parse("2026-06-20T09:40:00Z");
        assertEquals("11:40", TimeText.time(june, june, BRUSSELS), "UTC+2 in summer");
        assertEquals("09:40", TimeText.time(june, june, ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0} s: {1}")
    @CsvSource({ "0, 0 min", "1, 1 s", "45, 45 s", "59, 59 s", "60, 1 min", "599, 9 min", "600, 10 min", "3599, 59 min",
            "3600, 1 h", "4800, 1 h 20 min", "7200, 2 h", "86400, 24 h", "-5, 0 min" })
    void aDurationIsInMinutesAndOnlyUnderAMinuteInSeconds(long seconds, String expected) {
        assertEquals(expected, TimeText.seconds(seconds));
        assertEquals(expected, TimeText.duration(Duration.ofSeconds(seconds)));
    }

    @Test
    void aGuardEventSaysWhenTheRelaysMayChangeInLocalTime() {
        GuardEvent applied = new GuardEvent(T, GuardEvent.Kind.APPLIED, SgMode.NORMAL, SgMode.EVU, ModeSource.PEAK_SHED,
                Reason.APPLIED, T.plus(Duration.ofMinutes(10)), Set.of());
        assertEquals("NORMAL -> EVU by PEAK_SHED applied; relays may change again from 10:40", applied.detail(BRUSSELS));
        GuardEvent deferred = new GuardEvent(T, GuardEvent.Kind.DEFERRED, SgMode.NORMAL, SgMode.EVU,
                ModeSource.PEAK_SHED, Reason.LOCK_BUDGET, Instant.parse("2026-01-20T23:00:00Z"), Set.of());
        assertEquals("NORMAL -> EVU by PEAK_SHED deferred (LOCK_BUDGET) until 2026-01-21 00:00",
                deferred.detail(BRUSSELS), "the budget resets at local midnight: the next day's date");
    }
}
