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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * An independent model of the guard rules, fed only with what the controller reported (its effective mode at each
 * step) and whether the grid operator's lock was requested. It recomputes lock blocks and the lock time of each
 * local day itself and asserts every rule of DESIGN §3.3 on them.
 * <p>
 * Works on monotonic time; elapsed time is measured between step instants.
 */
@NonNullByDefault
final class GuardOracle {

    private final GuardConfig config;
    private final ZoneId zone;
    private final Map<LocalDate, Duration> lockTime = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private SgMode effective = SgMode.NORMAL;
    private boolean gridLock;
    private @Nullable Instant lastAt;
    private @Nullable Instant lastChange;
    private @Nullable Instant lockStart;
    private @Nullable Instant lastRelease;
    private Duration lastBlock = Duration.ZERO;

    GuardOracle(GuardConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    /**
     * Checks one step.
     *
     * @param result the controller's answer at {@code result.at()}
     * @param gridLockNow whether the grid operator's lock is requested at that instant (after the step's inputs)
     */
    void check(SgStepResult result, boolean gridLockNow, String where) {
        Instant t = result.at();
        Instant from = lastAt;
        if (from != null) {
            assertFalse(t.isBefore(from), where + ": the oracle needs monotonic time");
            intervalChecks(from, t, where);
        }
        SgMode to = result.effective();
        assertEquals(to.sg1(), result.relays().sg1(), where + ": SG-1 relay equals the effective mode's contact");
        assertEquals(to.sg2(), result.relays().sg2(), where + ": SG-2 relay equals the effective mode's contact");
        if (gridLockNow) {
            assertEquals(SgMode.EVU, to, where + ": the grid operator's lock is applied at once");
        }
        if (to != effective) {
            transitionChecks(t, to, gridLockNow, where);
        }
        assertEquals(blocksOverlapping(t), result.locksToday(), where + ": lock blocks today");
        assertEquals(lockTime.getOrDefault(day(t), Duration.ZERO), result.lockTimeToday(), where + ": lock time today");
        Instant next = result.nextChangeAt();
        if (next != null) {
            assertTrue(next.isAfter(t), () -> where + ": a reported change lies in the future, was " + next);
        }
        assertTrue(result.nextStepAt().isAfter(t), where + ": the next step lies in the future");
        effective = to;
        gridLock = gridLockNow;
        lastAt = t;
    }

    /** The relays showed {@code effective} over [from, t) with the grid lock as it was requested then. */
    private void intervalChecks(Instant from, Instant t, String where) {
        if (effective != SgMode.EVU || !from.isBefore(t)) {
            return;
        }
        addLockTime(from, t);
        Instant start = lockStart;
        if (gridLock || start == null) {
            return;
        }
        // a lock this system holds: never longer than its block, never over the day's budget once forced time is over
        assertFalse(Duration.between(start, t).compareTo(config.maxLockPerBlock()) > 0,
                () -> where + ": a discretionary lock block lasted " + Duration.between(start, t) + " > "
                        + config.maxLockPerBlock());
        Instant forcedUntil = start.plus(config.minBlock());
        Instant a = from.isAfter(forcedUntil) ? from : forcedUntil;
        if (!a.isBefore(t)) {
            return;
        }
        assertTrue(config.maxLocksPerDay() > 0, where + ": with maxLocksPerDay 0 a lock ends once forced time ends");
        for (LocalDate d = day(a); !d.isAfter(day(t.minusNanos(1))); d = d.plusDays(1)) {
            Duration total = lockTime.getOrDefault(d, Duration.ZERO);
            LocalDate checkedDay = d;
            assertFalse(total.compareTo(config.maxLockPerDay()) > 0,
                    () -> where + ": discretionary lock ran while " + checkedDay + " had " + total + " of lock time > "
                            + config.maxLockPerDay());
        }
    }

    private void transitionChecks(Instant t, SgMode to, boolean gridLockNow, String where) {
        boolean mandatoryLock = to == SgMode.EVU && gridLockNow;
        Instant change = lastChange;
        if (change != null && !mandatoryLock) {
            assertFalse(Duration.between(change, t).compareTo(config.minModeDwell()) < 0,
                    () -> where + ": relays changed " + Duration.between(change, t) + " after the last change < dwell "
                            + config.minModeDwell());
        }
        if (effective == SgMode.EVU) {
            Instant start = lockStart;
            assertNotNull(start);
            Duration held = Duration.between(start, t);
            assertFalse(held.compareTo(config.minLock()) < 0,
                    () -> where + ": a lock was released after " + held + " < hold " + config.minLock());
            lastRelease = t;
            lastBlock = held;
            blocks.get(blocks.size() - 1).end = t;
            lockStart = null;
        }
        if (to == SgMode.EVU) {
            if (!gridLockNow) {
                discretionaryStartChecks(t, where);
            }
            lockStart = t;
            blocks.add(new Block());
        }
        lastChange = t;
    }

    private void discretionaryStartChecks(Instant t, String where) {
        Instant released = lastRelease;
        if (released != null) {
            Duration off = Duration.between(released, t);
            assertFalse(off.compareTo(config.minRelease()) < 0,
                    () -> where + ": a discretionary lock re-armed after " + off + " < " + config.minRelease());
            assertFalse(off.compareTo(lastBlock) < 0,
                    () -> where + ": release " + off + " shorter than the block before it " + lastBlock);
        }
        assertTrue(blocksOverlapping(t) < config.maxLocksPerDay(),
                () -> where + ": a discretionary lock started with " + blocksOverlapping(t) + " blocks today already");
        Duration used = lockTime.getOrDefault(day(t), Duration.ZERO);
        Duration untilMidnight = Duration.between(t, day(t).plusDays(1).atStartOfDay(zone).toInstant());
        Duration need = config.minBlock().compareTo(untilMidnight) < 0 ? config.minBlock() : untilMidnight;
        assertTrue(used.compareTo(config.maxLockPerDay()) < 0 && used.plus(need).compareTo(config.maxLockPerDay()) <= 0,
                () -> where + ": a discretionary lock started with " + used + " of " + config.maxLockPerDay()
                        + " used today, its shortest block needs " + need + " of today");
    }

    private void addLockTime(Instant from, Instant to) {
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            LocalDate d = day(cursor);
            Instant dayEnd = d.plusDays(1).atStartOfDay(zone).toInstant();
            Instant pieceEnd = dayEnd.isBefore(to) ? dayEnd : to;
            lockTime.merge(d, Duration.between(cursor, pieceEnd), Duration::plus);
            cursor = pieceEnd;
        }
    }

    /** @return blocks that lay at least partly in the local day of {@code t}, up to {@code t} */
    private int blocksOverlapping(Instant t) {
        Instant dayStart = day(t).atStartOfDay(zone).toInstant();
        int count = 0;
        for (Block block : blocks) {
            Instant end = block.end;
            if (end == null || !end.isBefore(dayStart)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    /** A lock block; only its end matters for counting (it started at or before any instant we count at). */
    private static final class Block {
        private @Nullable Instant end;
    }
}
