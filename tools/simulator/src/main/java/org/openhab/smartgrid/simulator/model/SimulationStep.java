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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Everything the outputs need about one simulated time step.
 * <p>
 * A replay has millions of steps, so the simulation does not allocate one per sample: it fills the same step again
 * with {@link #set} for every sample. A {@link org.openhab.smartgrid.simulator.output.SimulationSink} therefore reads
 * a step only during its call, and keeps a {@link #copy()} when it needs the step later.
 * <p>
 * The managed loads are the run's loads ({@link org.openhab.smartgrid.simulator.output.RunInfo#loads()}), by index:
 * {@link #loadRuns(int)} tells whether load {@code i} of {@link #loads()} runs during the step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulationStep {

    private final List<String> loads;
    private final boolean[] loadRuns;
    private Instant time = Instant.EPOCH;
    private Duration interval = Duration.ZERO;
    private double intervalSeconds;
    private double measuredSeconds;
    private double gridPower;
    private double pvPower;
    private double surplus;
    private double quarterHourAverage;
    private SgMode wantedMode = SgMode.NORMAL;
    private SgMode effectiveMode = SgMode.NORMAL;
    private boolean gridLock;
    // the heat pump as numbers, not a status object: a replay fills them at every sample
    private HeatPumpTask heatPumpTask = HeatPumpTask.IDLE;
    private double heatPumpPower;
    private double tankTemperature;
    private double bufferTemperature;
    private final @Nullable QuarterHourMeter quarterHours;

    /**
     * A step over {@code loads}, all off, at the epoch: {@link #set} fills it.
     *
     * @param loads every managed load's name, in configuration order
     */
    public SimulationStep(List<String> loads) {
        this(loads, null);
    }

    /**
     * @param quarterHours the run's quarter-hour meter, which has booked each step's import (its measured time at
     *            {@link #importPower()}) when the step reaches the sinks; null when the steps come from elsewhere
     */
    public SimulationStep(List<String> loads, @Nullable QuarterHourMeter quarterHours) {
        this.loads = List.copyOf(loads);
        this.loadRuns = new boolean[loads.size()];
        this.quarterHours = quarterHours;
    }

    /**
     * Fills the step with the next sample's values.
     *
     * @param time the instant of the step
     * @param interval how long the step's decisions hold (until the next sample)
     * @param gridPower simulated grid power, managed loads included (W, + import)
     * @param pvPower PV production (W)
     * @param surplus PV power left after the household and the battery, before managed loads (W, >= 0)
     * @param quarterHourAverage running average import of the current clock quarter-hour (W)
     * @param wantedMode the mode the arbiter wants
     * @param effectiveMode the mode the relays apply after the guards
     * @param gridLock whether the grid operator's lock contact is active
     * @param loadRuns per load of {@link #loads()}, whether it runs (copied)
     * @param heatPump the simulated heat pump during the step
     * @return this step
     * @throws IllegalArgumentException when {@code loadRuns} does not have one entry per load
     */
    public SimulationStep set(Instant time, Duration interval, double gridPower, double pvPower, double surplus,
            double quarterHourAverage, SgMode wantedMode, SgMode effectiveMode, boolean gridLock, boolean[] loadRuns,
            HeatPumpStatus heatPump) {
        return set(time, interval, gridPower, pvPower, surplus, quarterHourAverage, wantedMode, effectiveMode, gridLock,
                loadRuns).heatPump(heatPump.task(), heatPump.electricPower(), heatPump.tankTemperature(),
                        heatPump.bufferTemperature());
    }

    /**
     * {@link #set(Instant, Duration, double, double, double, double, SgMode, SgMode, boolean, boolean[],
     * HeatPumpStatus)} without the heat pump, which {@link #heatPump(HeatPumpTask, double, double, double)} fills.
     *
     * @return this step
     */
    public SimulationStep set(Instant time, Duration interval, double gridPower, double pvPower, double surplus,
            double quarterHourAverage, SgMode wantedMode, SgMode effectiveMode, boolean gridLock, boolean[] loadRuns) {
        if (loadRuns.length != this.loadRuns.length) {
            throw new IllegalArgumentException(
                    "loadRuns needs one entry per load (" + this.loadRuns.length + "), had " + loadRuns.length);
        }
        this.time = time;
        if (!interval.equals(this.interval)) {
            // a fixed-rate trace passes the same interval at every sample
            this.interval = interval;
            this.intervalSeconds = seconds(interval);
        }
        this.measuredSeconds = intervalSeconds;
        this.gridPower = gridPower;
        this.pvPower = pvPower;
        this.surplus = surplus;
        this.quarterHourAverage = quarterHourAverage;
        this.wantedMode = wantedMode;
        this.effectiveMode = effectiveMode;
        this.gridLock = gridLock;
        System.arraycopy(loadRuns, 0, this.loadRuns, 0, loadRuns.length);
        return this;
    }

    /**
     * Fills the simulated heat pump during the step.
     *
     * @param task what the compressor does
     * @param power W drawn from the grid
     * @param tank tap water tank temperature (°C)
     * @param buffer buffer tank temperature (°C)
     * @return this step
     */
    public SimulationStep heatPump(HeatPumpTask task, double power, double tank, double buffer) {
        this.heatPumpTask = task;
        this.heatPumpPower = power;
        this.tankTemperature = tank;
        this.bufferTemperature = buffer;
        return this;
    }

    /**
     * Marks the step as the last before a gap in the samples: its values hold for {@code seconds} only (the maximum
     * sample gap) and the rest of its interval is unmeasured. {@link #set} makes a step measured throughout again.
     *
     * @return this step
     */
    public SimulationStep measuredFor(double seconds) {
        this.measuredSeconds = Math.min(seconds, intervalSeconds);
        return this;
    }

    /**
     * @return {@code interval} in seconds as the simulation counts it (whole milliseconds / 1000): the one conversion
     *         the step, the heat pump model and the quarter-hour meter share
     */
    public static double seconds(Duration interval) {
        return interval.toMillis() / 1000.0;
    }

    /**
     * @return a step of its own with the same values, for a sink that keeps steps beyond its call; without the
     *         run's meter, which books on after this step
     */
    public SimulationStep copy() {
        return new SimulationStep(loads).set(time, interval, gridPower, pvPower, surplus, quarterHourAverage,
                wantedMode, effectiveMode, gridLock, loadRuns)
                .heatPump(heatPumpTask, heatPumpPower, tankTemperature, bufferTemperature).measuredFor(measuredSeconds);
    }

    /** @return the instant of the step */
    public Instant time() {
        return time;
    }

    /** @return how long the step's decisions hold (until the next sample) */
    public Duration interval() {
        return interval;
    }

    /** @return {@link #interval()} in seconds, counted in whole milliseconds as every output counts it */
    public double intervalSeconds() {
        return intervalSeconds;
    }

    /**
     * @return how long of {@link #intervalSeconds()} the step's powers hold, in seconds: the whole interval, or the
     *         maximum sample gap when the next sample comes later (a gap); energy is booked for this time only
     */
    public double measuredSeconds() {
        return measuredSeconds;
    }

    /** @return whether the next sample came later than the maximum sample gap (see {@link #measuredSeconds()}) */
    public boolean beforeGap() {
        return measuredSeconds < intervalSeconds;
    }

    /** @return simulated grid power, managed loads included (W, + import) */
    public double gridPower() {
        return gridPower;
    }

    /** @return PV production (W) */
    public double pvPower() {
        return pvPower;
    }

    /** @return PV power left after the household and the battery, before managed loads (W, >= 0) */
    public double surplus() {
        return surplus;
    }

    /** @return running average import of the current clock quarter-hour (W) */
    public double quarterHourAverage() {
        return quarterHourAverage;
    }

    /** @return the mode the arbiter wants */
    public SgMode wantedMode() {
        return wantedMode;
    }

    /** @return the mode the relays apply after the guards */
    public SgMode effectiveMode() {
        return effectiveMode;
    }

    /** @return whether the grid operator's lock contact is active */
    public boolean gridLock() {
        return gridLock;
    }

    /** @return every managed load's name, in configuration order */
    public List<String> loads() {
        return loads;
    }

    /** @return whether load {@code index} of {@link #loads()} runs during the step */
    public boolean loadRuns(int index) {
        return loadRuns[index];
    }

    /**
     * @return whether the load named {@code load} runs during the step
     * @throws IllegalArgumentException when the step has no such load
     */
    public boolean loadRuns(String load) {
        int index = loads.indexOf(load);
        if (index < 0) {
            throw new IllegalArgumentException("no managed load named '" + load + "', the loads are " + loads);
        }
        return loadRuns[index];
    }

    /**
     * @return the run's quarter-hour meter, booked up to the end of this step (a sink that sums quarter-hours
     *         reads it instead of booking every step again), or null when the steps do not come from a run
     */
    public @Nullable QuarterHourMeter quarterHours() {
        return quarterHours;
    }

    /**
     * @return the simulated heat pump during the step, as a new status object (the sinks that run at every sample
     *         read {@link #heatPumpPower()}, {@link #tankTemperature()} and the others instead)
     */
    public HeatPumpStatus heatPump() {
        return new HeatPumpStatus(heatPumpTask, heatPumpPower, tankTemperature, bufferTemperature);
    }

    /** @return W the simulated heat pump draws from the grid during the step */
    public double heatPumpPower() {
        return heatPumpPower;
    }

    /** @return whether the heat pump's compressor runs during the step */
    public boolean compressorOn() {
        return heatPumpTask.compressorOn();
    }

    /** @return the tap water tank's temperature at the step (°C) */
    public double tankTemperature() {
        return tankTemperature;
    }

    /** @return the buffer tank's temperature at the step (°C) */
    public double bufferTemperature() {
        return bufferTemperature;
    }

    /** @return imported power (W, >= 0) */
    public double importPower() {
        return Math.max(0.0, gridPower);
    }

    /** @return exported power (W, >= 0) */
    public double exportPower() {
        return Math.max(0.0, -gridPower);
    }

    @Override
    public String toString() {
        return "SimulationStep[" + time + " for " + interval + ": grid " + gridPower + " W, PV " + pvPower + " W, "
                + wantedMode + " -> " + effectiveMode + (gridLock ? ", grid lock" : "") + ", heat pump " + heatPump()
                + "]";
    }
}
