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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The seed's rule: a lock signal stays at least 10 minutes; after it drops, it may be set again after 10 minutes
 * at the earliest.
 */
@NonNullByDefault
class LockTimingGuardTest {

    private static final Instant T0 = Instant.parse("2026-06-21T12:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final LockTimingGuard guard = new LockTimingGuard(TEN_MINUTES, TEN_MINUTES);

    @Test
    void aLockCannotBeReleasedBeforeItHeldTenMinutes() {
        guard.lock(T0);
        assertFalse(guard.canRelease(T0.plusSeconds(599)));
        assertEquals(T0.plus(TEN_MINUTES), guard.earliestRelease(T0.plusSeconds(599)));
        assertTrue(guard.canRelease(T0.plusSeconds(600)));
        assertThrows(IllegalStateException.class, () -> guard.release(T0.plusSeconds(599)));
    }

    @Test
    void aReleasedLockRearmsOnlyTenMinutesAfterRelease() {
        guard.lock(T0);
        Instant released = T0.plus(TEN_MINUTES);
        guard.release(released);
        assertFalse(guard.canLock(released.plusSeconds(599)));
        assertEquals(released.plus(TEN_MINUTES), guard.earliestLock(released.plusSeconds(1)));
        assertTrue(guard.canLock(released.plusSeconds(600)));
        assertThrows(IllegalStateException.class, () -> guard.lock(released.plusSeconds(599)));
    }

    @Test
    void theFirstLockIsAllowedAtOnce() {
        assertTrue(guard.canLock(T0));
        assertEquals(T0, guard.earliestLock(T0));
    }

    @Test
    void aMandatoryLockInsideTheRearmWindowIsAppliedAndReportedAsOverride() {
        guard.lock(T0);
        guard.release(T0.plus(TEN_MINUTES));
        assertTrue(guard.forceLock(T0.plus(TEN_MINUTES).plusSeconds(60)), "inside re-arm: an override");
        assertTrue(guard.isLocked());
        assertFalse(guard.forceLock(T0.plus(TEN_MINUTES).plusSeconds(120)), "already locked: no override");
    }

    @Test
    void aBackwardClockJumpNeverShortensTheHold() {
        guard.lock(T0);
        Instant beforeJump = T0.plusSeconds(300);
        guard.observe(beforeJump);
        Instant afterJump = beforeJump.minus(Duration.ofHours(1));
        guard.observe(afterJump);
        // 5 minutes were held before the jump; 5 more are due after it, measured on the new clock
        assertEquals(afterJump.plusSeconds(300), guard.earliestRelease(afterJump));
        assertFalse(guard.canRelease(afterJump.plusSeconds(299)));
        assertTrue(guard.canRelease(afterJump.plusSeconds(300)));
    }

    @Test
    void aBackwardClockJumpNeverShortensTheRearmWindow() {
        guard.lock(T0);
        guard.release(T0.plus(TEN_MINUTES));
        guard.observe(T0.plus(TEN_MINUTES).plusSeconds(120));
        Instant afterJump = T0.plus(TEN_MINUTES).plusSeconds(120).minus(Duration.ofMinutes(30));
        guard.observe(afterJump);
        assertEquals(afterJump.plusSeconds(480), guard.earliestLock(afterJump));
    }

    @Test
    void anInconsistentSnapshotRestoresAsALockThatJustEnded() {
        assertFalse(guard.restore(new LockTimingGuard.Snapshot(true, null, null), T0));
        assertFalse(guard.isLocked());
        assertEquals(T0.plus(TEN_MINUTES), guard.earliestLock(T0));
    }

    @Test
    void aMissingSnapshotRestoresAsALockThatJustEnded() {
        assertFalse(guard.restore(null, T0));
        assertFalse(guard.canLock(T0.plusSeconds(599)));
    }

    @Test
    void aSnapshotRestoresTheSameTiming() {
        guard.lock(T0);
        LockTimingGuard restored = new LockTimingGuard(TEN_MINUTES, TEN_MINUTES);
        assertTrue(restored.restore(guard.snapshot(), T0.plusSeconds(60)));
        assertTrue(restored.isLocked());
        assertEquals(T0.plus(TEN_MINUTES), restored.earliestRelease(T0.plusSeconds(60)));
    }

    @Test
    void negativeDurationsAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LockTimingGuard(Duration.ofMinutes(-1), TEN_MINUTES));
        assertTrue(e.getMessage().startsWith("minLock must be 0 or more"), e.getMessage());
    }

    @Test
    void randomLockAndReleaseAttemptsNeverBreakHoldOrRearm() {
        PropertyCheck.forAll("no lock shorter than its hold, no re-arm inside the window", 10_000, random -> {
            LockTimingGuard g = new LockTimingGuard(Duration.ofSeconds(random.nextInt(0, 1200)),
                    Duration.ofSeconds(random.nextInt(0, 1200)));
            Instant now = T0;
            Instant lockedAt = null;
            Instant releasedAt = null;
            for (int step = 0; step < 60; step++) {
                now = now.plusSeconds(random.nextInt(0, 300));
                if (g.isLocked() && g.canRelease(now) && random.nextBoolean()) {
                    g.release(now);
                    assertNotNull(lockedAt);
                    assertFalse(Duration.between(lockedAt, now).compareTo(g.minLock()) < 0, "held too short");
                    releasedAt = now;
                } else if (!g.isLocked() && g.canLock(now) && random.nextBoolean()) {
                    g.lock(now);
                    if (releasedAt != null) {
                        assertFalse(Duration.between(releasedAt, now).compareTo(g.minRelease()) < 0,
                                "re-armed too early");
                    }
                    lockedAt = now;
                }
            }
        });
    }
}
