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
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.arbiter.ManualOverride;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.guard.GuardSnapshot;
import org.openhab.smartgrid.core.guard.LockTimingGuard;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The guard history survives a restart; an unknown one is replaced by the most restrictive assumption: a lock
 * of the longest allowed block just ended.
 */
@NonNullByDefault
class SgControllerRestartTest {

    private static final Instant T10 = Instant.parse("2026-06-22T08:00:00Z"); // 10:00 in Brussels

    private static SgController controller() {
        return new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, Timeline.BRUSSELS);
    }

    private static Instant at(int minutes) {
        return T10.plus(Duration.ofMinutes(minutes));
    }

    private static SgControllerSnapshot lockedSince10() {
        SgController before = controller();
        before.setPeakShed(true, T10);
        before.step(T10);
        before.step(at(4));
        SgControllerSnapshot snapshot = before.snapshot();
        assertNotNull(snapshot, "a controller that stepped has a snapshot");
        return snapshot;
    }

    @Test
    void aRestoredLockKeepsItsHoldAndTheDayCounters() {
        SgController after = controller();
        GuardEvent restored = after.restore(lockedSince10(), at(4));
        assertEquals(Reason.HISTORY_RESTORED, restored.reason());
        after.setPeakShed(false, at(4));
        SgStepResult result = after.step(at(4));
        assertEquals(SgMode.EVU, result.effective(), "the lock from before the restart still holds");
        assertEquals(at(10), result.wantedAt(), "the hold still ends 10 minutes after the lock began");
        assertEquals(1, result.locksToday());
        assertEquals(Duration.ofMinutes(4), result.lockTimeToday());
        assertTrue(result.events().stream().anyMatch(e -> e.reason() == Reason.HISTORY_RESTORED),
                "the first step after a restore reports it: " + result.events());
        assertTrue(after.step(at(4)).events().isEmpty(), "and only the first step");
    }

    @Test
    void theEncodedSnapshotReadsBackEqual() {
        SgControllerSnapshot snapshot = lockedSince10();
        assertEquals(snapshot, SgControllerSnapshot.decode(snapshot.encode()));
    }

    @Test
    void downtimeWithTheLockAppliedCountsAsLockTime() {
        SgController after = controller();
        after.restore(lockedSince10().encode(), at(30));
        SgStepResult result = after.step(at(30));
        assertEquals(Duration.ofMinutes(30), result.lockTimeToday(), "the relays kept the lock while down");
        assertEquals(SgMode.NORMAL, result.effective(), "the hold passed during the downtime: nobody asks EVU");
    }

    @Test
    void theManualOverrideAndItsExpirySurviveARestart() {
        SgController before = controller();
        before.setManualOverride(SgMode.COMFORT, at(60), T10);
        before.step(T10);
        SgController after = controller();
        after.restore(before.snapshot(), at(1));
        assertEquals(new ManualOverride(SgMode.COMFORT, at(60)), after.requests().manual());
        assertEquals(SgMode.COMFORT, after.step(at(1)).effective());
        assertEquals(at(60), after.step(at(2)).nextStepAt(), "the expiry is the next step");
        assertEquals(SgMode.NORMAL, after.step(at(60)).effective(), "the override ends at its expiry");
    }

    @ParameterizedTest(name = "unknown history from \"{0}\"")
    @ValueSource(strings = { "", "garbage", "v=sg2;eff=NORMAL", "v=sg1;eff=TURBO;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;"
            + "n=0;lt=PT0S;lb=PT0S;at=2026-06-22T08:00:00Z;man=-;exp=-",
            "v=sg1;eff=NORMAL;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;n=0;lt=PT0S;lb=PT0S;at=yesterday;man=-;exp=-",
            "v=sg1;eff=NORMAL;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;n=0;lt=PT0S;lb=PT0S;at=2026-06-22T08:00:00Z;man=-",
            "v=sg1;v=sg1;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;n=0;lt=PT0S;lb=PT0S;at=2026-06-22T08:00:00Z;man=-;exp=-",
            // EVU on the relays without a lock: inconsistent
            "v=sg1;eff=EVU;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;n=1;lt=PT0S;lb=PT0S;at=2026-06-22T08:00:00Z;man=-;exp=-",
            // taken after the restore instant
            "v=sg1;eff=NORMAL;chg=-;lk=0;ls=-;rs=-;day=2026-06-22;n=0;lt=PT0S;lb=PT0S;at=2026-06-22T09:00:00Z;man=-;"
                    + "exp=-" })
    void aCorruptOrInconsistentSnapshotAssumesALockOfTheLongestBlockJustEnded(String text) {
        SgController after = controller();
        GuardEvent restored = after.restore(text, T10);
        assertEquals(Reason.HISTORY_UNKNOWN, restored.reason(), restored.detail(Timeline.BRUSSELS));
        assertEquals(GuardEvent.Kind.RESTORED, restored.kind());
        after.setPeakShed(true, T10);
        SgStepResult result = after.step(T10);
        assertEquals(SgMode.NORMAL, result.effective(), "relays at NORMAL after an unknown past");
        assertEquals(SgMode.EVU, result.wanted());
        assertEquals(Reason.LOCK_BUDGET, result.guardReason(), "the release must last as long as a 120-min block");
        assertEquals(at(120), result.wantedAt());
        assertEquals(1, result.locksToday(), "the assumed lock counts as today's block");
        assertEquals(Duration.ofMinutes(120), result.lockTimeToday());
    }

    @Test
    void theGridOperatorsLockStillAppliesAtOnceAfterAnUnknownPast() {
        SgController after = controller();
        after.restore((SgControllerSnapshot) null, T10);
        Instant insideDwell = T10.plusSeconds(30);
        after.setGridLock(true, insideDwell);
        SgStepResult result = after.step(insideDwell);
        assertEquals(SgMode.EVU, result.effective());
        GuardEvent override = result.events().stream().filter(e -> e.kind() == GuardEvent.Kind.OVERRIDDEN)
                .findFirst().orElseThrow(() -> new AssertionError("an override event: " + result.events()));
        assertEquals(Set.of(Reason.MODE_DWELL, Reason.LOCK_REARM, Reason.LOCK_BUDGET), override.overridden(),
                override.detail(Timeline.BRUSSELS));
    }

    @Test
    void thereIsNoSnapshotBeforeTheFirstStep() {
        assertNull(controller().snapshot());
    }

    @Test
    void aSnapshotTakenJustAfterMidnightStartsTheDayWithTheAssumedLockCutAtMidnight() {
        SgController after = controller();
        Instant justAfterMidnight = LocalDate.of(2026, 6, 23).atStartOfDay(Timeline.BRUSSELS).toInstant()
                .plus(Duration.ofMinutes(30));
        after.restore((@Nullable String) null, justAfterMidnight);
        assertEquals(Duration.ofMinutes(30), after.step(justAfterMidnight).lockTimeToday(),
                "only the part of the assumed 120-min lock after midnight counts today");
    }

    @Test
    void aSnapshotWithALockStartAfterItWasTakenIsInconsistent() {
        GuardSnapshot snapshot = new GuardSnapshot(SgMode.EVU, T10, new LockTimingGuard.Snapshot(true, at(5), null),
                LocalDate.of(2026, 6, 22), 1, Duration.ZERO, Duration.ZERO, T10);
        assertFalse(snapshot.isConsistent());
    }
}
