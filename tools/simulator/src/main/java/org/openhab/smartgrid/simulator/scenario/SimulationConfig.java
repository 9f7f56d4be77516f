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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A whole simulation configuration: the house, the guards, the energy manager and the load manager.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SimulationConfig(HouseConfig house, GuardConfig guard, EnergyManagerConfig energyManager,
        LoadManagerConfig loadManager) {

    /**
     * @throws IllegalArgumentException when the heat pump is wired to a load that does not exist
     */
    public SimulationConfig {
        String boost = house.boostLoad();
        if (boost != null && energyManager.loads().stream().noneMatch(l -> l.name().equals(boost))) {
            throw new IllegalArgumentException(
                    "house.heatPump.boostLoad '" + boost + "' is not a load of energyManager.loads");
        }
        String shed = house.shedLoad();
        if (shed != null && loadManager.loads().stream().noneMatch(l -> l.name().equals(shed))) {
            throw new IllegalArgumentException(
                    "house.heatPump.shedLoad '" + shed + "' is not a load of loadManager.loads");
        }
    }

    /**
     * @return every managed load's name, energy manager loads first, each once, in configuration order; these are
     *         the {@code load.<name>} columns of the timeline
     */
    public List<String> loadNames() {
        Set<String> names = new LinkedHashSet<>();
        energyManager.loads().forEach(l -> names.add(l.name()));
        loadManager.loads().forEach(l -> names.add(l.name()));
        return new ArrayList<>(names);
    }
}
