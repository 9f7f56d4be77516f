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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * The parameters of one load of a load manager (Loxone Lastmanager), once for openHAB's PeakLoad trigger and the
 * simulator's {@code loadManager.loads}: names, units, defaults and ranges, and the {@link SheddableLoadConfig} they
 * make.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SheddableLoadParameters {

    public static final Parameter<Integer> PRIORITY = Parameter
            .integer("priority", null, 1, SheddableLoadConfig.HIGHEST_PRIORITY, SheddableLoadConfig.LOWEST_PRIORITY)
            .text("Priority", "1 = shed last, restored first; 12 = shed first.").loxone("Prioriteit").build();
    public static final Parameter<Double> POWER = Parameter.decimal("power", "W", null, 1.0, null)
            .text("Power", "W shedding this load frees.").loxone("Vermogen").build();
    public static final Parameter<Double> RESTORE_HYSTERESIS = Parameter
            .decimal("restoreHysteresis", "W", SheddableLoadConfig.DEFAULT_RESTORE_HYSTERESIS, 0.0, null)
            .text("Restore Hysteresis", "W of headroom needed beyond the power before the load comes back.")
            .advanced().build();
    public static final Parameter<Duration> MIN_SHED_TIME = Parameter
            .duration("minShedTime", "min", (int) SheddableLoadConfig.DEFAULT_MIN_SHED_TIME.toMinutes(), 0, 1440)
            .text("Min Shed Time", "min a shed holds (utility lock: 10).").build();
    public static final Parameter<Duration> MIN_RELEASE_TIME = Parameter
            .duration("minReleaseTime", "min", (int) SheddableLoadConfig.DEFAULT_MIN_RELEASE_TIME.toMinutes(), 0,
                    1440)
            .text("Min Release Time", "min after a restore before the next shed (utility lock: 10).").build();
    public static final Parameter<Duration> MAX_SHED_TIME = Parameter.duration("maxShedTime", "min", 0, 0, 1440)
            .text("Max Shed Time",
                    "min one shed may last, then the load comes back; 0 = no limit. For the heat pump: the Thing's "
                            + "maxLockMinutes (120).")
            .build();
    public static final Parameter<Integer> MAX_SHEDS_PER_DAY = Parameter
            .integer("maxShedsPerDay", null, 0, 0, SheddableLoadConfig.MAX_SHEDS_PER_DAY_LIMIT)
            .text("Max Sheds per Day",
                    "Sheds that may start in a day; 0 = no limit. For the heat pump: the Thing's maxLocksPerDay (3). "
                            + "The last one is kept while the quarter-hour is at risk.")
            .build();
    public static final Parameter<Duration> MAX_SHED_TIME_PER_DAY = Parameter
            .duration("maxShedTimePerDay", "min", 0, 0, 1440)
            .text("Max Shed Time per Day",
                    "min of shed time in a day; 0 = no limit. For the heat pump: the Thing's maxLockMinutesPerDay "
                            + "(360).")
            .build();

    public static final Parameter<String> LOAD_NAME = Parameter.name("load", null)
            .text("Load Name", "Unique within the manager, e.g. heatpump.").build();
    public static final Parameter<String> SHED_FEEDBACK_ITEM = Parameter.optionalItem("shedFeedbackItem")
            .text("Shed Feedback Item",
                    "Optional: says whether a shed of this load is really in effect: the item of the heat pump "
                            + "Thing's sg-mode channel (EVU), a Switch (ON) or the load's power (below half its "
                            + "power). Without it a shed counts at once.")
            .loxone("S1…S12").build();

    public static final Parameter<String> LOAD_POWER_ITEM = Parameter.optionalItem("loadPowerItem")
            .text("Load Power Item",
                    "Optional: this load's measured power (for the heat pump the item of the Thing's electric-power "
                            + "channel). A shed then frees what the load draws, and a load drawing (almost) nothing "
                            + "is not shed. Without it the power above is assumed.")
            .build();

    /** The items openHAB keeps up to date with the load's state (see {@link StatusItemParameters}). */
    public static final Parameter<String> STATE_ITEM = StatusItemParameters
            .stateItem("ON while the load should be shed");
    public static final ParameterSet STATUS = StatusItemParameters.load("load manager load", STATE_ITEM);

    /**
     * The load's name, the item that says whether its shed is in effect, the item of its measured power, and its
     * status items.
     */
    public static final ParameterSet WIRING = new ParameterSet("load manager load",
            List.of(LOAD_NAME, SHED_FEEDBACK_ITEM, LOAD_POWER_ITEM)).plus(STATUS);

    /** Every parameter of a load, in the order a user reads them. */
    public static final ParameterSet LOAD = new ParameterSet("load manager load",
            List.of(PRIORITY, POWER, RESTORE_HYSTERESIS, MIN_SHED_TIME, MIN_RELEASE_TIME, MAX_SHED_TIME,
                    MAX_SHEDS_PER_DAY, MAX_SHED_TIME_PER_DAY));

    private SheddableLoadParameters() {
    }

    /**
     * @param name the load's name in its manager
     * @param shedFeedback whether the adapter reports whether a shed of this load is in effect
     * @throws IllegalArgumentException naming the load and the rule its values break together
     */
    public static SheddableLoadConfig config(String name, ParameterValues values, boolean shedFeedback) {
        return new SheddableLoadConfig(name, values.get(PRIORITY), values.get(POWER), values.get(RESTORE_HYSTERESIS),
                values.get(MIN_SHED_TIME), values.get(MIN_RELEASE_TIME), shedFeedback, values.get(MAX_SHED_TIME),
                values.get(MAX_SHEDS_PER_DAY), values.get(MAX_SHED_TIME_PER_DAY));
    }
}
