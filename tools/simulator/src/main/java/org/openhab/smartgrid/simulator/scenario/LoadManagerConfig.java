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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The load manager, with the parameter names of the automation add-on's module.
 *
 * @param mode what it watches
 * @param maxPower W of import allowed (instantaneous or quarter-hour average)
 * @param followMonthPeak never shave below the highest quarter-hour already reached this month
 * @param loads the loads it may shed
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadManagerConfig(LoadManagerMode mode, double maxPower, boolean followMonthPeak,
        List<ShedLoadConfig> loads) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public LoadManagerConfig {
        if (!(maxPower > 0)) {
            throw new IllegalArgumentException("loadManager.maxPower must be > 0 W, was " + maxPower);
        }
        loads = List.copyOf(loads);
    }
}
