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
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * The runtime state of one load of the energy manager, plus the scratch of the step being planned. Every timer
 * is an instant compared on each step: nothing runs between steps.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SurplusLoad {

    static final Supplier<String> NO_DETAIL = () -> "";

    final SurplusLoadConfig config;
    /** Position in the configured list: the order of the result, and the tie-break between equal priorities. */
    final int order;
    /** {@link SurplusLoadConfig#minOnTimePerDay()} in ns, asked for at every step. */
    private final long minOnTimePerDayNanos;

    // --- state that persists between steps
    boolean on;
    /** Last switch (on or off); null when off and never switched: the min off time is then met. */
    @Nullable
    Instant since;
    /** Since when the start condition holds (the activation timer); null when it does not hold. */
    @Nullable
    Instant conditionSince;
    /** Runtime of the current local day, in ns. */
    long runtimeTodayNanos;
    /** {@link #forcedUntil} of a force held until it is released (a force of duration 0). */
    static final Instant UNTIL_RELEASED = Instant.MAX;

    /** A force asked while the load was off: it runs this long from its switch-on; 0: until released. */
    @Nullable
    Duration pendingForce;
    @Nullable
    Instant forcedUntil;
    @Nullable
    PowerReading measured;
    /** Switch-on instant while the meter cannot show the load yet (settle window). */
    @Nullable
    Instant promiseFrom;
    /**
     * Own measurements from this instant on show the current run: the switch-on, or the end of the previous
     * stop's settle window when that is later (before it a measurement may still show the previous run).
     */
    Instant measuredRunFrom = Instant.MIN;
    /** Switch-off instant while the meter may still show the load; {@link #releasedWatts} is what it showed. */
    @Nullable
    Instant releaseFrom;
    double releasedWatts;
    /**
     * Since when the load has been without surplus while running (the stop delay's timer); valid only while
     * {@link #stopCheckedAt} is the step before: a step without the condition ends it.
     */
    @Nullable
    Instant stopConditionSince;
    /** The last step that found this load without surplus while running. */
    @Nullable
    Instant stopCheckedAt;
    /** The load's last temperature, °C (NaN when unknown), and when it was taken. */
    double temperature = Double.NaN;
    @Nullable
    Instant temperatureAt;
    /**
     * Whether the temperature reached the stop temperature and has not dropped by the hysteresis since (it latches:
     * between the two the load stays off).
     */
    boolean temperatureReached;
    /** Today's deadline for the daily minimum; null when the load has none. */
    @Nullable
    Instant deadline;
    String deadlineText = "";

    // --- derived from since, see refreshEnds
    private @Nullable Instant endsOf;
    private Instant minOnEnd = Instant.MIN;
    private @Nullable Instant minOffEnd;

    // --- scratch of the step being planned
    boolean decided;
    boolean wantOn;
    Reason reason = Reason.NO_SURPLUS;
    @Nullable
    Instant nextChange;
    Supplier<String> detail = NO_DETAIL;
    /** Classified as running on surplus this step: a candidate to stop or to pre-empt. */
    boolean surplusRunning;
    /** The {@link #order} of the higher-priority load this one is pledged to as pre-emption victim; -1: none. */
    int pledgedTo = -1;

    SurplusLoad(SurplusLoadConfig config, int order) {
        this.config = config;
        this.order = order;
        this.minOnTimePerDayNanos = config.minOnTimePerDay().toNanos();
    }

    String name() {
        return config.name();
    }

    void resetScratch() {
        decided = false;
        wantOn = on;
        reason = Reason.NO_SURPLUS;
        nextChange = null;
        detail = NO_DETAIL;
        surplusRunning = false;
        pledgedTo = -1;
    }

    void decide(boolean targetOn, Reason why, @Nullable Instant next, Supplier<String> text) {
        decided = true;
        wantOn = targetOn;
        reason = why;
        nextChange = next;
        detail = text;
    }

    /** @return when the min on time of the current run ends (the switch-on itself when not known) */
    Instant minOnEnd() {
        refreshEnds();
        return minOnEnd;
    }

    /** @return when the min off time ends; null when the load never ran */
    @Nullable
    Instant minOffEnd() {
        refreshEnds();
        return minOffEnd;
    }

    /** The min on and off ends follow {@link #since}; they are asked for at every step but change only with it. */
    private void refreshEnds() {
        Instant switched = since;
        if (!Objects.equals(switched, endsOf)) {
            workOutEnds(switched);
        }
    }

    /** A method of its own: it runs once per switch, {@link #refreshEnds} at every step (kept small to inline). */
    private void workOutEnds(@Nullable Instant switched) {
        endsOf = switched;
        minOnEnd = switched == null ? Instant.MIN : switched.plus(config.minOnTime());
        minOffEnd = switched == null ? null : switched.plus(config.minOffTime());
    }

    boolean minOffHeld(Instant now) {
        Instant end = minOffEnd();
        return end != null && now.isBefore(end);
    }

    /**
     * Notes that the running load is without surplus at {@code now}, and says since when without a break.
     *
     * @param previousStep the step before this one; a condition not seen there starts anew
     * @return when its stop delay ends (now when it has none)
     */
    Instant stopDelayEnd(Instant now, @Nullable Instant previousStep) {
        Instant since = stopConditionSince;
        Instant checked = stopCheckedAt;
        if (since == null || checked == null || !checked.equals(previousStep)) {
            since = now;
            stopConditionSince = now;
        }
        stopCheckedAt = now;
        return since.plus(config.stopDelay());
    }

    /**
     * Takes a temperature reading: at or above the stop temperature the load counts as warm enough, until a reading
     * at or below the stop temperature minus the hysteresis.
     */
    void takeTemperature(double celsius, Instant at) {
        temperature = celsius;
        temperatureAt = at;
        double stop = config.stopTemperature();
        if (celsius >= stop) {
            temperatureReached = true;
        } else if (celsius <= stop - SurplusLoadConfig.TEMPERATURE_HYSTERESIS) {
            temperatureReached = false;
        }
    }

    /** The temperature is unknown (UNDEF): it is ignored, as without a stop temperature. */
    void forgetTemperature() {
        temperature = Double.NaN;
        temperatureAt = null;
        temperatureReached = false;
    }

    /**
     * @return whether the load's temperature, fresh, has reached its stop temperature (and not dropped by the
     *         hysteresis since); a stale or missing reading is ignored
     */
    boolean warmEnough(Instant now) {
        Instant staleAt = temperatureStaleAt();
        return temperatureReached && staleAt != null && now.isBefore(staleAt);
    }

    /** @return when the temperature reading goes stale, null when there is none */
    @Nullable
    Instant temperatureStaleAt() {
        Instant at = temperatureAt;
        // a reading exactly TEMPERATURE_STALE_AFTER old still counts, as a meter reading does
        return at == null ? null : at.plus(SurplusLoadConfig.TEMPERATURE_STALE_AFTER).plusNanos(1);
    }

    /** @return when a force of {@code duration} from {@code now} ends: {@link #UNTIL_RELEASED} for 0 */
    static Instant forceEnd(Instant now, Duration duration) {
        return duration.isZero() ? UNTIL_RELEASED : now.plus(duration);
    }

    /** @return ns of daily minimum still to run today, 0 when met or when the load has none */
    long remainingNanos() {
        return Math.max(0, minOnTimePerDayNanos - runtimeTodayNanos);
    }

    /** @return whether the load has a daily minimum and has run it today */
    boolean metDailyMinimum() {
        return minOnTimePerDayNanos > 0 && runtimeTodayNanos >= minOnTimePerDayNanos;
    }

    /** @return whether the load still misses runtime of its daily minimum, before today's deadline */
    boolean needsDailyMinimum(Instant now) {
        Instant end = deadline;
        return end != null && remainingNanos() > 0 && now.isBefore(end);
    }

    /** @return the instant the daily minimum must be forced in at the latest; null when nothing is due */
    @Nullable
    Instant forcingStart() {
        Instant end = deadline;
        long remaining = remainingNanos();
        return end == null || remaining == 0 ? null : end.minusNanos(remaining);
    }

    /** @return whether an off load must start now to reach its daily minimum by the deadline */
    boolean dailyMinimumDue(Instant now) {
        Instant start = forcingStart();
        Instant end = deadline;
        return start != null && end != null && now.isBefore(end) && !now.isBefore(start);
    }

    /**
     * @return whether a running load must keep running: stopped now, its min off time would end after the
     *         instant the daily minimum has to start
     */
    boolean dailyMinimumProtects(Instant now) {
        Instant start = forcingStart();
        Instant end = deadline;
        return start != null && end != null && now.isBefore(end)
                && !now.plus(config.minOffTime()).isBefore(start);
    }

    /**
     * @param gridAt when the grid reading of this step was taken
     * @param now the step instant
     * @param staleAfter the age at which a load measurement is stale
     * @return W of this load that the grid reading already shows: its own fresh measurement when taken during
     *         the current run (strictly after the switch-on) and no later than the grid reading, else 0
     */
    double visibleWatts(Instant gridAt, Instant now, Duration staleAfter) {
        PowerReading own = measured;
        Instant from = promiseFrom;
        if (own == null || from == null || own.isStaleAt(now, staleAfter) || !own.at().isAfter(from)
                || own.at().isBefore(measuredRunFrom) || gridAt.isBefore(own.at())) {
            return 0;
        }
        return Math.max(0, Math.min(config.power(), own.watts()));
    }

    /** @return W the meter cannot show yet of a load within its settle window */
    double promisedWatts(Instant gridAt, Instant now, Duration staleAfter) {
        return config.power() - visibleWatts(gridAt, now, staleAfter);
    }

    /** @return W the expected import drops by when this running load stops */
    double freedWatts(Instant now, Duration staleAfter) {
        if (promiseFrom != null) {
            return config.power(); // its promise, plus whatever the meter already shows of it
        }
        PowerReading own = measured;
        return own == null || own.isStaleAt(now, staleAfter) ? config.power() : Math.max(0, own.watts());
    }
}
