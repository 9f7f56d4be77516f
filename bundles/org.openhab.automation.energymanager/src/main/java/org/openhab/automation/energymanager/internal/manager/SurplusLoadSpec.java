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
package org.openhab.automation.energymanager.internal.manager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.meter.GridMeter;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;

/**
 * One energy-manager load as its trigger configures it, validated.
 *
 * @param manager the manager's name
 * @param settings what the manager's loads share
 * @param load the core load configuration
 * @param loadPowerItem the item with the load's measured power, or null
 * @param stopTemperatureItem the item with the temperature that ends the load's surplus run, or null
 * @param status the status items the trigger names
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SurplusLoadSpec(String manager, ManagerSettings settings, SurplusLoadConfig load,
        @Nullable String loadPowerItem, @Nullable String stopTemperatureItem, StatusItems status) {

    /**
     * @param values the trigger's configuration, read with {@link ModuleParameters#SURPLUS_LOAD}
     * @throws IllegalArgumentException naming the load and the rule its values break together
     */
    public static SurplusLoadSpec from(ParameterValues values) {
        ManagerSettings settings = new ManagerSettings(ModuleParameters.SURPLUS_SHARED, values);
        GridMeter.of(values); // the grid item, or the import and the export item
        SurplusLoadConfig load = SurplusLoadParameters.config(values.get(SurplusLoadParameters.LOAD_NAME), values,
                values);
        String loadPowerItem = values.get(SurplusLoadParameters.LOAD_POWER_ITEM);
        String temperatureItem = values.get(SurplusLoadParameters.STOP_TEMPERATURE_ITEM);
        return new SurplusLoadSpec(values.get(EnergyManagerParameters.MANAGER_NAME), settings, load,
                loadPowerItem.isEmpty() ? null : loadPowerItem, temperatureItem.isEmpty() ? null : temperatureItem,
                StatusItems.of(values, SurplusLoadParameters.STATE_ITEM, EnergyManagerParameters.STATUS));
    }
}
