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
package org.openhab.smartgrid.simulator.output;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * The aggregate of the steps that fall into one chart bucket: extremes of the powers and temperatures, and how
 * long each mode, lock and load lasted.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ChartBucket {

    double seconds;
    double gridMin = Double.POSITIVE_INFINITY;
    double gridMax = Double.NEGATIVE_INFINITY;
    double pvMax;
    double heatPumpJoules;
    /** The highest running quarter-hour average (W): what the load manager watches during a quarter. */
    double quarterHourMax;
    /** The highest average of a finished quarter-hour that began in the bucket (W), 0 without one. */
    double finishedQuarterMax;
    /** When that quarter began, null without one. */
    @Nullable
    Instant finishedQuarterStart;
    double tankMin = Double.POSITIVE_INFINITY;
    double tankMax = Double.NEGATIVE_INFINITY;
    double bufferSum;
    double gridLockSeconds;
    final double[] effectiveSeconds = new double[SgMode.values().length];
    final double[] wantedSeconds = new double[SgMode.values().length];
    final double[] loadSeconds;

    ChartBucket(int loads) {
        loadSeconds = new double[loads];
    }

    boolean isEmpty() {
        return seconds <= 0;
    }

    void add(SimulationStep s) {
        double d = Math.max(s.intervalSeconds(), 1e-3);
        seconds += d;
        gridMin = Math.min(gridMin, s.gridPower());
        gridMax = Math.max(gridMax, s.gridPower());
        pvMax = Math.max(pvMax, s.pvPower());
        heatPumpJoules += s.heatPumpPower() * d;
        quarterHourMax = Math.max(quarterHourMax, s.quarterHourAverage());
        tankMin = Math.min(tankMin, s.tankTemperature());
        tankMax = Math.max(tankMax, s.tankTemperature());
        bufferSum += s.bufferTemperature() * d;
        if (s.gridLock()) {
            gridLockSeconds += d;
        }
        effectiveSeconds[s.effectiveMode().ordinal()] += d;
        wantedSeconds[s.wantedMode().ordinal()] += d;
        for (int i = 0; i < loadSeconds.length; i++) {
            if (s.loadRuns(i)) {
                loadSeconds[i] += d;
            }
        }
    }

    /** Books a finished quarter-hour that began in this bucket. */
    void addQuarter(FinishedQuarter quarter) {
        keepQuarter(quarter.start(), quarter.averageWatts());
    }

    private void keepQuarter(Instant start, double average) {
        if (finishedQuarterStart == null || average > finishedQuarterMax) {
            finishedQuarterMax = average;
            finishedQuarterStart = start;
        }
    }

    /** Adds {@code other} into this bucket (used when the chart halves its resolution). */
    void merge(ChartBucket other) {
        seconds += other.seconds;
        gridMin = Math.min(gridMin, other.gridMin);
        gridMax = Math.max(gridMax, other.gridMax);
        pvMax = Math.max(pvMax, other.pvMax);
        heatPumpJoules += other.heatPumpJoules;
        quarterHourMax = Math.max(quarterHourMax, other.quarterHourMax);
        Instant otherQuarter = other.finishedQuarterStart;
        if (otherQuarter != null) {
            keepQuarter(otherQuarter, other.finishedQuarterMax);
        }
        tankMin = Math.min(tankMin, other.tankMin);
        tankMax = Math.max(tankMax, other.tankMax);
        bufferSum += other.bufferSum;
        gridLockSeconds += other.gridLockSeconds;
        for (int i = 0; i < effectiveSeconds.length; i++) {
            effectiveSeconds[i] += other.effectiveSeconds[i];
            wantedSeconds[i] += other.wantedSeconds[i];
        }
        for (int i = 0; i < loadSeconds.length; i++) {
            loadSeconds[i] += other.loadSeconds[i];
        }
    }

    double heatPumpAverage() {
        return heatPumpJoules / seconds;
    }

    double bufferAverage() {
        return bufferSum / seconds;
    }

    /** @return the mode that lasted longest in the bucket */
    static SgMode dominant(double[] modeSeconds) {
        int best = 0;
        for (int i = 1; i < modeSeconds.length; i++) {
            if (modeSeconds[i] > modeSeconds[best]) {
                best = i;
            }
        }
        return SgMode.values()[best];
    }
}
