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
package org.openhab.smartgrid.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Elapsed;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.TimeText;

/**
 * Plans one step of the energy manager: decides, for every load, on or off, why, and when that could change.
 * It only writes the loads' scratch; {@link EnergyManager} then carries the decisions out.
 * <p>
 * The order of the passes is the order of precedence:
 * <ol>
 * <li>running loads: lock, force, daily minimum, stale meter, else they run on surplus;</li>
 * <li>stop pass: while the expected import exceeds the offset, surplus loads stop, lowest priority first, each
 * once its min on time has passed;</li>
 * <li>mandatory starts (force, daily minimum due), which use grid power if need be and take their power from
 * the surplus left for the others;</li>
 * <li>surplus starts in priority order: a load starts when the surplus left covers its switch-on power (or will,
 * once lower-priority loads past their min on time are pre-empted, or loads that have run their daily minimum hand
 * over to one that has not) for its whole activation delay. A load whose delay runs reserves its power, so no
 * lower load starts on the same watts meanwhile.</li>
 * </ol>
 * Min on and min off times are never cut short, by anything.
 * <p>
 * The detail texts are {@link Supplier}s that capture the step's numbers: they are written only when read (see
 * {@link org.openhab.smartgrid.core.LoadCommand}), so a step in which nobody reads them builds no strings.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class StepPlanner {

    private final SurplusLoad[] byPriority;
    private final Duration staleAfter;
    /** The age at which a reading is stale: a reading exactly staleAfter old is still fresh. */
    private final Duration staleFrom;

    // the step being planned
    private Instant now = Instant.EPOCH;
    private Instant dayEnd = Instant.EPOCH;
    /** When the fresh grid reading was taken; null when the meter is not fresh. */
    private @Nullable Instant gridReadAt;
    /** {@link #gridStaleAt()} once made in this step. */
    private @Nullable Instant gridStaleAt;
    private boolean fresh;
    private String meterText = "";
    /** The step planned before this one: a stop delay's condition must hold at every step in a row. */
    private @Nullable Instant previousStep;
    /** The lowest stop threshold of all loads: import at or below offset + this stops nothing. */
    private final double lowestStopThreshold;

    private static final Supplier<String> MANAGER_LOCKED = () -> "manager locked";

    /**
     * @param byPriority the loads, highest priority first, ties in configured order
     * @param staleAfter the age at which a load measurement is stale
     */
    StepPlanner(SurplusLoad[] byPriority, Duration staleAfter) {
        this.byPriority = byPriority;
        this.staleAfter = staleAfter;
        this.staleFrom = staleAfter.plusNanos(1);
        double lowest = Double.POSITIVE_INFINITY;
        for (SurplusLoad load : byPriority) {
            lowest = Math.min(lowest, load.config.stopThreshold());
        }
        this.lowestStopThreshold = lowest;
    }

    /**
     * @param surplus W available to start loads on ({@link SurplusBalance#surplus()})
     * @param expectedImport W the meter will show once every recent switch is visible
     *            ({@link SurplusBalance#expectedImport()})
     * @param offset the manager's offset (W)
     * @param freshGridAt when the grid reading was taken, when it is fresh; null otherwise
     * @param batteryWithheld W the battery charges while below its min SoC (withheld from the loads)
     */
    void plan(Instant stepAt, MeterStatus meter, double surplus, double expectedImport, double offset, boolean locked,
            @Nullable Instant freshGridAt, double batteryWithheld, Instant endOfDay) {
        now = stepAt;
        dayEnd = endOfDay;
        gridReadAt = freshGridAt;
        gridStaleAt = null;
        fresh = meter == MeterStatus.FRESH;
        meterText = meter == MeterStatus.MISSING ? "meter missing" : "meter stale";
        for (SurplusLoad load : byPriority) {
            load.resetScratch();
        }
        for (SurplusLoad load : byPriority) {
            if (load.on) {
                planRunning(load, locked);
            }
        }
        if (fresh && !locked) {
            stopOnImport(expectedImport, offset);
        }
        double available = surplus;
        for (SurplusLoad load : byPriority) {
            if (!load.decided) {
                available -= planMandatoryStart(load, locked);
            }
        }
        for (SurplusLoad load : byPriority) {
            if (!load.decided) {
                available = planSurplusStart(load, available, batteryWithheld);
            }
        }
        previousStep = stepAt;
    }

    private void planRunning(SurplusLoad load, boolean locked) {
        if (locked || load.forcedUntil != null || !fresh || load.dailyMinimumProtects(now) || load.warmEnough(now)) {
            planRunningHeld(load, locked);
            return;
        }
        // the usual case, kept short (the manager steps at every meter sample); stopOnImport writes its detail
        load.decide(true, Reason.SURPLUS, later(load.minOnEnd(), gridStaleAt()), SurplusLoad.NO_DETAIL);
        load.surplusRunning = true;
    }

    /**
     * A running load that is locked, forced (or its force just ended), protected by its daily minimum, or without a
     * fresh meter.
     */
    private void planRunningHeld(SurplusLoad load, boolean locked) {
        Instant minOnEnd = load.minOnEnd();
        boolean held = now.isBefore(minOnEnd);
        if (locked) {
            if (held) {
                long holds = seconds(minOnEnd);
                load.decide(true, Reason.MIN_ON_HOLD, minOnEnd, () -> "manager locked; " + minOnText(holds));
            } else {
                load.decide(false, Reason.LOCKED, null, MANAGER_LOCKED);
            }
            return;
        }
        Instant forcedUntil = load.forcedUntil;
        if (SurplusLoad.UNTIL_RELEASED.equals(forcedUntil)) {
            // nothing ends it but a release (or the lock): no change is planned
            load.decide(true, Reason.FORCED, null, () -> "forced on until released");
            return;
        }
        if (forcedUntil != null && now.isBefore(forcedUntil)) {
            long more = seconds(forcedUntil);
            load.decide(true, Reason.FORCED, later(forcedUntil, minOnEnd), () -> "forced on for " + TimeText.seconds(more) + " more");
            return;
        }
        load.forcedUntil = null;
        if (load.dailyMinimumProtects(now)) {
            long remaining = load.remainingNanos();
            load.decide(true, Reason.DAILY_MINIMUM, later(now.plusNanos(remaining), minOnEnd), dailyText(load));
            return;
        }
        if (load.warmEnough(now)) {
            Supplier<String> warm = warmText(load);
            if (held) {
                long holds = seconds(minOnEnd);
                load.decide(true, Reason.MIN_ON_HOLD, minOnEnd, () -> warm.get() + "; " + minOnText(holds));
            } else {
                load.decide(false, Reason.TEMPERATURE_REACHED, warmNext(load), warm);
            }
            return;
        }
        if (!fresh) {
            String meterState = meterText;
            if (held) {
                long holds = seconds(minOnEnd);
                load.decide(true, Reason.MIN_ON_HOLD, minOnEnd, () -> meterState + "; " + minOnText(holds));
            } else {
                load.decide(false, Reason.STALE_METER, dailyNext(load), () -> meterState + ": surplus loads stop");
            }
            return;
        }
        // stopOnImport writes its detail
        load.decide(true, Reason.SURPLUS, later(minOnEnd, gridStaleAt()), SurplusLoad.NO_DETAIL);
        load.surplusRunning = true;
    }

    private void stopOnImport(double expectedImport, double offset) {
        double expected = expectedImport;
        for (int i = byPriority.length - 1; i >= 0 && expected > offset + lowestStopThreshold; i--) {
            SurplusLoad load = byPriority[i];
            if (load.surplusRunning && expected > offset + load.config.stopThreshold()) {
                expected = stopForImport(load, expected, offset);
            }
        }
        // one text for the loads that keep running, made only when there are any
        @Nullable
        Supplier<String> keep = null;
        for (SurplusLoad load : byPriority) {
            if (load.surplusRunning) {
                double threshold = load.config.stopThreshold();
                if (threshold != 0) {
                    long kept = watts(expected);
                    load.detail = () -> "expected import " + kept + " W <= " + limitText(offset, threshold);
                    continue;
                }
                Supplier<String> text = keep;
                if (text == null) {
                    long kept = watts(expected);
                    text = () -> "expected import " + kept + " W <= offset " + watts(offset) + " W";
                    keep = text;
                }
                load.detail = text;
            }
        }
    }

    /**
     * Stops a load running on surplus because of import, unless its min on time or its stop delay holds it.
     *
     * @return the expected import after it
     */
    private double stopForImport(SurplusLoad load, double expected, double offset) {
        load.surplusRunning = false;
        long importing = watts(expected);
        double threshold = load.config.stopThreshold();
        // the stop delay runs from the first step without surplus, min on time or not
        Instant delayEnd = load.config.stopDelay().isZero() ? now : load.stopDelayEnd(now, previousStep);
        Instant minOnEnd = load.minOnEnd();
        if (now.isBefore(minOnEnd)) {
            long holds = seconds(minOnEnd);
            load.decide(true, Reason.MIN_ON_HOLD, minOnEnd,
                    () -> importText(importing, offset, threshold) + "; " + minOnText(holds));
            return expected;
        }
        if (now.isBefore(delayEnd)) {
            long holds = seconds(delayEnd);
            load.decide(true, Reason.STOP_DELAY, earlier(delayEnd, gridStaleAt()),
                    () -> importText(importing, offset, threshold) + "; stop delay holds " + TimeText.seconds(holds)
                            + " more");
            return expected;
        }
        load.decide(false, Reason.NO_SURPLUS, dailyNext(load),
                () -> importText(importing, offset, threshold) + ": lowest priority stops first");
        return expected - load.freedWatts(now, staleAfter);
    }

    /** @return W the load takes from the surplus left for the others */
    private double planMandatoryStart(SurplusLoad load, boolean locked) {
        if (!locked && load.pendingForce == null && !load.dailyMinimumDue(now)) {
            return 0; // the usual case: nothing is mandatory
        }
        return planLockedOrMandatory(load, locked);
    }

    /** @return W the load takes from the surplus left for the others */
    private double planLockedOrMandatory(SurplusLoad load, boolean locked) {
        if (locked) {
            load.conditionSince = null;
            load.decide(false, Reason.LOCKED, null, MANAGER_LOCKED);
            return 0;
        }
        Duration force = load.pendingForce;
        boolean due = force == null && load.dailyMinimumDue(now);
        if (force == null && !due) {
            return 0;
        }
        load.conditionSince = null;
        Instant minOffEnd = load.minOffEnd();
        if (minOffEnd != null && now.isBefore(minOffEnd)) {
            long holds = seconds(minOffEnd);
            load.decide(false, Reason.MIN_OFF_HOLD, minOffEnd,
                    () -> (due ? "daily minimum due" : "forced") + "; " + minOffText(holds));
            return 0;
        }
        Instant minOnEnd = now.plus(load.config.minOnTime());
        if (force != null && force.isZero()) {
            load.decide(true, Reason.FORCED, null, () -> "forced on until released");
        } else if (force != null) {
            load.decide(true, Reason.FORCED, later(now.plus(force), minOnEnd),
                    () -> "forced on for " + TimeText.duration(force));
        } else {
            load.decide(true, Reason.DAILY_MINIMUM, later(now.plusNanos(load.remainingNanos()), minOnEnd),
                    dailyText(load));
        }
        return load.config.power();
    }

    /** @return the surplus left for lower-priority loads */
    private double planSurplusStart(SurplusLoad load, double available, double batteryWithheld) {
        SurplusLoadConfig config = load.config;
        double switchOn = config.switchOnPower();
        if (!fresh) {
            load.conditionSince = null;
            String meterState = meterText;
            load.decide(false, Reason.STALE_METER, dailyNext(load), () -> meterState + ": nothing starts");
            return available;
        }
        if (load.warmEnough(now)) {
            load.conditionSince = null;
            load.decide(false, Reason.TEMPERATURE_REACHED, warmNext(load), warmText(load));
            return available;
        }
        Instant minOffEnd = load.minOffEnd();
        if (minOffEnd != null && now.isBefore(minOffEnd)) {
            load.conditionSince = null;
            if (available >= switchOn) {
                long holds = seconds(minOffEnd);
                load.decide(false, Reason.MIN_OFF_HOLD, minOffEnd,
                        () -> surplusText(available, ">=", switchOn) + "; " + minOffText(holds));
            } else {
                load.decide(false, Reason.NO_SURPLUS, dailyNext(load), () -> surplusText(available, "<", switchOn));
            }
            return available;
        }
        double freed = 0;
        if (available < switchOn) {
            freed = pledgeVictims(load, switchOn - available);
            if (freed < 0) {
                load.conditionSince = null;
                if (batteryWithheld > 0 && available + batteryWithheld >= switchOn) {
                    load.decide(false, Reason.BATTERY_PRIORITY, dailyNext(load), () -> "battery below min SoC charges "
                            + watts(batteryWithheld) + " W first; " + surplusText(available, "<", switchOn));
                } else {
                    load.decide(false, Reason.NO_SURPLUS, dailyNext(load), () -> surplusText(available, "<", switchOn));
                }
                return available;
            }
        }
        Instant holdsSince = load.conditionSince;
        if (holdsSince == null) {
            holdsSince = now;
            load.conditionSince = now;
        }
        Instant ready = holdsSince.plus(config.activationDelay());
        double pledged = freed;
        if (now.isBefore(ready)) {
            long delay = config.activationDelay().toSeconds();
            long waited = delay - seconds(ready);
            load.decide(false, Reason.ACTIVATION_DELAY, earlier(ready, dailyNext(load)),
                    () -> startText(available, pledged, switchOn) + " for " + TimeText.seconds(waited) + " of "
                            + TimeText.seconds(delay));
            // a waiting load reserves its power: no lower load starts on the same watts meanwhile. The loads it
            // will pre-empt still run, so their power is not free yet: it only covers part of the reservation
            return available - Math.max(0, config.power() - freed);
        }
        preemptFor(load);
        load.decide(true, Reason.SURPLUS, later(now.plus(config.minOnTime()), gridStaleAt()),
                () -> startText(available, pledged, switchOn));
        return available + freed - config.power();
    }

    /**
     * Pledges running surplus loads of lower priority, past their min on time, lowest priority first, until
     * their power covers {@code needed}.
     *
     * @return W they free, or -1 (and nothing pledged) when they cannot cover it
     */
    private double pledgeVictims(SurplusLoad load, double needed) {
        double freed = 0;
        int last = -1;
        for (int i = byPriority.length - 1; i >= 0 && freed < needed; i--) {
            SurplusLoad victim = byPriority[i];
            if (isVictim(load, victim)) {
                freed += victim.freedWatts(now, staleAfter);
                last = i;
            }
        }
        if (freed < needed) {
            return -1;
        }
        for (int i = byPriority.length - 1; i >= last; i--) {
            SurplusLoad victim = byPriority[i];
            if (isVictim(load, victim)) {
                victim.pledgedTo = load.order;
            }
        }
        return freed;
    }

    private boolean isVictim(SurplusLoad load, SurplusLoad victim) {
        if (!victim.surplusRunning || victim.pledgedTo >= 0 || now.isBefore(victim.minOnEnd())) {
            return false;
        }
        // a load that hands over to a lower one never takes the surplus back before that one has its minimum
        return handsOver(victim, load) || victim.config.priority() > load.config.priority() && !handsOver(load, victim);
    }

    /**
     * Loxone Energiemanager Gen 2: a load that has run its daily minimum gives way, whatever the priorities, to a
     * load that still misses its own before its deadline, so that minimum runs on surplus rather than later on grid
     * power. Loads without a daily minimum keep their priority.
     */
    private boolean handsOver(SurplusLoad from, SurplusLoad to) {
        return from.metDailyMinimum() && to.needsDailyMinimum(now);
    }

    private void preemptFor(SurplusLoad load) {
        for (SurplusLoad victim : byPriority) {
            if (victim.pledgedTo == load.order) {
                victim.surplusRunning = false;
                String by = load.name();
                int priority = load.config.priority();
                if (handsOver(victim, load)) {
                    long left = (load.remainingNanos() + 999_999_999L) / 1_000_000_000L;
                    victim.decide(false, Reason.PREEMPTED, dailyNext(victim), () -> "daily minimum met: handed over to '"
                            + by + "', which still needs " + TimeText.seconds(left) + " of its daily minimum");
                } else {
                    victim.decide(false, Reason.PREEMPTED, dailyNext(victim),
                            () -> "pre-empted by '" + by + "' (priority " + priority + ")");
                }
            }
        }
    }

    /**
     * @return the first instant the grid reading is stale, null when it is not fresh; made when a running load
     *         first asks in a step, as most steps have none
     */
    private @Nullable Instant gridStaleAt() {
        Instant staleAt = gridStaleAt;
        Instant readAt = gridReadAt;
        if (staleAt == null && readAt != null) {
            staleAt = readAt.plus(staleFrom);
            gridStaleAt = staleAt;
        }
        return staleAt;
    }

    /**
     * @return when an off load's daily minimum could change its output: the instant forcing begins, else the
     *         next local midnight (counters reset); null when it has no daily minimum
     */
    private @Nullable Instant dailyNext(SurplusLoad load) {
        if (!load.config.hasDailyMinimum()) {
            return null;
        }
        Instant start = load.forcingStart();
        return start != null && now.isBefore(start) ? start : dayEnd;
    }

    /**
     * @return when a load kept off by its temperature could change: when the reading goes stale (it is then
     *         ignored), or earlier for its daily minimum
     */
    private @Nullable Instant warmNext(SurplusLoad load) {
        Instant staleAt = load.temperatureStaleAt();
        Instant daily = dailyNext(load);
        return staleAt == null ? daily : earlier(staleAt, daily);
    }

    private static Supplier<String> warmText(SurplusLoad load) {
        double reached = load.temperature;
        double stop = load.config.stopTemperature();
        return () -> "temperature " + celsius(reached) + " reached stop temperature " + celsius(stop)
                + "; surplus starts it again at " + celsius(stop - SurplusLoadConfig.TEMPERATURE_HYSTERESIS)
                + " or below";
    }

    /** @return e.g. "60.5 °C", "60 °C" */
    private static String celsius(double value) {
        double tenths = Math.round(value * 10) / 10.0;
        return (tenths == Math.rint(tenths) ? Long.toString((long) tenths) : Double.toString(tenths)) + " °C";
    }

    private static Supplier<String> dailyText(SurplusLoad load) {
        long left = (load.remainingNanos() + 999_999_999L) / 1_000_000_000L;
        String deadline = load.deadlineText;
        return () -> "daily minimum: " + TimeText.seconds(left) + " left to run before " + deadline;
    }

    private static String minOnText(long seconds) {
        return "min on time holds " + TimeText.seconds(seconds) + " more";
    }

    private static String minOffText(long seconds) {
        return "min off time holds " + TimeText.seconds(seconds) + " more";
    }

    private static String importText(long importing, double offset, double stopThreshold) {
        return "import " + importing + " W > " + limitText(offset, stopThreshold);
    }

    /** @return the import a running load tolerates, in words: the offset, with its stop threshold when it has one */
    private static String limitText(double offset, double stopThreshold) {
        String text = "offset " + watts(offset) + " W";
        return stopThreshold == 0 ? text : text + " + stop threshold " + watts(stopThreshold) + " W";
    }

    private static String surplusText(double surplus, String comparison, double switchOn) {
        return "surplus " + watts(surplus) + " W " + comparison + " switch-on " + watts(switchOn) + " W";
    }

    private static String startText(double available, double freed, double switchOn) {
        return surplusText(available + freed, ">=", switchOn)
                + (freed > 0 ? " with " + watts(freed) + " W of lower-priority loads" : "");
    }

    /** @return whole seconds from now to {@code end}, rounded up */
    private long seconds(Instant end) {
        long nanos = Elapsed.nanos(now, end);
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static long watts(double value) {
        return Math.round(value);
    }

    private static Instant later(Instant a, @Nullable Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant earlier(Instant a, @Nullable Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
