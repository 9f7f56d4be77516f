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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.ZoneOffsets;

/**
 * Running average of grid import over fixed local clock quarter-hours (:00, :15, :30, :45), as the capacity
 * tariff bills it. Each step's import is counted in the quarter-hour in which the step starts.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class QuarterHourMeter {

    private final ZoneOffsets offsets;
    /** The start of the open quarter in epoch ms; the epoch before the first sample. */
    private long quarterStartMs;
    /** The open quarter as epoch milliseconds [from, to): most samples fall inside it and skip the zone lookup. */
    private long quarterFromMs = Long.MAX_VALUE;
    private long quarterToMs = Long.MIN_VALUE;
    private double energyJoules;
    private double seconds;
    private double peakAverage;

    public QuarterHourMeter(ZoneId zone) {
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

    /** {@link #add(Instant, Duration, double)} for an interval of {@code intervalSeconds} (its ms / 1000). */
    public double add(Instant time, double intervalSeconds, double importPower) {
        long ms = time.toEpochMilli();
        if (ms < quarterFromMs || ms >= quarterToMs) {
            enterQuarter(ms);
        }
        energyJoules += Math.max(0.0, importPower) * intervalSeconds;
        seconds += intervalSeconds;
        return seconds > 0 ? energyJoules / seconds : 0.0;
    }

    /**
     * @return the highest average of a quarter-hour, the open one included, in W; a quarter-hour counts over its
     *         full 15 minutes (a partly covered one as if it imported nothing for the rest)
     */
    public double peakAverage() {
        return Math.max(peakAverage, energyJoules / (15 * 60.0));
    }

    /** Once a quarter (a method of its own, so that {@link #add} stays small enough for the JIT to inline). */
    private void enterQuarter(long ms) {
        // the quarters of the load manager, which the capacity tariff bills
        long start = org.openhab.smartgrid.core.load.QuarterHourMeter.quarterStartMillis(ms, offsets.offsetMillis(ms));
        if (start != quarterStartMs) {
            closeQuarter();
            quarterStartMs = start;
        }
        // clock quarter-hours are 15 real minutes even across a DST change (those happen on the hour)
        quarterFromMs = start;
        quarterToMs = quarterFromMs + 15 * 60_000L;
    }

    private void closeQuarter() {
        peakAverage = Math.max(peakAverage, energyJoules / (15 * 60.0));
        energyJoules = 0;
        seconds = 0;
    }
}
