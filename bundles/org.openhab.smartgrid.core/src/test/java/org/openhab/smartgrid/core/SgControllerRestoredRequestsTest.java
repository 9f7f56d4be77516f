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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.smartgrid.core.arbiter.ExpiredRequest;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A grid lock restored from storage after a restart does not hold the heat pump in EVU for ever: it is provisional
 * until a fresh value confirms it, and ends {@code maxGridLockMinutes} (120) after it was switched ON.
 */
@NonNullByDefault
class SgControllerRestoredRequestsTest {

    /** 10:00 in Brussels: the grid operator's lock begins. */
    private static final Instant T0 = Instant.parse("2026-06-22T08:00:00Z");

    private static SgController controller() {
        return new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, Timeline.BRUSSELS, Duration.ofMinutes(120));
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** The controller before the restart: the grid lock since T0, openHAB stopped at {@code stoppedAt}. */
    private static SgControllerSnapshot gridLockedUntil(Instant stoppedAt) {
        SgController before = controller();
        before.setGridLock(true, T0);
        before.step(T0);
        before.step(stoppedAt);
        assertEquals(T0, before.requestedSince(ModeSource.GRID_LOCK), "stored with the flag: the switch-on instant");
        SgControllerSnapshot snapshot = before.snapshot();
        assertNotNull(snapshot);
        return snapshot;
    }

    /** A restart at {@code restart}: the guard history and the grid lock switched ON at T0 (or at an unknown time). */
    private static SgController restarted(Instant restart, @Nullable Instant storedStart) {
        SgController after = controller();
        after.restore(gridLockedUntil(at(5)), restart);
        after.restoreRequest(ModeSource.GRID_LOCK, true, storedStart, restart);
        return after;
    }

    @Test
    void afterThreeHoursOfDowntimeARestoredGridLockEndsAtTheRestart() {
        Instant restart = at(5 + 180);
        SgController after = restarted(restart, T0);
        SgStepResult first = after.step(restart);
        assertEquals(SgMode.NORMAL, first.effective(), "the lock's window (120 min from T0) passed while down");
        assertEquals(ModeSource.DEFAULT, first.source());
        assertEquals(List.of(new ExpiredRequest(ModeSource.GRID_LOCK, restart, T0, true, Duration.ofMinutes(120))),
                first.expiredRequests());
        assertFalse(after.requests().gridLock(), "the request is OFF now");
        assertNull(after.requestedSince(ModeSource.GRID_LOCK));
        assertEquals(List.of(), after.step(restart).expiredRequests(), "a second step at the instant reports nothing");
    }

    @Test
    void aRestoredGridLockEndsWhenTheWindowFromItsStoredSwitchOnPasses() {
        SgController after = restarted(at(30), T0);
        SgStepResult first = after.step(at(30));
        assertEquals(SgMode.EVU, first.effective(), "30 min into the lock: the window runs on");
        assertTrue(after.isProvisional(ModeSource.GRID_LOCK));
        assertEquals(at(120), after.provisionalUntil(ModeSource.GRID_LOCK));
        assertEquals(at(120), first.nextStepAt(), "the controller wakes up at T0 + 120 min");
        assertEquals(SgMode.EVU, after.step(at(120).minusSeconds(1)).effective(), "one second before");
        SgStepResult end = after.step(at(120));
        assertEquals(SgMode.NORMAL, end.effective(), "ended at T0 + maxGridLockMinutes");
        assertEquals(at(120), end.wantedSince(), "NORMAL is wanted since the end of the window");
        assertEquals(1, end.expiredRequests().size());
    }

    @Test
    void aRestoredGridLockWithoutAStoredStartCountsFromTheRestart() {
        SgController after = restarted(at(30), null);
        assertEquals(at(30 + 120), after.step(at(30)).nextStepAt(), "the old store format: from the restart");
        assertEquals(at(30), after.requestedSince(ModeSource.GRID_LOCK), "and the restart is stored from now on");
        assertEquals(SgMode.NORMAL, after.step(at(150)).effective());
    }

    @Test
    void aFreshOnConfirmsTheRestoredGridLockAndItHoldsAsLongAsTheOperatorAsks() {
        SgController after = restarted(at(30), T0);
        after.step(at(30));
        after.setGridLock(true, at(31));
        assertFalse(after.isProvisional(ModeSource.GRID_LOCK), "confirmed by a fresh command");
        assertNull(after.provisionalUntil(ModeSource.GRID_LOCK));
        assertEquals(T0, after.requestedSince(ModeSource.GRID_LOCK), "still the same lock block");
        SgStepResult later = after.step(at(600));
        assertEquals(SgMode.EVU, later.effective(), "the grid operator's lock is never limited once confirmed");
        assertEquals(List.of(), later.expiredRequests());
    }

    @Test
    void aFreshOffEndsTheRestoredGridLockAtOnce() {
        SgController after = restarted(at(30), T0);
        after.setGridLock(false, at(30));
        assertFalse(after.isProvisional(ModeSource.GRID_LOCK));
        SgStepResult first = after.step(at(30));
        assertEquals(SgMode.NORMAL, first.effective(), "the lock hold (10 min) passed long ago");
        assertEquals(List.of(), first.expiredRequests(), "ended by the command, not by the rule");
    }

    @ParameterizedTest(name = "a restored {0} request ends by the same rule")
    @EnumSource(value = ModeSource.class, names = { "PEAK_SHED", "PV_SURPLUS", "COMFORT_REQUEST" })
    void theOtherRestoredRequestsEndByTheSameRule(ModeSource source) {
        SgController after = controller();
        after.restoreRequest(source, true, at(-100), at(0));
        assertTrue(after.requests().isRequesting(source, at(0)));
        assertEquals(at(20), after.step(at(0)).nextStepAt(), "switched ON 100 min before the restart: 20 min left");
        SgStepResult end = after.step(at(20));
        assertFalse(after.requests().isRequesting(source, at(20)));
        assertEquals(source, end.expiredRequests().get(0).source());
    }

    @Test
    void onlyASwitchFromOffMovesTheStoredStart() {
        SgController controller = controller();
        controller.setPeakShed(true, at(0));
        controller.setPeakShed(true, at(30));
        assertEquals(at(0), controller.requestedSince(ModeSource.PEAK_SHED), "a repeated ON is the same request");
        controller.setPeakShed(false, at(40));
        assertNull(controller.requestedSince(ModeSource.PEAK_SHED));
        controller.setPeakShed(true, at(50));
        assertEquals(at(50), controller.requestedSince(ModeSource.PEAK_SHED));
    }

    @Test
    void theLockTimeTodayCountsTheRunningLockUpToEachStep() {
        SgController controller = controller();
        controller.setGridLock(true, at(0));
        controller.step(at(0));
        assertEquals(Duration.ofMinutes(60), controller.step(at(60)).lockTimeToday(), "1 h into the lock");
        SgStepResult fiveHours = controller.step(at(300));
        assertEquals(Duration.ofMinutes(300), fiveHours.lockTimeToday(), "5 h into the lock, without any input");
        assertEquals(1, fiveHours.locksToday());
    }

    @Test
    void aLockRunningAtMidnightCountsFromMidnightInTheNewDay() {
        SgController controller = controller();
        Instant evening = Instant.parse("2026-06-22T20:00:00Z"); // 22:00 in Brussels
        controller.setGridLock(true, evening);
        controller.step(evening);
        assertEquals(Duration.ofMinutes(119), controller.step(evening.plus(Duration.ofMinutes(119))).lockTimeToday(),
                "23:59: the old day's lock time");
        SgStepResult night = controller.step(evening.plus(Duration.ofHours(3)));
        assertEquals(Duration.ofMinutes(60), night.lockTimeToday(), "01:00: the hour since midnight");
        assertEquals(1, night.locksToday(), "the lock running at midnight counts in the new day");
    }
}
