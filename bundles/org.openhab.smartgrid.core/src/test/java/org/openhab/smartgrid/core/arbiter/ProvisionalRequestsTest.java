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
package org.openhab.smartgrid.core.arbiter;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule for restored requests: provisional until confirmed, ended {@code maxGridLockMinutes} after the stored
 * switch-on (or after the restart when the store does not say), at once when that passed during the downtime.
 */
@NonNullByDefault
class ProvisionalRequestsTest {

    private static final Instant RESTART = Instant.parse("2026-06-22T10:00:00Z");
    /** RESTART is 12:00 local time. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final ProvisionalRequests rule = new ProvisionalRequests(Duration.ofMinutes(120));

    @Test
    void aRestoredRequestEndsTheWindowAfterItsStoredSwitchOn() {
        Instant on = RESTART.minus(Duration.ofMinutes(30));
        assertEquals(on, rule.restored(ModeSource.GRID_LOCK, on, RESTART), "the window counts from the stored start");
        assertTrue(rule.isProvisional(ModeSource.GRID_LOCK));
        assertEquals(on.plus(Duration.ofMinutes(120)), rule.nextEnd(), "switched ON 30 min before + 120 min");
        assertEquals(List.of(), rule.endAt(on.plus(Duration.ofMinutes(120)).minusSeconds(1)), "one second early");
        List<ExpiredRequest> ended = rule.endAt(on.plus(Duration.ofMinutes(120)));
        assertEquals(List.of(new ExpiredRequest(ModeSource.GRID_LOCK, on.plus(Duration.ofMinutes(120)), on, true,
                Duration.ofMinutes(120))), ended);
        assertFalse(rule.isProvisional(ModeSource.GRID_LOCK), "ended: no longer provisional");
        assertNull(rule.nextEnd());
        assertEquals(List.of(), rule.endAt(on.plus(Duration.ofMinutes(121))), "it ends once");
        assertEquals("GRID_LOCK request restored from storage ended at 13:30: no command and no linked item "
                + "confirmed it since the restart, and maxGridLockMinutes (2 h) have passed since it was switched ON "
                + "at 11:30", ended.get(0).detail(ZONE), "local times of the user's zone (UTC+2 in June)");
    }

    @Test
    void aWindowThatPassedDuringTheDowntimeEndsTheRequestAtTheRestart() {
        Instant on = RESTART.minus(Duration.ofHours(3));
        rule.restored(ModeSource.GRID_LOCK, on, RESTART);
        assertEquals(RESTART, rule.nextEnd(), "3 h down > 120 min: at once");
        ExpiredRequest ended = rule.endAt(RESTART).get(0);
        assertEquals(RESTART, ended.endedAt());
        assertTrue(ended.detail(ZONE).contains("had passed before the restart since it was switched ON at 09:00"),
                ended.detail(ZONE));
    }

    @Test
    void withoutAStoredStartTheWindowCountsFromTheRestart() {
        assertEquals(RESTART, rule.restored(ModeSource.PEAK_SHED, null, RESTART));
        assertEquals(RESTART.plus(Duration.ofMinutes(120)), rule.nextEnd());
        ExpiredRequest ended = rule.endAt(RESTART.plus(Duration.ofMinutes(120))).get(0);
        assertFalse(ended.startKnown());
        assertTrue(ended.detail(ZONE).contains("since the restart at 12:00 (the store did not say"),
                ended.detail(ZONE));
    }

    @Test
    void aStoredStartAfterTheRestartCountsFromTheRestart() {
        // a clock that went back, or a store written by a clock ahead: never a window longer than from the restart
        assertEquals(RESTART, rule.restored(ModeSource.GRID_LOCK, RESTART.plusSeconds(3600), RESTART));
        assertEquals(RESTART.plus(Duration.ofMinutes(120)), rule.nextEnd());
    }

    @Test
    void aConfirmedRequestIsNoLongerProvisionalAndNeverEndsByThisRule() {
        rule.restored(ModeSource.GRID_LOCK, RESTART.minusSeconds(60), RESTART);
        rule.confirmed(ModeSource.GRID_LOCK);
        assertFalse(rule.isProvisional(ModeSource.GRID_LOCK));
        assertNull(rule.nextEnd());
        assertEquals(List.of(), rule.endAt(RESTART.plus(Duration.ofDays(2))));
    }

    @Test
    void severalRequestsEndInOrderOfPrecedenceAndTheEarliestIsTheNextEnd() {
        rule.restored(ModeSource.COMFORT_REQUEST, RESTART.minus(Duration.ofMinutes(100)), RESTART);
        rule.restored(ModeSource.GRID_LOCK, RESTART.minus(Duration.ofMinutes(110)), RESTART);
        rule.restored(ModeSource.PV_SURPLUS, null, RESTART);
        assertEquals(RESTART.plus(Duration.ofMinutes(10)), rule.nextEnd(), "the grid lock, switched ON first");
        List<ExpiredRequest> ended = rule.endAt(RESTART.plus(Duration.ofMinutes(20)));
        assertEquals(List.of(ModeSource.GRID_LOCK, ModeSource.COMFORT_REQUEST),
                ended.stream().map(ExpiredRequest::source).toList());
        assertEquals(RESTART.plus(Duration.ofMinutes(120)), rule.nextEnd(), "PV surplus, counted from the restart");
    }

    @ParameterizedTest(name = "maxGridLockMinutes = {0} is rejected")
    @ValueSource(longs = { 0, -5, 1441 })
    void aWindowOutsideOneMinuteToOneDayIsRejectedNamingTheParameter(long minutes) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProvisionalRequests(Duration.ofMinutes(minutes)));
        assertEquals("maxGridLockMinutes must be between 1 and 1440, was " + minutes + ".0", e.getMessage());
    }

    @Test
    void onlyOnOffRequestsCanBeRestored() {
        assertThrows(IllegalArgumentException.class, () -> rule.restored(ModeSource.MANUAL_OVERRIDE, null, RESTART));
        assertThrows(IllegalArgumentException.class, () -> rule.restored(ModeSource.DEFAULT, null, RESTART));
    }
}
