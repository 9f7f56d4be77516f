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
 *
 * @param time the instant of the step (the engine's "now"; the simulator never reads a clock)
 * @param meterPower grid power as the meter reads it, managed loads included (W, + import, - export); this is
 *            what the energy and load managers are fed
 * @param basePower grid power without the managed loads (W), for engines that want it
 * @param pvPower PV production (W)
 * @param batteryPower battery power (W, + charging, - discharging)
 * @param stateOfCharge battery state of charge (%), empty without a battery
 * @param gridLock whether the grid operator's lock contact is active
 * @param heatPump the simulated heat pump as it runs now (before this step's decision)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record StepInputs(Instant time, double meterPower, double basePower, double pvPower, double batteryPower,
        OptionalDouble stateOfCharge, boolean gridLock, HeatPumpStatus heatPump) {
}
