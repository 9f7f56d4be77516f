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
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.load.QuarterStatus;

/**
 * Grid import over fixed local clock quarter-hours (:00, :15, :30, :45), as the capacity tariff bills it, booked by
 * the core's meter ({@link org.openhab.smartgrid.core.load.QuarterHourMeter}, the load manager's): a step's import
 * is split over the quarters its interval covers, and time no step covers is unmeasured (no energy). There is one
 * way of splitting energy into quarters, the core's; this class only feeds it the simulation's steps.
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
    private static final long QUARTER_MS = org.openhab.smartgrid.core.load.QuarterHourMeter.QUARTER.toMillis();

    private final org.openhab.smartgrid.core.load.QuarterHourMeter meter;
    /** Told each quarter as the core finishes it; the report draws them. */
    private final Consumer<FinishedQuarter> onFinished;
    private double peakAverage;
    /** Where the last step's interval ended; the open quarter is the one before it. */
    private long endMs = Long.MIN_VALUE;

    public QuarterHourMeter(ZoneId zone) {
        this(zone, quarter -> {
        });
    }

    /**
     * @param onFinished told each quarter-hour the core finishes (a later step lies in a later quarter); the last
     *            one, still open, is {@link #lastQuarter()}
     */
    public QuarterHourMeter(ZoneId zone, Consumer<FinishedQuarter> onFinished) {
        this.onFinished = onFinished;
        this.meter = new org.openhab.smartgrid.core.load.QuarterHourMeter(zone, HOLD, this::finished);
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
        // a replay books every sample here twice (the step's running average, the summary's peak): the core
        // meter's calls by epoch milliseconds make no object per sample
        meter.addPower(from, importPower);
        // the quarter so far (up to this step) from the core, plus this step's share of it
        meter.measure(from);
        long inQuarter = Math.min(to, meter.measuredStartMillis() + QUARTER_MS) - from;
        double joules = meter.measuredEnergyWh() * 3600 + Math.max(0.0, importPower) * inQuarter / 1000.0;
        long measured = meter.measuredMillis() + inQuarter;
        meter.powerUndefined(to);
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
        QuarterStatus open = meter.status(Instant.ofEpochMilli(endMs - 1));
        return new FinishedQuarter(open.start(), open.energyWh(), Duration.ofMillis(open.measuredMillis()));
    }

    private void finished(FinishedQuarter quarter) {
        peakAverage = Math.max(peakAverage, quarter.averageWatts());
        onFinished.accept(quarter);
    }
}
