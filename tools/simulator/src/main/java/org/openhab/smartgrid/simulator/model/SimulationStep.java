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
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Everything the outputs need about one simulated time step.
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
 * @param loads one command per managed load, in configuration order; {@code on} = the load runs
 * @param heatPump the simulated heat pump during the step
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SimulationStep(Instant time, Duration interval, double gridPower, double pvPower, double surplus,
        double quarterHourAverage, SgMode wantedMode, SgMode effectiveMode, boolean gridLock, List<LoadCommand> loads,
        HeatPumpStatus heatPump) {

    public SimulationStep {
        loads = List.copyOf(loads);
    }

    /** @return imported power (W, >= 0) */
    public double importPower() {
        return Math.max(0.0, gridPower);
    }

    /** @return exported power (W, >= 0) */
    public double exportPower() {
        return Math.max(0.0, -gridPower);
    }
}
