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
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.energy.EnergyManagerConfig;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.meter.SignConvention;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A whole simulation configuration, read through the core's parameter model: the house, the heat pump Thing's
 * guards, and the energy and load managers (each only when it has loads), with the core's records built from them
 * by the model's {@code config(...)}. The simulator's meters (traces, built-in days) are import positive, whatever
 * sign the configuration gives openHAB's meter items.
 *
 * @param house the simulated house
 * @param guard the values of the heat pump Thing's guards ({@link GuardParameters#GUARDS})
 * @param energyManager the energy manager, null when it has no loads
 * @param loadManager the load manager, null when it has no loads
 * @param document the configuration as the simulator writes it back (config.yaml): every section of the file with
 *            every parameter, defaults filled in
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SimulationConfig(HouseConfig house, ParameterValues guard, @Nullable ManagerSetup energyManager,
        @Nullable ManagerSetup loadManager, Map<String, Object> document) {

    /** @return the core's guard configuration */
    public GuardConfig guardConfig() {
        return GuardParameters.config(guard);
    }

    /** @return the mode the heat pump gets on PV surplus */
    public SgMode pvSurplusMode() {
        return guard.get(GuardParameters.PV_SURPLUS_MODE);
    }

    /** @return the energy manager's loads, empty when there is none */
    public List<LoadSetup> energyLoads() {
        ManagerSetup manager = energyManager;
        return manager == null ? List.of() : manager.loads();
    }

    /** @return the load manager's loads, empty when there is none */
    public List<LoadSetup> sheddableLoads() {
        ManagerSetup manager = loadManager;
        return manager == null ? List.of() : manager.loads();
    }

    /**
     * @return the core's energy manager configuration
     * @throws IllegalStateException when there is no energy manager
     */
    public EnergyManagerConfig energyManagerConfig() {
        return EnergyManagerParameters.config(required(energyManager).settings(), SignConvention.IMPORT_POSITIVE,
                SignConvention.IMPORT_POSITIVE, house.timeZone(), house.location());
    }

    /** @return the core's configurations of the energy manager's loads, in order */
    public List<SurplusLoadConfig> surplusLoads() {
        return energyLoads().stream().map(LoadSetup::surplusLoad).toList();
    }

    /**
     * @return the core's load manager configuration, with its loads
     * @throws IllegalStateException when there is no load manager
     */
    public LoadManagerConfig loadManagerConfig() {
        return LoadManagerParameters.config(required(loadManager).settings(), SignConvention.IMPORT_POSITIVE,
                house.timeZone(), sheddableLoads().stream().map(LoadSetup::sheddableLoad).toList());
    }

    /** @return the load manager's limit (W), NaN without a load manager */
    public double maxPower() {
        ManagerSetup manager = loadManager;
        return manager == null ? Double.NaN : manager.settings().get(LoadManagerParameters.MAX_POWER);
    }

    /**
     * @return every managed load's name, energy manager loads first, each once, in configuration order; these are
     *         the {@code load.<name>} columns of the timeline
     */
    public List<String> loadNames() {
        Set<String> names = new LinkedHashSet<>();
        energyLoads().forEach(l -> names.add(l.name()));
        sheddableLoads().forEach(l -> names.add(l.name()));
        return new ArrayList<>(names);
    }

    private static ManagerSetup required(@Nullable ManagerSetup manager) {
        if (manager == null) {
            throw new IllegalStateException("the configuration has no such manager");
        }
        return manager;
    }
}
