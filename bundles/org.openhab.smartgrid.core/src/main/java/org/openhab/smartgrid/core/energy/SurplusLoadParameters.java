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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * The parameters of one load of an energy manager (Loxone Energiemanager), once for openHAB's SurplusLoad trigger
 * and the simulator's {@code energyManager.loads}: names, units, defaults and ranges, and the
 * {@link SurplusLoadConfig} they make.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SurplusLoadParameters {

    public static final Parameter<Integer> PRIORITY = Parameter
            .integer("priority", null, 1, SurplusLoadConfig.HIGHEST_PRIORITY, SurplusLoadConfig.LOWEST_PRIORITY)
            .text("Priority", "1 is the highest, 12 the lowest: higher priorities are served first.")
            .loxone("Prioriteit").build();
    public static final Parameter<Double> SWITCH_ON_POWER = Parameter.decimal("switchOnPower", "W", -1.0, -1.0, null)
            .text("Switch-on Power", "W of surplus needed to start the load. -1: the same as the power.")
            .loxone("Inschakelvermogen").build();
    public static final Parameter<Double> POWER = Parameter.decimal("power", "W", null, 1.0, null)
            .text("Power", "W the load draws when on.").loxone("Vermogen").build();
    public static final Parameter<Duration> ACTIVATION_DELAY = Parameter
            .duration("activationDelay", "s", 0, 0, 86_400)
            .text("Activation Delay", "s the start condition must hold before the load starts.")
            .loxone("Activeringsduur").build();
    public static final Parameter<Duration> MIN_ON_TIME = Parameter.duration("minOnTime", "min", 0, 0, 1440)
            .text("Min On Time", "min the load stays on once started.").loxone("Min. inschakelduur").build();
    public static final Parameter<Duration> MIN_OFF_TIME = Parameter.duration("minOffTime", "min", 0, 0, 1440)
            .text("Min Off Time", "min the load stays off once stopped.").loxone("Min. uitschakelduur").build();
    public static final Parameter<Duration> MIN_ON_TIME_PER_DAY = Parameter
            .duration("minOnTimePerDay", "min", 0, 0, 1440)
            .text("Min On Time per Day", "min of runtime every local day, from grid power if need be; 0: none.")
            .loxone("Min. inschakelduur/dag").build();
    /** What {@link DailyDeadline#parse} reads, as openHAB's UI checks it: SUNSET (any case), HH:mm or 24:00. */
    private static final String DEADLINE_PATTERN = "^([Ss][Uu][Nn][Ss][Ee][Tt]|([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";
    public static final Parameter<DailyDeadline> DAILY_DEADLINE = Parameter
            .text("dailyDeadline", "24:00", DailyDeadline::parse)
            .text("Daily Deadline",
                    "When the daily minimum must be reached: HH:mm, 24:00 (midnight) or SUNSET (sunset at openHAB's "
                            + "location).")
            .loxone("Einde min. inschakelduur/dag").suggestions(List.of("SUNSET", "24:00"))
            .optionLabel("SUNSET", "Sunset").optionLabel("24:00", "Midnight").pattern(DEADLINE_PATTERN).build();
    public static final Parameter<Double> STOP_THRESHOLD = Parameter.decimal("stopThreshold", "W", 0.0, null, null)
            .text("Stop Threshold",
                    "W of import beyond the offset a running load tolerates before it counts as without surplus; "
                            + "negative: it needs that much export to keep running. 0: it stops on any import above "
                            + "the offset.")
            .advanced().build();
    public static final Parameter<Duration> STOP_DELAY = Parameter.duration("stopDelay", "s", 0, 0, 86_400)
            .text("Stop Delay",
                    "s a running load must be without surplus (import above offset + stop threshold) before it "
                            + "stops; a shorter dip keeps it on. 0: it stops at once (once its min on time allows).")
            .advanced().build();
    public static final Parameter<Double> STOP_TEMPERATURE = Parameter
            .decimal("stopTemperature", "°C", 0.0, 0.0, 100.0)
            .text("Stop Temperature",
                    "°C at which the temperature of the stop temperature item ends the load's surplus run (as soon "
                            + "as its min on time allows); surplus starts it again once the temperature has dropped "
                            + "3 K below. 0: none.")
            .build();

    public static final Parameter<String> LOAD_NAME = Parameter.name("load", null)
            .text("Load Name", "Unique within the manager, e.g. heatpump.").build();
    public static final Parameter<String> LOAD_POWER_ITEM = Parameter.optionalItem("loadPowerItem")
            .text("Load Power Item", "Optional: this load's measured power (better surplus arithmetic while it runs).")
            .build();

    public static final Parameter<String> STOP_TEMPERATURE_ITEM = Parameter.optionalItem("stopTemperatureItem")
            .text("Stop Temperature Item",
                    "Optional: the temperature that ends the load's surplus run at the stop temperature, e.g. the "
                            + "item of the heat pump Thing's tap-water-temperature channel (any temperature unit; a "
                            + "plain number is taken as °C).")
            .build();

    /** The items openHAB keeps up to date with the load's state (see {@link StatusItemParameters}). */
    public static final Parameter<String> STATE_ITEM = StatusItemParameters
            .stateItem("ON while the load should run");
    public static final ParameterSet STATUS = StatusItemParameters.load("energy manager load", STATE_ITEM);

    /**
     * The load's name, the item of its measured power and its status items (see
     * {@link EnergyManagerParameters#WIRING}).
     */
    public static final ParameterSet WIRING = new ParameterSet("energy manager load",
            List.of(LOAD_NAME, LOAD_POWER_ITEM, STOP_TEMPERATURE_ITEM)).plus(STATUS);

    /** Every parameter of a load, in the order a user reads them. */
    public static final ParameterSet LOAD = new ParameterSet("energy manager load", List.of(PRIORITY,
            SWITCH_ON_POWER, POWER, ACTIVATION_DELAY, MIN_ON_TIME, MIN_OFF_TIME, MIN_ON_TIME_PER_DAY, DAILY_DEADLINE,
            STOP_THRESHOLD, STOP_DELAY, STOP_TEMPERATURE));

    private SurplusLoadParameters() {
    }

    /**
     * @param name the load's name in its manager
     * @param wiring the load's items, read with {@link #WIRING}
     * @throws IllegalArgumentException naming the load and the rule its values break together, also with its items:
     *             a stop temperature and its item go together (one without the other would silently do nothing)
     */
    public static SurplusLoadConfig config(String name, ParameterValues values, ParameterValues wiring) {
        SurplusLoadConfig load = config(name, values);
        boolean noItem = wiring.get(STOP_TEMPERATURE_ITEM).isEmpty();
        if (load.hasStopTemperature() == noItem) {
            throw SurplusLoadConfig.invalid(name, noItem ? STOP_TEMPERATURE.name() : STOP_TEMPERATURE_ITEM.name(),
                    noItem ? "needs a stopTemperatureItem" : "needs a stopTemperature (more than 0 °C)");
        }
        return load;
    }

    /**
     * @param name the load's name in its manager
     * @throws IllegalArgumentException naming the load and the rule its values break together
     */
    public static SurplusLoadConfig config(String name, ParameterValues values) {
        double power = values.get(POWER);
        double switchOn = values.get(SWITCH_ON_POWER);
        return new SurplusLoadConfig(name, values.get(PRIORITY), switchOn < 0 ? power : switchOn, power,
                values.get(ACTIVATION_DELAY), values.get(MIN_ON_TIME), values.get(MIN_OFF_TIME),
                values.get(MIN_ON_TIME_PER_DAY), values.get(DAILY_DEADLINE), values.get(STOP_THRESHOLD),
                values.get(STOP_DELAY), values.get(STOP_TEMPERATURE));
    }
}
