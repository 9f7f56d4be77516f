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
 * One load of the load manager, with the parameter names of the automation add-on's module.
 *
 * @param name the load's name
 * @param priority 1 (highest, shed last) to 12
 * @param power W the load draws when running
 * @param restoreHysteresis W of headroom above {@code power} needed to restore the load
 * @param minShedTime configured in minutes
 * @param minReleaseTime configured in minutes
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ShedLoadConfig(String name, int priority, double power, double restoreHysteresis,
        Duration minShedTime, Duration minReleaseTime) {

    /**
     * @throws IllegalArgumentException naming the parameter and the load when a value is out of range
     */
    public ShedLoadConfig {
        if (priority < 1 || priority > 12) {
            throw new IllegalArgumentException(
                    "loadManager load '" + name + "': priority must be between 1 and 12, was " + priority);
        }
        if (!(power > 0)) {
            throw new IllegalArgumentException("loadManager load '" + name + "': power must be > 0 W, was " + power);
        }
        if (!(restoreHysteresis >= 0)) {
            throw new IllegalArgumentException(
                    "loadManager load '" + name + "': restoreHysteresis must be >= 0 W, was " + restoreHysteresis);
        }
    }
}
