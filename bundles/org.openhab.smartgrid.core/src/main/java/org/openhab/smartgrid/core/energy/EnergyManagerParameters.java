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
package org.openhab.smartgrid.core.energy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.meter.GridMeterParameters;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The parameters of an energy manager itself (not of one load), once for openHAB's SurplusLoad trigger (where every
 * load of a manager gives the same values) and the simulator's {@code energyManager}: names, units, defaults and
 * ranges, and the {@link EnergyManagerConfig} they make.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class EnergyManagerParameters {

    public static final Parameter<Double> OFFSET = Parameter.decimal("offset", "W", 0.0, null, null)
            .text("Offset", "Manager level, W: positive allows that much import, negative keeps that much export.")
            .loxone("Offset").build();
    public static final Parameter<Double> MIN_SOC = Parameter.decimal("minSoc", "%", 0.0, 0.0, 100.0)
            .text("Min SoC", "Manager level, %: below it the battery charges first.").loxone("Min SoC").build();
    public static final Parameter<Duration> STALE_AFTER = Parameter
            .duration("staleAfter", "s", (int) EnergyManagerConfig.DEFAULT_STALE_AFTER.toSeconds(), 1, 3600)
            .text("Stale After",
                    "Manager level, s: a grid reading older than this is stale; nothing starts, running loads stop. "
                            + "Longer than the meter's reporting interval.")
            .advanced().build();
    public static final Parameter<Duration> SETTLE_TIME = Parameter
            .duration("settleTime", "s", (int) EnergyManagerConfig.DEFAULT_SETTLE_TIME.toSeconds(), 0, 3600)
            .text("Settle Time",
                    "Manager level, s: how long a load just switched counts with its power until the meter shows it.")
            .advanced().build();

    /** Every parameter of the manager, in the order a user reads them. */
    public static final ParameterSet MANAGER = new ParameterSet("energy manager",
            List.of(OFFSET, MIN_SOC, STALE_AFTER, SETTLE_TIME));

    public static final Parameter<String> MANAGER_NAME = Parameter.name("manager", "energy")
            .text("Energy Manager", "Loads with the same manager name are arbitrated together.").build();
    public static final Parameter<String> GRID_ITEM = GridMeterParameters.GRID_ITEM;
    public static final Parameter<SignConvention> GRID_SIGN = GridMeterParameters.GRID_SIGN;
    public static final Parameter<String> BATTERY_ITEM = Parameter.optionalItem("batteryItem")
            .text("Battery Power Item", "Optional: the battery's power.").build();
    public static final Parameter<SignConvention> BATTERY_SIGN = Parameter
            .word("batterySign", SignConvention.class, SignConvention.IMPORT_POSITIVE)
            .text("Battery Sign", "IMPORT_POSITIVE: charging positive; EXPORT_POSITIVE: discharging positive.")
            .optionLabel("IMPORT_POSITIVE", "Charging positive")
            .optionLabel("EXPORT_POSITIVE", "Discharging positive").advanced().build();
    public static final Parameter<String> SOC_ITEM = Parameter.optionalItem("socItem")
            .text("Battery State of Charge Item",
                    "Optional: the battery's state of charge in %. Without it the battery counts as full.")
            .loxone("SoC").build();

    public static final Parameter<String> SURPLUS_ITEM = StatusItemParameters.powerItem("surplusItem",
            "Surplus Item", "the surplus the loads may start on (UNDEF while the meter is stale)").build();

    /** The items openHAB keeps up to date with the manager's state (see {@link StatusItemParameters}). */
    public static final ParameterSet STATUS = new ParameterSet("energy manager",
            List.of(SURPLUS_ITEM, StatusItemParameters.METER_AGE_ITEM));

    /**
     * Where the manager's data comes from and goes to: its name, its meters' items and signs, and its status items.
     * openHAB reads and updates the items; the simulator reads its data from the trace and carries the names into the
     * configuration it writes for openHAB.
     */
    public static final ParameterSet WIRING = new ParameterSet("energy manager",
            List.of(MANAGER_NAME, GRID_ITEM, GRID_SIGN, GridMeterParameters.IMPORT_ITEM, GridMeterParameters.EXPORT_ITEM,
                    BATTERY_ITEM, BATTERY_SIGN, SOC_ITEM)).plus(STATUS);

    private EnergyManagerParameters() {
    }

    /**
     * @param gridSign how the grid meter signs its power (openHAB's meters; the simulator's traces import positive)
     * @param batterySign how the battery meter signs its power
     * @param zone the time zone of the manager's local day
     * @param location where SUNSET is computed, null when unknown
     * @throws IllegalArgumentException naming the rule the values break together
     */
    public static EnergyManagerConfig config(ParameterValues values, SignConvention gridSign,
            SignConvention batterySign, ZoneId zone, @Nullable GeoLocation location) {
        return new EnergyManagerConfig(values.get(OFFSET), values.get(MIN_SOC), values.get(STALE_AFTER),
                values.get(SETTLE_TIME), gridSign, batterySign, zone, location);
    }
}
