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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Elapsed;

/**
 * The self-imposed lock budget (DESIGN §3.3): the utility lock practice a heat pump is sized for. A lock this
 * system chooses itself lasts at most {@code maxLockPerBlock}, starts only while fewer than
 * {@code maxLocksPerDay} blocks and less than {@code maxLockPerDay} of lock time lie in the day, and only after a
 * release at least as long as the block before it.
 * <p>
 * The budget counts every lock block, the grid operator's included (the heat pump's sizing covers all lock time),
 * but it never limits the grid operator's lock. A block running at local midnight counts for both days; lock time
 * counts in the day it falls in. Days are local days of the given zone, so DST days have 23 or 25 hours. When the
 * clock goes backwards, no time is counted for the jump and the day is kept until its original midnight passes:
 * the counters never reset early.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class LockBudget {

    /** About 146 years: far beyond a day's lock time, and far from a long's overflow when a day is added. */
    private static final Duration MAX_SAVED_LOCK_TIME = Duration.ofNanos(Long.MAX_VALUE / 2);

    private final Duration maxLockPerBlock;
    private final int maxLocksPerDay;
    private final Duration maxLockPerDay;
    private final Duration minBlock;
    private final ZoneId zone;

    private @Nullable LocalDate day;
    private Instant nextMidnight = Instant.MAX;
    private int blocksToday;
    /**
     * Lock time today in nanoseconds: a number, because {@link #advance} adds to it at every meter sample while a
     * lock holds, and a duration's sum makes an object and divides by 10⁹.
     */
    private long lockNanosToday;
    private Duration lastBlockLength = Duration.ZERO;
    private @Nullable Instant accountedUntil;

    public LockBudget(GuardConfig config, ZoneId zone) {
        this(config.maxLockPerBlock(), config.maxLocksPerDay(), config.maxLockPerDay(), config.minBlock(), zone);
    }

    /**
     * A budget with its limits given one by one (the load manager's sheds: {@code maxShedTime},
     * {@code maxShedsPerDay}, {@code maxShedTimePerDay}, with {@code minShedTime} as the shortest block).
     *
     * @param maxLocksPerDay the most blocks per day; 0: no lock at all
     */
    public LockBudget(Duration maxLockPerBlock, int maxLocksPerDay, Duration maxLockPerDay, Duration minBlock,
            ZoneId zone) {
        this.maxLockPerBlock = maxLockPerBlock;
        this.maxLocksPerDay = maxLocksPerDay;
        this.maxLockPerDay = maxLockPerDay;
        this.minBlock = minBlock;
        this.zone = zone;
    }

    /**
     * Counts lock time up to {@code now} and starts a new day at local midnight. Call before any change at
     * {@code now}.
     *
     * @param locked whether a lock was applied since the previous call
     */
    public void advance(Instant now, boolean locked) {
        Instant from = accountedUntil;
        if (from == null || day == null) {
            startDay(now, false);
        } else if (!now.isBefore(nextMidnight)) {
            startDay(now, locked);
        } else if (locked && now.isAfter(from)) {
            lockNanosToday += Elapsed.nanos(from, now);
        }
        accountedUntil = now;
    }

    private void startDay(Instant now, boolean locked) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        day = today;
        nextMidnight = today.plusDays(1).atStartOfDay(zone).toInstant();
        blocksToday = locked ? 1 : 0;
        lockNanosToday = locked ? Elapsed.nanos(dayStart, now) : 0;
    }

    /** Takes note of a lock block that starts now (after {@link #advance}). */
    public void blockStarted() {
        blocksToday++;
    }

    /** Takes note of the length of the lock block that ended now. */
    public void blockEnded(Duration length) {
        lastBlockLength = length.isNegative() ? Duration.ZERO : length;
    }

    /**
     * The earliest instant from {@code candidate} on at which the day's budget lets this system start a lock:
     * fewer blocks than allowed, and the shortest block ({@link GuardConfig#minBlock()}) fits in the day's
     * remaining lock time (a block that crosses midnight only needs its part before midnight to fit).
     *
     * @param candidate the earliest instant the other rules allow, not before the last {@link #advance}
     * @return the instant, or null when this system may never lock ({@code maxLocksPerDay} 0)
     */
    public @Nullable Instant earliestStart(Instant candidate) {
        if (maxLocksPerDay == 0) {
            return null;
        }
        Instant midnight = nextMidnight;
        if (!candidate.isBefore(midnight) || day == null) {
            return candidate;
        }
        Duration remaining = maxLockPerDay.minusNanos(lockNanosToday);
        if (blocksToday >= maxLocksPerDay || remaining.isNegative() || remaining.isZero()) {
            return midnight;
        }
        Duration untilMidnight = Duration.between(candidate, midnight);
        Duration needToday = minBlock.compareTo(untilMidnight) < 0 ? minBlock : untilMidnight;
        if (remaining.compareTo(needToday) >= 0) {
            return candidate;
        }
        // too little left for a whole block today: start late enough that only 'remaining' falls before midnight
        return midnight.minus(remaining);
    }

    /**
     * When a lock block this system holds must end by the budget: after {@code maxLockPerBlock}, or when the
     * day's lock time is used up (unless that coincides with midnight or later, when a new day's budget begins).
     *
     * @param lockStart when the block started
     * @param now the current instant, after {@link #advance}
     * @return the end, possibly before {@code now} when the block is already over its budget
     */
    public Instant blockEnd(Instant lockStart, Instant now) {
        if (maxLocksPerDay == 0) {
            return now;
        }
        Instant end = lockStart.plus(maxLockPerBlock);
        Duration remaining = maxLockPerDay.minusNanos(lockNanosToday);
        Instant dayLimit = remaining.isNegative() ? now : now.plus(remaining);
        if (dayLimit.isBefore(nextMidnight) && dayLimit.isBefore(end)) {
            return dayLimit;
        }
        return end;
    }

    /** @return lock blocks that lay (at least partly) in the current day */
    public int blocksToday() {
        return blocksToday;
    }

    /** @return lock time in the current day, up to the last {@link #advance} */
    public Duration lockTimeToday() {
        return Duration.ofNanos(lockNanosToday);
    }

    /** @return the length of the last lock block that ended, zero when none is known */
    public Duration lastBlockLength() {
        return lastBlockLength;
    }

    /** @return the local day the counters belong to, null before the first {@link #advance} */
    public @Nullable LocalDate day() {
        return day;
    }

    /** @return the local midnight at which the counters reset, {@link Instant#MAX} before the first advance */
    public Instant nextMidnight() {
        return nextMidnight;
    }

    /** @return the instant up to which lock time was counted, null before the first {@link #advance} */
    public @Nullable Instant accountedUntil() {
        return accountedUntil;
    }

    /** Restores saved counters; the next {@link #advance} counts the time since {@code accountedUntil}. */
    public void restore(LocalDate savedDay, int blocks, Duration lockTime, Duration lastBlock, Instant savedAt) {
        day = savedDay;
        nextMidnight = savedDay.plusDays(1).atStartOfDay(zone).toInstant();
        blocksToday = blocks;
        lockNanosToday = savedNanos(lockTime);
        lastBlockLength = lastBlock;
        accountedUntil = savedAt;
    }

    /** @return the counters to save, null before the first {@link #advance} */
    public @Nullable Snapshot snapshot() {
        LocalDate today = day;
        Instant until = accountedUntil;
        return today == null || until == null ? null
                : new Snapshot(today, blocksToday, lockTimeToday(), lastBlockLength, until);
    }

    /** Restores counters saved by {@link #snapshot()}. */
    public void restore(Snapshot saved) {
        restore(saved.day(), saved.blocks(), saved.lockTime(), saved.lastBlock(), saved.savedAt());
    }

    /**
     * The most restrictive assumption for an unknown past: a lock of the longest allowed block ended at
     * {@code now}. It counts as one block today, with as much of its length as falls in today.
     */
    public void assumeLockJustEnded(Instant now) {
        assumeLockJustEnded(now, maxLockPerBlock);
    }

    /** {@link #assumeLockJustEnded(Instant)} of a block of {@code block}. */
    public void assumeLockJustEnded(Instant now, Duration block) {
        startDay(now, false);
        Duration sinceMidnight = Duration.between(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant(), now);
        blocksToday = 1;
        lockNanosToday = (block.compareTo(sinceMidnight) < 0 ? block : sinceMidnight).toNanos();
        lastBlockLength = block;
        accountedUntil = now;
    }

    /**
     * @return {@code lockTime} in nanoseconds, at most {@link #MAX_SAVED_LOCK_TIME} either way: a saved value
     *         beyond any day (a damaged store) still spends the day's budget, and the counter cannot overflow
     */
    private static long savedNanos(Duration lockTime) {
        if (lockTime.compareTo(MAX_SAVED_LOCK_TIME) > 0) {
            return MAX_SAVED_LOCK_TIME.toNanos();
        }
        return lockTime.compareTo(MAX_SAVED_LOCK_TIME.negated()) < 0 ? -MAX_SAVED_LOCK_TIME.toNanos()
                : lockTime.toNanos();
    }

    /**
     * The budget's counters as saved across a restart.
     *
     * @param day the local day they belong to
     * @param blocks lock blocks in that day
     * @param lockTime lock time in that day
     * @param lastBlock the length of the last block that ended
     * @param savedAt the instant up to which lock time was counted
     */
    public record Snapshot(LocalDate day, int blocks, Duration lockTime, Duration lastBlock, Instant savedAt) {
    }
}
