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
package org.openhab.smartgrid.simulator.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.ZoneOffsets;
import org.openhab.smartgrid.core.load.FinishedQuarter;

/**
 * Grid import over fixed local clock quarter-hours (:00, :15, :30, :45), as the capacity tariff bills it, booked as
 * the core's meter ({@link org.openhab.smartgrid.core.load.QuarterHourMeter}, the load manager's) books it: a
 * step's import is split over the quarters its interval covers, and time no step covers is unmeasured (no energy).
 * <p>
 * A replay books every sample here twice (the step's running average and the summary's peak), so this class does
 * the core meter's arithmetic for the one way the simulator feeds it, without the core meter's objects (a power
 * reading, a quarter status and an instant per step): a step is the core meter's {@code addPower} at its time,
 * {@code status} there, and {@code powerUndefined} at its end. Each sum is the core's expression in the core's
 * order, so the figures are the core meter's to the last bit ({@code QuarterHourMeterTest} replays random steps
 * through both and compares them exactly); a change to how the core books power must be made here too.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class QuarterHourMeter {

    /**
     * How long the core meter holds a power at most. Each step ends its power itself ({@code powerUndefined}), so
     * this only has to be longer than any booked interval: the longest sample gap allowed is a day.
     */
    static final Duration HOLD = Duration.ofDays(2);
    private static final long HOLD_MS = HOLD.toMillis();
    private static final long QUARTER_MS = org.openhab.smartgrid.core.load.QuarterHourMeter.QUARTER.toMillis();
    /** The core meter's J per Wh: its quarters keep joules and report Wh. */
    private static final double JOULES_PER_WH = 3600;
    private static final long NONE = Long.MIN_VALUE;

    private final ZoneOffsets offsets;
    /** Told each quarter as it finishes; the report draws them. */
    private final Consumer<FinishedQuarter> onFinished;
    private double peakAverage;
    /** Where the last step's interval ended; the open quarter is the one before it. */
    private long endMs = Long.MIN_VALUE;

    // the core meter's state, for steps that each end their own power
    /** The quarter of the last look-up: consecutive steps mostly lie in it. */
    private long cachedQuarterStart = NONE;
    /** The quarter that booked energy goes into; NONE when none is open. */
    private long bucketStart = NONE;
    private double bucketJoules;
    private long bucketMeasuredMs;
    /** Everything before this instant has been booked or is unmeasured. */
    private long processedUntil = NONE;

    public QuarterHourMeter(ZoneId zone) {
        this(zone, quarter -> {
        });
    }

    /**
     * @param onFinished told each quarter-hour as it finishes (a later step lies in a later quarter); the last
     *            one, still open, is {@link #lastQuarter()}
     */
    public QuarterHourMeter(ZoneId zone, Consumer<FinishedQuarter> onFinished) {
        this.onFinished = onFinished;
        this.offsets = new ZoneOffsets(zone);
    }

    /**
     * Adds {@code importPower} W held during {@code interval} from {@code time}.
     *
     * @return the running average import of the quarter-hour that {@code time} lies in (W)
     */
    public double add(Instant time, Duration interval, double importPower) {
        return add(time, SimulationStep.seconds(interval), importPower);
    }

    /**
     * {@link #add(Instant, Duration, double)} for an interval of {@code intervalSeconds} (its ms / 1000); the steps
     * come in time order, and the time between one step's end and the next step is unmeasured.
     *
     * @return the average import over the measured time of the quarter-hour that {@code time} lies in, this step's
     *         part of it included (W)
     */
    public double add(Instant time, double intervalSeconds, double importPower) {
        long from = time.toEpochMilli();
        long to = from + Math.round(intervalSeconds * 1000);
        // the core's addPower(from): the power held before has been ended by the step before, so nothing is booked
        if (processedUntil != NONE && from < processedUntil - HOLD_MS) {
            // the core's start over: the clock went back by more than the hold
            bucketStart = NONE;
            bucketJoules = 0;
            bucketMeasuredMs = 0;
            processedUntil = from;
        }
        if (processedUntil == NONE) {
            processedUntil = from;
        } else {
            closeEndedBefore(from);
            processedUntil = Math.max(processedUntil, from);
        }
        // the core's status(from): the quarter so far; the held power adds nothing yet (processedUntil >= from)
        long start = quarterStartMillis(from);
        double energyWh = 0;
        long measuredBefore = 0;
        if (bucketStart == start) {
            energyWh = bucketJoules / JOULES_PER_WH;
            measuredBefore = bucketMeasuredMs;
        }
        // plus this step's share of the quarter, as the simulator has always worked it out from the status
        long inQuarter = Math.min(to, start + QUARTER_MS) - from;
        double joules = energyWh * 3600 + Math.max(0.0, importPower) * inQuarter / 1000.0;
        long measured = measuredBefore + inQuarter;
        // the core's powerUndefined(to): the power held from `from` is booked up to `to`
        if (to > processedUntil) {
            integrate(processedUntil, Math.min(to, from + HOLD_MS), importPower);
        }
        closeEndedBefore(to);
        processedUntil = Math.max(processedUntil, to);
        endMs = to;
        return measured > 0 ? joules * 1000.0 / measured : 0.0;
    }

    /**
     * @return the highest average of a quarter-hour, the open one included, in W; a quarter-hour counts over its
     *         full 15 minutes (a partly covered one as if it imported nothing for the rest)
     */
    public double peakAverage() {
        FinishedQuarter open = lastQuarter();
        return open == null ? peakAverage : Math.max(peakAverage, open.averageWatts());
    }

    /**
     * @return the quarter-hour the last step ended in, as if it ended now (it counts over its full 15 minutes), or
     *         null before the first step; at the end of a run, the quarter no later step finishes
     */
    public @Nullable FinishedQuarter lastQuarter() {
        if (endMs == Long.MIN_VALUE) {
            return null;
        }
        long start = quarterStartMillis(endMs - 1);
        boolean open = bucketStart == start;
        return new FinishedQuarter(Instant.ofEpochMilli(start), open ? bucketJoules / JOULES_PER_WH : 0.0,
                Duration.ofMillis(open ? bucketMeasuredMs : 0));
    }

    /** The core's integrate: {@code watts} of import over [from, to), across quarters. */
    private void integrate(long from, long to, double watts) {
        long t = Math.max(from, processedUntil);
        double importWatts = Math.max(0, watts);
        while (t < to) {
            if (bucketStart == NONE || t >= bucketStart + QUARTER_MS) {
                closeBucket();
                bucketStart = quarterStartMillis(t);
            }
            long end = Math.min(to, bucketStart + QUARTER_MS);
            bucketJoules += importWatts * (end - t) / 1000.0;
            bucketMeasuredMs += end - t;
            t = end;
        }
        if (to > from) {
            processedUntil = Math.max(processedUntil, to);
        }
    }

    private long quarterStartMillis(long t) {
        long cached = cachedQuarterStart;
        if (cached != NONE && t >= cached && t - cached < QUARTER_MS) {
            return cached;
        }
        return enterQuarter(t);
    }

    /** Once a quarter: a method of its own, so that the code run at every step stays small. */
    private long enterQuarter(long t) {
        long start = org.openhab.smartgrid.core.load.QuarterHourMeter.quarterStartMillis(t, offsets.offsetMillis(t));
        cachedQuarterStart = start;
        return start;
    }

    private void closeEndedBefore(long t) {
        if (bucketStart != NONE && bucketStart + QUARTER_MS <= t) {
            closeBucket();
        }
    }

    private void closeBucket() {
        if (bucketStart != NONE && bucketMeasuredMs > 0) {
            FinishedQuarter quarter = new FinishedQuarter(Instant.ofEpochMilli(bucketStart),
                    bucketJoules / JOULES_PER_WH, Duration.ofMillis(bucketMeasuredMs));
            peakAverage = Math.max(peakAverage, quarter.averageWatts());
            onFinished.accept(quarter);
        }
        bucketStart = NONE;
        bucketJoules = 0;
        bucketMeasuredMs = 0;
    }
}
