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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The utility lock timing rule: once a lock is applied it stays applied at least {@code minLock}; after it is
 * released it may be applied again no sooner than {@code minRelease} later (German lock-time guide: 10 and 10
 * minutes).
 * <p>
 * This is the one implementation of that rule. The SG-Ready mode guard uses it for the EVU mode, and the load
 * manager uses it for every load it sheds directly.
 * <p>
 * The guard reads no clock: callers pass the current instant. Queries are pure; changes ({@link #lock},
 * {@link #release}, {@link #forceLock}) and {@link #observe} take note of the instant. When the clock has gone
 * backwards since the last noted instant, the stored instants move back by the same amount, so the elapsed hold
 * or release time is kept: a hold is never shortened (nor stretched) by the jump. Callers that step the guard
 * call {@link #observe} once per step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class LockTimingGuard {

    private final Duration minLock;
    private final Duration minRelease;

    private boolean locked;
    /** Start of the current lock, or of the last lock when released; null when no lock is known. */
    private @Nullable Instant lockStart;
    /** End of the last lock; null while locked or when no lock is known. */
    private @Nullable Instant releaseStart;
    private @Nullable Instant lastSeen;
    // derived from lockStart and releaseStart, which change far less often than they are asked about
    private @Nullable Instant releaseAllowedFor;
    private Instant releaseAllowed = Instant.MIN;
    private @Nullable Instant lockAllowedFor;
    private Instant lockAllowed = Instant.MIN;

    /**
     * @param minLock minimum time a lock holds, not negative
     * @param minRelease minimum time between a release and the next lock, not negative
     * @throws IllegalArgumentException naming the parameter when a duration is negative
     */
    public LockTimingGuard(Duration minLock, Duration minRelease) {
        this.minLock = requireNotNegative("minLock", minLock);
        this.minRelease = requireNotNegative("minRelease", minRelease);
    }

    private static Duration requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
        }
        return value;
    }

    public Duration minLock() {
        return minLock;
    }

    public Duration minRelease() {
        return minRelease;
    }

    public boolean isLocked() {
        return locked;
    }

    /** @return start of the current (or last) lock, null when none is known */
    public @Nullable Instant lockStart() {
        return lockStart;
    }

    /** @return end of the last lock, null while locked or when none is known */
    public @Nullable Instant releaseStart() {
        return releaseStart;
    }

    /**
     * Takes note of the current instant. When the clock went backwards since the last call, the stored instants
     * move back by the same amount so that no elapsed hold or release time is lost or gained.
     */
    public void observe(Instant now) {
        Instant seen = lastSeen;
        if (seen != null && now.isBefore(seen)) {
            Duration back = Duration.between(now, seen);
            Instant start = lockStart;
            Instant release = releaseStart;
            lockStart = start == null ? null : start.minus(back);
            releaseStart = release == null ? null : release.minus(back);
        }
        lastSeen = now;
    }

    /** @return the earliest instant at which a lock may be applied; {@code now} when it may be applied now */
    public Instant earliestLock(Instant now) {
        Instant release = releaseStart;
        if (locked || release == null) {
            return now;
        }
        Instant allowed = release.equals(lockAllowedFor) ? lockAllowed : lockAllowedAfter(release);
        return allowed.isAfter(now) ? allowed : now;
    }

    /** @return the earliest instant at which the current lock may be released; {@code now} when not locked */
    public Instant earliestRelease(Instant now) {
        Instant start = lockStart;
        if (!locked || start == null) {
            return now;
        }
        Instant allowed = start.equals(releaseAllowedFor) ? releaseAllowed : releaseAllowedAfter(start);
        return allowed.isAfter(now) ? allowed : now;
    }

    // worked out once per lock or release, in methods of their own so that the checks above stay small to inline

    private Instant lockAllowedAfter(Instant release) {
        lockAllowedFor = release;
        lockAllowed = release.plus(minRelease);
        return lockAllowed;
    }

    private Instant releaseAllowedAfter(Instant start) {
        releaseAllowedFor = start;
        releaseAllowed = start.plus(minLock);
        return releaseAllowed;
    }

    public boolean canLock(Instant now) {
        return !earliestLock(now).isAfter(now);
    }

    public boolean canRelease(Instant now) {
        return !earliestRelease(now).isAfter(now);
    }

    /**
     * Applies a lock that the timing allows.
     *
     * @throws IllegalStateException when already locked or inside the re-arm window
     */
    public void lock(Instant now) {
        observe(now);
        if (locked) {
            throw new IllegalStateException("already locked since " + lockStart);
        }
        if (!canLock(now)) {
            throw new IllegalStateException("lock not allowed before " + earliestLock(now));
        }
        startLock(now);
    }

    /**
     * Applies a mandatory lock even inside the re-arm window (the grid operator's lock). Does nothing when
     * already locked.
     *
     * @return true when the lock overrode the re-arm window
     */
    public boolean forceLock(Instant now) {
        observe(now);
        if (locked) {
            return false;
        }
        boolean override = !canLock(now);
        startLock(now);
        return override;
    }

    private void startLock(Instant now) {
        locked = true;
        lockStart = now;
        releaseStart = null;
    }

    /**
     * Releases a lock whose hold time has passed.
     *
     * @throws IllegalStateException when not locked or inside the hold time
     */
    public void release(Instant now) {
        observe(now);
        if (!locked) {
            throw new IllegalStateException("not locked");
        }
        if (!canRelease(now)) {
            throw new IllegalStateException("release not allowed before " + earliestRelease(now));
        }
        locked = false;
        releaseStart = now;
    }

    /** @return the guard's history, for saving across a restart */
    public Snapshot snapshot() {
        return new Snapshot(locked, lockStart, releaseStart);
    }

    /**
     * Restores the history saved by {@link #snapshot()}. A snapshot that is locked without a start, or released
     * without a release instant, is inconsistent: the guard then assumes the most restrictive history, a lock
     * that ended at {@code now}.
     *
     * @return true when the snapshot was used as it is, false when the restrictive assumption was taken
     */
    public boolean restore(@Nullable Snapshot snapshot, Instant now) {
        lastSeen = now;
        if (snapshot != null && snapshot.isConsistent() && !snapshot.startsAfter(now)) {
            locked = snapshot.locked();
            lockStart = snapshot.lockStart();
            releaseStart = snapshot.releaseStart();
            return true;
        }
        assumeJustReleased(now);
        return false;
    }

    /** The most restrictive history for an unknown past: a lock ended at {@code now}. */
    public void assumeJustReleased(Instant now) {
        lastSeen = now;
        locked = false;
        lockStart = now;
        releaseStart = now;
    }

    /**
     * Saved lock history.
     *
     * @param locked whether a lock is applied
     * @param lockStart start of the current or last lock
     * @param releaseStart end of the last lock (null while locked)
     */
    public record Snapshot(boolean locked, @Nullable Instant lockStart, @Nullable Instant releaseStart) {

        boolean isConsistent() {
            if (locked) {
                return lockStart != null && releaseStart == null;
            }
            return lockStart == null || releaseStart != null;
        }

        boolean startsAfter(Instant now) {
            Instant start = lockStart;
            Instant release = releaseStart;
            return (start != null && start.isAfter(now)) || (release != null && release.isAfter(now));
        }
    }
}
