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
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;

/**
 * One load-manager load as its trigger configures it, validated. With a shed feedback item the load is configured
 * with shed feedback: its sheds count once the item says they are in effect.
 *
 * @param manager the manager's name
 * @param settings what the manager's loads share
 * @param load the core load configuration
 * @param shedFeedbackItem the item that says whether a shed of the load is in effect, or null
 * @param loadPowerItem the item of the load's measured power, or null
 * @param status the status items the trigger names
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PeakLoadSpec(String manager, ManagerSettings settings, SheddableLoadConfig load,
        @Nullable String shedFeedbackItem, @Nullable String loadPowerItem, StatusItems status) {

    /**
     * @param values the trigger's configuration, read with {@link ModuleParameters#PEAK_LOAD}
     * @throws IllegalArgumentException naming the load and the rule its values break together
     */
    public static PeakLoadSpec from(ParameterValues values) {
        ManagerSettings settings = new ManagerSettings(ModuleParameters.PEAK_SHARED, values);
        GridMeter.of(values); // the grid item, or the import and the export item
        String feedback = values.get(SheddableLoadParameters.SHED_FEEDBACK_ITEM);
        SheddableLoadConfig load = SheddableLoadParameters.config(values.get(SheddableLoadParameters.LOAD_NAME),
                values, !feedback.isEmpty());
        String power = values.get(SheddableLoadParameters.LOAD_POWER_ITEM);
        return new PeakLoadSpec(values.get(LoadManagerParameters.MANAGER_NAME), settings, load,
                feedback.isEmpty() ? null : feedback, power.isEmpty() ? null : power,
                StatusItems.of(values, SheddableLoadParameters.STATE_ITEM, LoadManagerParameters.STATUS));
    }
}
