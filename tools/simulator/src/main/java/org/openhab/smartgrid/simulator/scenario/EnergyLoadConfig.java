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
package org.openhab.smartgrid.simulator.scenario;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One load of the energy manager, with the parameter names of the automation add-on's module.
 *
 * @param name the load's name
 * @param priority 1 (highest) to 12
 * @param switchOnPower W of surplus needed to start
 * @param power W the load draws when on
 * @param activationDelay how long the start condition must hold (configured in seconds)
 * @param minOnTime configured in minutes
 * @param minOffTime configured in minutes
 * @param minOnTimePerDay configured in minutes
 * @param dailyDeadline when the daily minimum must be reached
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EnergyLoadConfig(String name, int priority, double switchOnPower, double power,
        Duration activationDelay, Duration minOnTime, Duration minOffTime, Duration minOnTimePerDay,
        DailyDeadline dailyDeadline) {

    /**
     * @throws IllegalArgumentException naming the parameter and the load when a value is out of range
     */
    public EnergyLoadConfig {
        if (priority < 1 || priority > 12) {
            throw new IllegalArgumentException(
                    "energyManager load '" + name + "': priority must be between 1 and 12, was " + priority);
        }
        if (!(power > 0)) {
            throw new IllegalArgumentException(
                    "energyManager load '" + name + "': power must be > 0 W, was " + power);
        }
        if (!(switchOnPower >= 0)) {
            throw new IllegalArgumentException(
                    "energyManager load '" + name + "': switchOnPower must be >= 0 W, was " + switchOnPower);
        }
    }
}
