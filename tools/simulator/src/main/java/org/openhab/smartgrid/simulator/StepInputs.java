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
package org.openhab.smartgrid.simulator;

import java.time.Instant;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HeatPumpStatus;

/**
 * What the engine sees at one time step of a replay: the same inputs openHAB items would give it.
 * <p>
 * A replay fills one for the whole run again at every sample ({@link #set}), as it does its
 * {@link org.openhab.smartgrid.simulator.model.SimulationStep}: an engine reads it during its {@code step} call only.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class StepInputs {

    private Instant time = Instant.EPOCH;
    private double meterPower;
    private double basePower;
    private double pvPower;
    private double batteryPower;
    private OptionalDouble stateOfCharge = OptionalDouble.empty();
    private boolean gridLock;
    private double heatPumpPower;
    private double tankTemperature;

    /** Inputs for {@link #set} to fill. */
    StepInputs() {
    }

    /**
     * @param time the instant of the step (the engine's "now"; the simulator never reads a clock)
     * @param meterPower grid power as the meter reads it, managed loads included (W, + import, - export); this is
     *            what the energy and load managers are fed
     * @param basePower grid power without the managed loads (W), for engines that want it
     * @param pvPower PV production (W)
     * @param batteryPower battery power (W, + charging, - discharging)
     * @param stateOfCharge battery state of charge (%), empty without a battery
     * @param gridLock whether the grid operator's lock contact is active
     * @param heatPump the simulated heat pump as it runs now (before this step's decision)
     */
    public StepInputs(Instant time, double meterPower, double basePower, double pvPower, double batteryPower,
            OptionalDouble stateOfCharge, boolean gridLock, HeatPumpStatus heatPump) {
        set(time, meterPower, basePower, pvPower, batteryPower, stateOfCharge, gridLock, heatPump.electricPower(),
                heatPump.tankTemperature());
    }

    /**
     * Fills the inputs of the next step; see {@link #StepInputs(Instant, double, double, double, double,
     * OptionalDouble, boolean, HeatPumpStatus)}, with the heat pump's power (W) and tank temperature (°C).
     *
     * @return these inputs
     */
    StepInputs set(Instant time, double meterPower, double basePower, double pvPower, double batteryPower,
            OptionalDouble stateOfCharge, boolean gridLock, double heatPumpPower, double tankTemperature) {
        this.time = time;
        this.meterPower = meterPower;
        this.basePower = basePower;
        this.pvPower = pvPower;
        this.batteryPower = batteryPower;
        this.stateOfCharge = stateOfCharge;
        this.gridLock = gridLock;
        this.heatPumpPower = heatPumpPower;
        this.tankTemperature = tankTemperature;
        return this;
    }

    /** @return inputs of their own with the same values, for a caller that keeps them beyond the engine's call */
    public StepInputs copy() {
        return new StepInputs().set(time, meterPower, basePower, pvPower, batteryPower, stateOfCharge, gridLock,
                heatPumpPower, tankTemperature);
    }

    /** @return the instant of the step */
    public Instant time() {
        return time;
    }

    /** @return grid power as the meter reads it, managed loads included (W, + import, - export) */
    public double meterPower() {
        return meterPower;
    }

    /** @return grid power without the managed loads (W) */
    public double basePower() {
        return basePower;
    }

    /** @return PV production (W) */
    public double pvPower() {
        return pvPower;
    }

    /** @return battery power (W, + charging, - discharging) */
    public double batteryPower() {
        return batteryPower;
    }

    /** @return battery state of charge (%), empty without a battery */
    public OptionalDouble stateOfCharge() {
        return stateOfCharge;
    }

    /** @return whether the grid operator's lock contact is active */
    public boolean gridLock() {
        return gridLock;
    }

    /** @return W the simulated heat pump draws now (before this step's decision) */
    public double heatPumpPower() {
        return heatPumpPower;
    }

    /** @return the simulated heat pump's tap water tank temperature now (°C) */
    public double tankTemperature() {
        return tankTemperature;
    }
}
