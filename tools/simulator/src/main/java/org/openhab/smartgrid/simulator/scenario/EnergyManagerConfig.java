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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The energy manager, with the parameter names of the automation add-on's module.
 *
 * @param offset W: positive allows some import, negative reserves export
 * @param minSoc % of battery charge below which the battery charges first
 * @param staleAfter a meter reading older than this is stale (configured in seconds)
 * @param loads the managed loads
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EnergyManagerConfig(double offset, double minSoc, Duration staleAfter, List<EnergyLoadConfig> loads) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public EnergyManagerConfig {
        if (!(minSoc >= 0 && minSoc <= 100)) {
            throw new IllegalArgumentException("energyManager.minSoc must be between 0 and 100 %, was " + minSoc);
        }
        loads = List.copyOf(loads);
    }
}
