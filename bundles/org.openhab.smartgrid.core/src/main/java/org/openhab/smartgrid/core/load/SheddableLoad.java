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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.guard.LockBudget;
import org.openhab.smartgrid.core.guard.LockTimingGuard;

/**
 * One sheddable load inside the {@link LoadManager}: its configuration, its {@link LockTimingGuard} (locked = shed
 * commanded) and what is known about whether the device carried the command out.
 * <p>
 * The manager <em>believes</em> a load is off when the shed is commanded and either the load has no feedback, or
 * the device confirmed it, or the command is younger than the feedback timeout and the device has not answered
 * yet. A shed the device reports as not carried out, or leaves unanswered past the timeout, is not counted as
 * freed power.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SheddableLoad {

    static final long NONE = Long.MIN_VALUE;
    /** A measured load drawing less than this share of its power (and at most {@link #IDLE_MAX_WATTS}) is idle. */
    static final double IDLE_SHARE = 0.1;
    static final double IDLE_MAX_WATTS = 100;
    /** What a budget limit of zero (none) becomes: longer than any day. */
    private static final Duration NO_LIMIT = Duration.ofDays(3650);

    /** What happened to the load in the current step. */
    enum Action {
        NONE,
        SHED,
        RESTORED,
        /** needed for shedding, but inside its re-arm window */
        REARM_BLOCKED,
        /** shed, inside its minimum shed time */
        HOLD,
        /** shed, waiting for headroom (or for the meter) */
        WAITING,
        /** needed for shedding, but its measured power says that shedding it would free (almost) nothing */
        IDLE,
        /** needed for shedding, but its shed budget allows no shed now */
        BUDGET_SPENT,
        /** restored because its shed reached the budget's end ({@code maxShedTime} or the day's shed time) */
        BUDGET_RESTORED,
        /** could be restored, but holds the last shed its budget allows today while the quarter-hour is at risk */
        LAST_SHED_KEPT
    }

    final SheddableLoadConfig config;
    final LockTimingGuard guard;
    /** The shed budget, null when the load has none: then only the guard limits its sheds. */
    final @Nullable LockBudget budget;
    /** Detail texts that do not change from step to step, built once. */
    final Supplier<String> holdDetail;
    final String needSuffix;

    private long commandedAt = NONE;
    /** false after a restart, until the manager commands the load itself */
    private boolean commandIssuedHere = true;
    private boolean reportedSinceCommand;
    private boolean effectiveShed;
    private long effectiveChangedAt = NONE;
    private Reason shedReason = Reason.SHED_OVERLOAD;
    /** The load's measured power and when it was measured; NaN / NONE when it is not measured. */
    private double measuredWatts = Double.NaN;
    private long measuredAt = NONE;
    /** What the last shed was counted to free: the measured power then, or the configured power. */
    private double shedWatts;

    Action action = Action.NONE;
    Supplier<String> detail;

    SheddableLoad(SheddableLoadConfig config, ZoneId zone) {
        this.config = config;
        this.shedWatts = config.power();
        this.guard = new LockTimingGuard(config.minShedTime(), config.minReleaseTime());
        this.budget = config.hasShedBudget() ? new LockBudget(limit(config.maxShedTime()),
                config.maxShedsPerDay() == 0 ? Integer.MAX_VALUE : config.maxShedsPerDay(),
                limit(config.maxShedTimePerDay()), config.minShedTime(), zone) : null;
        String holdText = "shed held by minShedTime " + TimeText.duration(config.minShedTime());
        this.holdDetail = () -> holdText;
        this.detail = holdDetail;
        this.needSuffix = " W < power " + Math.round(config.power()) + " W + hysteresis "
                + Math.round(config.restoreHysteresis()) + " W";
    }

    private static Duration limit(Duration limit) {
        return limit.isZero() ? NO_LIMIT : limit;
    }

    boolean commandedShed() {
        return guard.isLocked();
    }

    /** Counts the shed time up to {@code now}; call at each step after the guard's observe, before any change. */
    void advanceBudget(Instant now) {
        LockBudget shedBudget = budget;
        if (shedBudget != null) {
            shedBudget.advance(now, guard.isLocked());
        }
    }

    /**
     * @return the earliest instant from {@code now} on at which the budget lets the load be shed: a start the day's
     *         count and time allow, after a release as long as the last shed; {@code now} without a budget
     */
    Instant budgetAllowsShedFrom(Instant now) {
        LockBudget shedBudget = budget;
        if (shedBudget == null) {
            return now;
        }
        Instant candidate = now;
        Instant released = guard.releaseStart();
        if (released != null) {
            Instant afterEqualRun = released.plus(shedBudget.lastBlockLength());
            candidate = afterEqualRun.isAfter(candidate) ? afterEqualRun : candidate;
        }
        Instant allowed = shedBudget.earliestStart(candidate);
        return allowed == null ? Instant.MAX : allowed;
    }

    /** @return whether a shed allowed from {@code from} on (see {@link #budgetAllowsShedFrom}) is one of tomorrow */
    boolean budgetSpentForToday(Instant from) {
        LockBudget shedBudget = budget;
        return shedBudget != null && !from.isBefore(shedBudget.nextMidnight());
    }

    /** @return when the running shed must end by the budget; {@link Instant#MAX} without a budget or shed */
    Instant budgetShedEnd(Instant now) {
        LockBudget shedBudget = budget;
        Instant start = guard.lockStart();
        if (shedBudget == null || start == null || !guard.isLocked()) {
            return Instant.MAX;
        }
        return shedBudget.blockEnd(start, now);
    }

    /**
     * @return whether the running shed is the last one the budget allows today: once restored, the load could not
     *         be shed again before midnight
     */
    boolean holdsLastShedToday(Instant now) {
        LockBudget shedBudget = budget;
        if (shedBudget == null || !guard.isLocked()) {
            return false;
        }
        Instant rearmed = now.plus(config.minReleaseTime());
        Instant start = guard.lockStart();
        // the shed running now would have to be matched by as long a run before the next one
        Instant afterEqualRun = start == null ? now : now.plus(Duration.between(start, now));
        Instant candidate = afterEqualRun.isAfter(rearmed) ? afterEqualRun : rearmed;
        if (!candidate.isBefore(shedBudget.nextMidnight())) {
            return false;
        }
        Instant next = shedBudget.earliestStart(candidate);
        return next == null || !next.isBefore(shedBudget.nextMidnight());
    }

    /**
     * Takes over the budget's saved counters; without them it assumes the most restrictive past that fits the
     * guard's: a shed of {@code maxShedTime} (else {@code minShedTime}) that just ended, one shed today.
     *
     * @param neverShed whether the saved guard says the load was never shed: then there was nothing to count
     * @return true when the counters were taken over as saved (or the load has no budget)
     */
    boolean restoreBudget(LockBudget.@Nullable Snapshot saved, boolean neverShed, Instant now) {
        LockBudget shedBudget = budget;
        if (shedBudget == null) {
            return true;
        }
        if (saved == null && neverShed) {
            shedBudget.advance(now, false);
            return true;
        }
        if (saved != null && !saved.savedAt().isAfter(now)) {
            shedBudget.restore(saved);
            shedBudget.advance(now, guard.isLocked());
            return true;
        }
        // without a maxShedTime the budget's block is unlimited: the shortest shed is the assumption that fits
        shedBudget.assumeLockJustEnded(now,
                config.maxShedTime().isZero() ? config.minShedTime() : config.maxShedTime());
        return false;
    }

    /** @return "2 of 3 sheds, 130 of 360 min today" for the budget's texts */
    String budgetUse() {
        LockBudget shedBudget = budget;
        if (shedBudget == null) {
            return "";
        }
        String sheds = config.maxShedsPerDay() == 0 ? shedBudget.blocksToday() + " sheds"
                : shedBudget.blocksToday() + " of " + config.maxShedsPerDay() + " sheds";
        long minutes = shedBudget.lockTimeToday().toMinutes();
        String time = config.maxShedTimePerDay().isZero() ? minutes + " min"
                : minutes + " of " + config.maxShedTimePerDay().toMinutes() + " min";
        return sheds + ", " + time + " today";
    }

    Reason shedReason() {
        return shedReason;
    }

    /**
     * @param frees the power the shed is counted to free (see {@link #freeableWatts})
     */
    void shed(Instant now, Reason why, double frees) {
        guard.lock(now);
        LockBudget shedBudget = budget;
        if (shedBudget != null) {
            shedBudget.blockStarted();
        }
        shedReason = why;
        shedWatts = frees;
        commanded(now.toEpochMilli(), true);
    }

    /** The load's own meter (openHAB: its power item; the heat pump: the Thing's electric-power channel). */
    void measure(double watts, long at) {
        measuredWatts = watts;
        measuredAt = at;
    }

    void forgetMeasurement() {
        measuredWatts = Double.NaN;
        measuredAt = NONE;
    }

    /** @return whether a measurement at most {@code staleMs} old is known at {@code t} */
    boolean measured(long t, long staleMs) {
        return measuredAt != NONE && t - measuredAt <= staleMs;
    }

    /**
     * @return what shedding the load now would free: its measured power when a fresh measurement is known (a heat
     *         pump whose tank is warm draws nothing), else its configured power
     */
    double freeableWatts(long t, long staleMs) {
        return measured(t, staleMs) ? Math.max(0, measuredWatts) : config.power();
    }

    /** @return the power below which a measured load counts as idle: 10 % of its power, at most 100 W */
    double idleBelowWatts() {
        return Math.min(IDLE_MAX_WATTS, IDLE_SHARE * config.power());
    }

    /** @return what the last shed was counted to free */
    double shedWatts() {
        return shedWatts;
    }

    void restore(Instant now) {
        LockBudget shedBudget = budget;
        Instant start = guard.lockStart();
        if (shedBudget != null && start != null) {
            shedBudget.blockEnded(Duration.between(start, now));
        }
        guard.release(now);
        commanded(now.toEpochMilli(), false);
    }

    private void commanded(long t, boolean shed) {
        commandedAt = t;
        commandIssuedHere = true;
        reportedSinceCommand = false;
        if (!config.shedFeedback()) {
            effectiveShed = shed;
            effectiveChangedAt = t;
        }
    }

    /**
     * The device reported whether the shed is in effect. A report that repeats the state in effect changes nothing
     * the meter could show (openHAB repeats the heat pump's mode at every step of the Thing): the instant of the
     * change stays.
     */
    void report(boolean shed, long at) {
        if (shed != effectiveShed) {
            effectiveChangedAt = at;
        }
        effectiveShed = shed;
        if (commandedAt == NONE || at >= commandedAt) {
            reportedSinceCommand = true;
        }
    }

    /** After a restart: the commanded state comes from the restored guard; the device state is not known yet. */
    void restored(long t) {
        commandedAt = t;
        commandIssuedHere = false;
        reportedSinceCommand = false;
        // without feedback the command is the truth; with feedback nothing counts as freed until the device says so
        effectiveShed = !config.shedFeedback() && guard.isLocked();
        effectiveChangedAt = t;
    }

    /** @return whether a command awaits the device's answer at {@code t} */
    boolean awaitingFeedback(long t, long timeoutMs) {
        return config.shedFeedback() && !reportedSinceCommand && commandedAt != NONE && t < commandedAt + timeoutMs;
    }

    /** @return the instant the feedback wait of the last command ends, NONE when no wait is running */
    long feedbackDeadline(long t, long timeoutMs) {
        return awaitingFeedback(t, timeoutMs) ? commandedAt + timeoutMs : NONE;
    }

    /** @return whether the manager counts the load as not drawing power at {@code t} */
    boolean believedOff(long t, long timeoutMs) {
        if (!config.shedFeedback() || awaitingFeedback(t, timeoutMs)) {
            return commandedShed();
        }
        return effectiveShed;
    }

    /**
     * @return since when the belief of {@link #believedOff} holds: the command for a load without feedback, the
     *         device's report otherwise; {@code Long.MAX_VALUE} while the device's answer is awaited (the change
     *         has not happened yet, so no meter reading can show it); NONE when never changed
     */
    long believedSince(long t, long timeoutMs) {
        if (!config.shedFeedback()) {
            return commandedAt;
        }
        if (awaitingFeedback(t, timeoutMs)) {
            // after a restart the device acted (or not) before any new reading: the meter shows it as it is
            return commandIssuedHere ? Long.MAX_VALUE : NONE;
        }
        return effectiveChangedAt;
    }

    /**
     * @return W to add to the last meter reading (taken at {@code readingAt}) for what changed after it: minus
     *         power for a load that went off since, plus power for one that came back since
     */
    double unseenChange(long t, long timeoutMs, long readingAt) {
        long since = believedSince(t, timeoutMs);
        // a reading taken at the instant of a command is the one the command was decided on: it did not see it
        if (since == NONE || since < readingAt) {
            return 0;
        }
        return believedOff(t, timeoutMs) ? -shedWatts : config.power();
    }

    /** @return the command of this step */
    LoadCommand command(Instant now, Reason staleOrWithin, Supplier<String> sharedDetail) {
        Reason reason = switch (action) {
            case SHED, WAITING -> shedReason;
            case HOLD -> Reason.LOCK_HOLD;
            case RESTORED, BUDGET_RESTORED -> Reason.RESTORED;
            case REARM_BLOCKED -> Reason.LOCK_REARM;
            case BUDGET_SPENT, LAST_SHED_KEPT -> Reason.LOCK_BUDGET;
            case NONE, IDLE -> staleOrWithin;
        };
        return new LoadCommand(config.name(), commandedShed(), reason, nextChange(now),
                action == Action.NONE ? sharedDetail : detail);
    }

    /** @return when this step's output could change without new input: the end of the hold or re-arm time */
    @Nullable
    Instant nextChange(Instant now) {
        return switch (action) {
            case SHED, HOLD -> after(guard.earliestRelease(now), now);
            case RESTORED, REARM_BLOCKED, BUDGET_RESTORED -> after(guard.earliestLock(now), now);
            case BUDGET_SPENT -> unlessUnlimited(budgetAllowsShedFrom(now), now);
            case LAST_SHED_KEPT -> unlessUnlimited(budgetShedEnd(now), now);
            case WAITING, NONE, IDLE -> null;
        };
    }

    private static @Nullable Instant after(Instant instant, Instant now) {
        return instant.isAfter(now) ? instant : null;
    }

    /** An instant that only a limit of none gives (years away) is no next change. */
    private static @Nullable Instant unlessUnlimited(Instant instant, Instant now) {
        return instant.isAfter(now.plus(NO_LIMIT.dividedBy(2))) ? null : after(instant, now);
    }
}
