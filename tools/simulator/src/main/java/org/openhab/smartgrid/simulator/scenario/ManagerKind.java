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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;

/**
 * One of the two managers a configuration may have ({@link #ENERGY}, {@link #LOAD}): the core's parameter sets of its
 * section and of its loads (the parameters of openHAB's trigger for one load of it), and how its loads' openHAB
 * rules look.
 *
 * @param section the section's key in the configuration
 * @param settings the manager-level parameters (the same on every load's trigger in openHAB)
 * @param wiring the manager's name and meter items
 * @param managerName the parameter of the manager's name
 * @param loadParameters the parameters of one load
 * @param loadWiring the load's name and items
 * @param loadName the parameter of the load's name
 * @param triggerType the UID of openHAB's trigger module type for one load
 * @param heatPumpItem the item the heat pump's load of this manager commands unless told otherwise (as the add-on's
 *            templates name it)
 * @param itemSuffix what an item derived from a load's name ends with
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ManagerKind(String section, ParameterSet settings, ParameterSet wiring, Parameter<String> managerName,
        ParameterSet loadParameters, ParameterSet loadWiring, Parameter<String> loadName, String triggerType,
        String heatPumpItem, String itemSuffix) {

    /** The energy manager: spends PV surplus; openHAB's SurplusLoad trigger, ON = the load runs. */
    public static final ManagerKind ENERGY = new ManagerKind("energyManager", EnergyManagerParameters.MANAGER,
            EnergyManagerParameters.WIRING, EnergyManagerParameters.MANAGER_NAME, SurplusLoadParameters.LOAD,
            SurplusLoadParameters.WIRING, SurplusLoadParameters.LOAD_NAME, "energymanager.SurplusLoad",
            "HeatPump_PV_Boost", "_PV_Surplus");

    /** The load manager: sheds loads; openHAB's PeakLoad trigger, ON = the load is shed. */
    public static final ManagerKind LOAD = new ManagerKind("loadManager", LoadManagerParameters.MANAGER,
            LoadManagerParameters.WIRING, LoadManagerParameters.MANAGER_NAME, SheddableLoadParameters.LOAD,
            SheddableLoadParameters.WIRING, SheddableLoadParameters.LOAD_NAME, "energymanager.PeakLoad",
            "HeatPump_Peak_Shed", "_Peak_Shed");
}
