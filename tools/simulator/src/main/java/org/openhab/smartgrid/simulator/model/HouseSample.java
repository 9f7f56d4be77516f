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

import java.time.Instant;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One time step of a house without its managed loads: what the simulator replays.
 * <p>
 * Sign conventions: all powers in W; {@code batteryPower} is positive while the battery charges (it consumes) and
 * negative while it discharges. The grid power of the house is
 * {@code household - pv + battery + managed loads} (positive = import).
 *
 * @param time the instant of the sample
 * @param householdPower consumption of everything that the simulator does not manage (W, >= 0)
 * @param pvPower PV production (W, >= 0)
 * @param batteryPower battery power (W, + charging, - discharging)
 * @param stateOfCharge battery state of charge in %, empty when there is no battery
 * @param gridLock whether the grid operator's lock contact is active
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HouseSample(Instant time, double householdPower, double pvPower, double batteryPower,
        OptionalDouble stateOfCharge, boolean gridLock) {

    /**
     * Builds a sample from what a real meter saw. The real heat pump's power is removed, because the replay adds
     * the simulated heat pump instead.
     *
     * @param gridPower measured grid power (W, + import, - export), with the real heat pump running
     * @param realHeatPumpPower what the real heat pump drew (W), 0 when the trace has no such column
     */
    public static HouseSample fromMeter(Instant time, double gridPower, double pvPower, double batteryPower,
            OptionalDouble stateOfCharge, double realHeatPumpPower, boolean gridLock) {
        double household = gridPower + pvPower - batteryPower - realHeatPumpPower;
        // meters and inverters are not sampled at the same instant: never let the rest of the house produce power
        return new HouseSample(time, Math.max(0.0, household), pvPower, batteryPower, stateOfCharge, gridLock);
    }

    /** @return the grid power of the house with {@code managedPower} W of managed loads running */
    public double gridPowerWith(double managedPower) {
        return householdPower - pvPower + batteryPower + managedPower;
    }

    /** @return the PV power left after the household and the battery (W, >= 0): what managed loads could use */
    public double surplus() {
        return Math.max(0.0, -gridPowerWith(0.0));
    }
}
