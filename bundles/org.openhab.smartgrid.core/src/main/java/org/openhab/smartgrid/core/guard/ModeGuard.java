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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The guards between the mode arbiter and the relays (DESIGN §3.3): lock hold and re-arm (the one
 * {@link LockTimingGuard}), the self-imposed {@link LockBudget}, and the mode dwell.
 * <p>
 * A change the guards forbid is deferred, not dropped: each {@link #step} reports the exact instant the relays
 * will change next and when they will show the wanted mode, and the step at that instant applies it without
 * new input. Rules:
 * <ul>
 * <li>The grid operator's lock (a mandatory source) is applied at once, inside any window; that is recorded as a
 * guard override. It is never limited by the budget, but its time counts in the budget.</li>
 * <li>Every other change waits for the dwell; leaving EVU also waits for the hold.</li>
 * <li>A lock this system chooses (peak shedding, a manual EVU) also waits for the re-arm and the budget, and ends
 * when its block or the day's lock time is used up. Meanwhile the relays show {@link #LOCK_FALLBACK}, unless
 * switching there would delay the lock.</li>
 * </ul>
 * Steps are idempotent: a second step at the same instant changes nothing and reports no event. When the
 * clock goes backwards, every stored instant moves back by the jump, so no hold, re-arm or dwell gets shorter.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ModeGuard {

    /** The mode the relays show while a lock this system wants is held back or after its block ended. */
    public static final SgMode LOCK_FALLBACK = SgMode.NORMAL;

    private static final int MAX_CHANGES_PER_STEP = 4;

    private final GuardConfig config;
    private final LockTimingGuard timing;
    private final LockBudget budget;

    private SgMode effective = SgMode.NORMAL;
    private @Nullable Instant lastChange;
    private @Nullable Instant dwellEndOf;
    private Instant dwellEnd = Instant.MIN;
    private @Nullable Instant lastSeen;
    private @Nullable GuardEvent lastDeferral;
    private @Nullable GuardEvent restoreEvent;

    /**
     * @param config the guard settings
     * @param zone the time zone whose local midnight resets the daily counters
     */
    public ModeGuard(GuardConfig config, ZoneId zone) {
        this.config = config;
        this.timing = new LockTimingGuard(config.minLock(), config.minRelease());
        this.budget = new LockBudget(config, zone);
    }

    public GuardConfig config() {
        return config;
    }

    /** @return the mode on the relays */
    public SgMode effective() {
        return effective;
    }

    /**
     * Lets through what the guards allow at {@code now}.
     *
     * @param now the current instant
     * @param wanted the mode the arbiter wants
     * @param source the source that asks for it
     * @return the relays' mode, what is pending and why, and the events of this step
     */
    public GuardDecision step(Instant now, SgMode wanted, ModeSource source) {
        observe(now);
        budget.advance(now, timing.isLocked());
        List<GuardEvent> events = List.of();
        GuardEvent restored = restoreEvent;
        if (restored != null) {
            events = append(events, restored);
            restoreEvent = null;
        }
        Plan plan = plan(now, wanted, source);
        for (int i = 0; i < MAX_CHANGES_PER_STEP && plan.isDueAt(now); i++) {
            events = append(events, apply(now, plan, wanted, source));
            plan = plan(now, wanted, source);
        }
        if (effective == wanted) {
            lastDeferral = null;
        } else if (!sameDeferral(lastDeferral, wanted, source, plan)) {
            GuardEvent deferral = new GuardEvent(now, GuardEvent.Kind.DEFERRED, effective, wanted, source,
                    plan.reason, plan.wantedAt, Set.of());
            events = append(events, deferral);
            lastDeferral = deferral;
        }
        Instant nextChange = plan.next == null ? null : plan.at;
        Instant midnight = budget.nextMidnight();
        Instant nextStep = nextChange != null && nextChange.isBefore(midnight) ? nextChange : midnight;
        return new GuardDecision(now, effective, wanted, source, plan.reason, nextChange == null ? null : plan.next,
                nextChange, plan.wantedAt, nextStep, events, budget.blocksToday(), budget.lockTimeToday());
    }

    /** Moves the stored instants back when the clock went backwards, so no elapsed guard time is lost. */
    private void observe(Instant now) {
        Instant seen = lastSeen;
        Instant change = lastChange;
        if (seen != null && change != null && now.isBefore(seen)) {
            lastChange = change.minus(Duration.between(now, seen));
        }
        timing.observe(now);
        lastSeen = now;
    }

    private Plan plan(Instant now, SgMode wanted, ModeSource source) {
        Instant dwellEnd = dwellEnd(now);
        if (wanted == effective) {
            if (effective == SgMode.EVU && !source.isMandatory()) {
                return blockEndPlan(now, dwellEnd);
            }
            return Plan.SETTLED;
        }
        if (source.isMandatory()) {
            return new Plan(SgMode.EVU, now, Reason.APPLIED, now);
        }
        if (wanted != SgMode.EVU) {
            Instant at = dwellEnd;
            Reason reason = at.isAfter(now) ? Reason.MODE_DWELL : Reason.APPLIED;
            if (effective == SgMode.EVU) {
                Instant hold = timing.earliestRelease(now);
                if (hold.isAfter(now) && !hold.isBefore(dwellEnd)) {
                    at = hold;
                    reason = Reason.LOCK_HOLD;
                }
            }
            return new Plan(wanted, at, reason, at);
        }
        return discretionaryLockPlan(now, dwellEnd);
    }

    /** The relays show a lock this system holds: plan its end by the budget (hold and dwell still apply). */
    private Plan blockEndPlan(Instant now, Instant dwellEnd) {
        Instant start = timing.lockStart();
        Instant end = budget.blockEnd(start == null ? now : start, now);
        end = latest(latest(end, now), latest(timing.earliestRelease(now), dwellEnd));
        return new Plan(LOCK_FALLBACK, end, Reason.LOCK_BUDGET, null);
    }

    /** A lock this system chooses is wanted and the relays do not show EVU yet. */
    private Plan discretionaryLockPlan(Instant now, Instant dwellEnd) {
        Instant rearm = timing.earliestLock(now);
        Instant candidate = rearm;
        Reason reason = rearm.isAfter(now) ? Reason.LOCK_REARM : Reason.APPLIED;
        Instant released = timing.releaseStart();
        if (released != null) {
            Instant releaseRule = released.plus(budget.lastBlockLength());
            if (releaseRule.isAfter(candidate)) {
                candidate = releaseRule;
                reason = Reason.LOCK_BUDGET;
            }
        }
        Instant allowed = budget.earliestStart(candidate);
        if (allowed == null || allowed.isAfter(candidate)) {
            reason = Reason.LOCK_BUDGET;
        }
        if (allowed == null || allowed.isAfter(dwellEnd)) {
            // held back by a lock rule: show NORMAL meanwhile, unless the extra change would delay the lock
            boolean fallbackFirst = effective != LOCK_FALLBACK
                    && (allowed == null || !dwellEnd.plus(config.minModeDwell()).isAfter(allowed));
            if (fallbackFirst) {
                return new Plan(LOCK_FALLBACK, dwellEnd, reason, allowed);
            }
            return allowed == null ? Plan.never(reason) : new Plan(SgMode.EVU, allowed, reason, allowed);
        }
        return new Plan(SgMode.EVU, dwellEnd, dwellEnd.isAfter(now) ? Reason.MODE_DWELL : Reason.APPLIED,
                dwellEnd);
    }

    private GuardEvent apply(Instant now, Plan plan, SgMode wanted, ModeSource source) {
        SgMode from = effective;
        SgMode to = plan.next;
        if (to == null) {
            throw new IllegalStateException("nothing to apply");
        }
        Set<Reason> overridden = Set.of();
        if (from == SgMode.EVU) {
            Instant start = timing.lockStart();
            timing.release(now);
            budget.blockEnded(start == null ? Duration.ZERO : Duration.between(start, now));
        }
        if (to == SgMode.EVU) {
            if (source.isMandatory()) {
                overridden = windowsAt(now);
                timing.forceLock(now);
            } else {
                timing.lock(now);
            }
            budget.blockStarted();
        }
        effective = to;
        lastChange = now;
        Instant nextAllowed = to == SgMode.EVU ? latest(timing.earliestRelease(now), dwellEnd(now)) : dwellEnd(now);
        if (!overridden.isEmpty()) {
            return new GuardEvent(now, GuardEvent.Kind.OVERRIDDEN, from, to, source, Reason.GUARD_OVERRIDE,
                    nextAllowed, overridden);
        }
        Reason reason = to == wanted ? Reason.APPLIED : plan.reason;
        return new GuardEvent(now, GuardEvent.Kind.APPLIED, from, to, source, reason, nextAllowed, Set.of());
    }

    /** @return the guard rules that would hold back a lock this system chose at {@code now} */
    private Set<Reason> windowsAt(Instant now) {
        Set<Reason> windows = EnumSet.noneOf(Reason.class);
        if (dwellEnd(now).isAfter(now)) {
            windows.add(Reason.MODE_DWELL);
        }
        if (!timing.canLock(now)) {
            windows.add(Reason.LOCK_REARM);
        }
        Instant released = timing.releaseStart();
        Instant allowed = budget.earliestStart(now);
        if (allowed == null || allowed.isAfter(now)
                || (released != null && released.plus(budget.lastBlockLength()).isAfter(now))) {
            windows.add(Reason.LOCK_BUDGET);
        }
        return windows;
    }

    private Instant dwellEnd(Instant now) {
        Instant change = lastChange;
        if (change == null) {
            return now;
        }
        // asked for at every step, but changes only with lastChange
        if (!change.equals(dwellEndOf)) {
            dwellEndOf = change;
            dwellEnd = change.plus(config.minModeDwell());
        }
        return latest(dwellEnd, now);
    }

    /** @return the guard history for saving across a restart, null before the first step */
    public @Nullable GuardSnapshot snapshot() {
        Instant seen = lastSeen;
        LocalDate day = budget.day();
        if (seen == null || day == null) {
            return null;
        }
        return new GuardSnapshot(effective, lastChange, timing.snapshot(), day, budget.blocksToday(),
                budget.lockTimeToday(), budget.lastBlockLength(), seen);
    }

    /**
     * Restores the history saved by {@link #snapshot()}. A missing, inconsistent or future snapshot means the
     * history is unknown: the guard then assumes the most restrictive one, a lock of the longest allowed block
     * that ended at {@code now}, with the relays at NORMAL. The returned event says which it was; the next step
     * reports it again.
     */
    public GuardEvent restore(@Nullable GuardSnapshot snapshot, Instant now) {
        lastDeferral = null;
        lastSeen = now;
        GuardEvent event;
        if (snapshot != null && snapshot.isConsistent() && !snapshot.takenAt().isAfter(now)
                && timing.restore(snapshot.lock(), now)) {
            effective = snapshot.effective();
            lastChange = snapshot.lastChange();
            budget.restore(snapshot.day(), snapshot.locksToday(), snapshot.lockTimeToday(),
                    snapshot.lastBlockLength(), snapshot.takenAt());
            budget.advance(now, timing.isLocked());
            event = new GuardEvent(now, GuardEvent.Kind.RESTORED, effective, effective, null,
                    Reason.HISTORY_RESTORED, dwellEnd(now), Set.of());
        } else {
            effective = SgMode.NORMAL;
            lastChange = now;
            timing.assumeJustReleased(now);
            budget.assumeLockJustEnded(now);
            event = new GuardEvent(now, GuardEvent.Kind.RESTORED, effective, effective, null,
                    Reason.HISTORY_UNKNOWN, dwellEnd(now), Set.of());
        }
        restoreEvent = event;
        return event;
    }

    /** @return whether the deferral reported last is the one that would be reported now (no repeat) */
    private boolean sameDeferral(@Nullable GuardEvent previous, SgMode wanted, ModeSource source, Plan plan) {
        return previous != null && previous.from() == effective && previous.to() == wanted
                && previous.source() == source && previous.reason() == plan.reason
                && Objects.equals(previous.nextAllowed(), plan.wantedAt);
    }

    private static List<GuardEvent> append(List<GuardEvent> events, GuardEvent event) {
        // a step has at most a few events: small immutable lists, copied for free by GuardDecision
        return switch (events.size()) {
            case 0 -> List.of(event);
            case 1 -> List.of(events.get(0), event);
            default -> {
                List<GuardEvent> more = new ArrayList<>(events);
                more.add(event);
                yield List.copyOf(more);
            }
        };
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The next relay change the guards will make without new input.
     *
     * @param next the mode to switch to, null when none
     * @param at when, null when none
     * @param reason why the relays are not (or will not stay) at the wanted mode, {@code APPLIED} when they are
     * @param wantedAt when the relays will show the wanted mode, null when they do or never will
     */
    private record Plan(@Nullable SgMode next, @Nullable Instant at, Reason reason, @Nullable Instant wantedAt) {

        static final Plan SETTLED = new Plan(null, null, Reason.APPLIED, null);

        static Plan never(Reason reason) {
            return new Plan(null, null, reason, null);
        }

        boolean isDueAt(Instant now) {
            Instant when = at;
            return next != null && when != null && !when.isAfter(now);
        }
    }
}
