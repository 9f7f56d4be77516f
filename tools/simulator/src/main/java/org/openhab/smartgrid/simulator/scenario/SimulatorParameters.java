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

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.simulator.model.HeatPumpParams;
import org.openhab.smartgrid.simulator.model.HotWaterDraw;

/**
 * The parameters only the simulator has: the simulated house (where it is, its heat pump model, its hot water
 * draws) and the item each load's openHAB rule commands. They are described with the core's parameter model, so
 * that they are read, checked, written back and documented exactly like the engine's parameters.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorParameters {

    public static final Parameter<Double> LATITUDE = Parameter.decimal("latitude", "°", 50.85, -90.0, 90.0)
            .text("Latitude", "Where the house is: the sun of the built-in days and SUNSET deadlines.").build();
    public static final Parameter<Double> LONGITUDE = Parameter.decimal("longitude", "°", 4.35, -180.0, 180.0)
            .text("Longitude", "Where the house is, east positive.").build();
    public static final ParameterSet LOCATION = new ParameterSet("house location", List.of(LATITUDE, LONGITUDE));

    public static final Parameter<ZoneId> TIME_ZONE = Parameter
            .text("timeZone", "Europe/Brussels", SimulatorParameters::zone)
            .text("Time Zone", "The house's local time: days, quarter-hours, deadlines (openHAB's regional setting).")
            .build();
    /**
     * Up to 15 minutes, the longest {@code staleAfter} the core's managers accept: a sample older than that is stale
     * for every manager, and the core's quarter-hour meter books no energy for time no sample holds.
     */
    public static final Parameter<Duration> MAX_SAMPLE_GAP = Parameter.duration("maxSampleGap", "min", 15, 1, 1440)
            .text("Max Sample Gap", "A sample's values hold at most this long; a longer time to the next sample is "
                    + "a gap: reported, and the rest of it books no energy.")
            .build();
    public static final ParameterSet HOUSE = new ParameterSet("house", List.of(TIME_ZONE, MAX_SAMPLE_GAP));

    public static final Parameter<Double> ELECTRIC_POWER = quantity("electricPower", "W", 2000.0, 1.0,
            "Electric Power", "W the heat pump draws while the compressor runs.");
    public static final Parameter<Double> COP = Parameter.decimal("cop", null, 3.0, 0.1, 20.0)
            .text("COP", "Thermal W per electric W.").build();
    public static final Parameter<Double> TANK_LITERS = quantity("tankLiters", "l", 200.0, 1.0, "Tank Volume",
            "Tap water tank.");
    public static final Parameter<Double> TANK_LOSS = quantity("tankLoss", "W/K", 2.0, 0.0, "Tank Loss",
            "Heat lost per K above the ambient temperature, by each tank.");
    public static final Parameter<Double> INITIAL_TANK = temperature("initialTankTemperature", 50.0,
            "Initial Tank Temperature", "Tap water at the start of the replay.");
    public static final Parameter<Double> NORMAL_START = temperature("normalStart", 42.0, "Normal Start",
            "Tap water heating starts below this in NORMAL.");
    public static final Parameter<Double> NORMAL_STOP = temperature("normalStop", 50.0, "Normal Stop",
            "Tap water heating stops at this in NORMAL.");
    public static final Parameter<Double> COMFORT_START = temperature("comfortStart", 45.0, "Comfort Start",
            "Tap water start in COMFORT (Thermia: 45 °C).");
    public static final Parameter<Double> COMFORT_STOP = temperature("comfortStop", 60.0, "Comfort Stop",
            "Tap water stop in COMFORT (Thermia: 60 °C).");
    public static final Parameter<Double> BOOST_START = temperature("boostStart", 55.0, "Boost Start",
            "Tap water start in BOOST (Thermia: 55 °C).");
    public static final Parameter<Double> BOOST_STOP = temperature("boostStop", 65.0, "Boost Stop",
            "Tap water stop in BOOST (Thermia: 65 °C).");
    public static final Parameter<Double> BUFFER_LITERS = quantity("bufferLiters", "l", 300.0, 1.0,
            "Buffer Volume", "Space heating buffer tank.");
    public static final Parameter<Double> INITIAL_BUFFER = temperature("initialBufferTemperature", 35.0,
            "Initial Buffer Temperature", "Buffer at the start of the replay.");
    public static final Parameter<Double> BUFFER_NORMAL = temperature("bufferNormalTarget", 35.0,
            "Buffer Normal Target", "Buffer target in NORMAL (COMFORT: 2 K more).");
    public static final Parameter<Double> BUFFER_BOOST = temperature("bufferBoostTarget", 55.0, "Buffer Boost Target",
            "Buffer target in BOOST (Thermia: 55 °C).");
    public static final Parameter<Double> BUFFER_HYSTERESIS = Parameter
            .decimal("bufferHysteresis", "K", 5.0, 0.0, 50.0)
            .text("Buffer Hysteresis", "The buffer is heated again this far below its target.").build();
    public static final Parameter<Double> SPACE_HEATING = quantity("spaceHeatingDemand", "W", 0.0, 0.0,
            "Space Heating Demand", "Thermal W the house draws from the buffer.");
    public static final Parameter<Double> AMBIENT = Parameter.decimal("ambientTemperature", "°C", 18.0, -50.0, 60.0)
            .text("Ambient Temperature", "Around the tanks.").build();
    public static final Parameter<Double> COLD_WATER = temperature("coldWaterTemperature", 10.0,
            "Cold Water Temperature", "The water that replaces a draw.");
    public static final Parameter<String> BOOST_LOAD = Parameter.text("boostLoad", "", text -> text)
            .text("Boost Load", "The energy manager load that asks the heat pump for PV boost (the Thing's pv-boost); "
                    + "empty: none.")
            .build();
    public static final Parameter<String> SHED_LOAD = Parameter.text("shedLoad", "", text -> text)
            .text("Shed Load", "The load manager load that asks the heat pump for a lock, EVU (the Thing's "
                    + "peak-shed); empty: none.")
            .build();
    public static final ParameterSet HEAT_PUMP = new ParameterSet("heat pump model",
            List.of(ELECTRIC_POWER, COP, TANK_LITERS, TANK_LOSS, INITIAL_TANK, NORMAL_START, NORMAL_STOP,
                    COMFORT_START, COMFORT_STOP, BOOST_START, BOOST_STOP, BUFFER_LITERS, INITIAL_BUFFER,
                    BUFFER_NORMAL, BUFFER_BOOST, BUFFER_HYSTERESIS, SPACE_HEATING, AMBIENT, COLD_WATER, BOOST_LOAD,
                    SHED_LOAD));

    public static final Parameter<LocalTime> DRAW_START = Parameter.text("start", null, SimulatorParameters::time)
            .text("Start", "Local time the draw starts, HH:mm.").build();
    public static final Parameter<Duration> DRAW_MINUTES = Parameter.duration("minutes", "min", 5, 1, 720)
            .text("Minutes", "How long the draw lasts.").build();
    public static final Parameter<Double> DRAW_LITERS = Parameter.decimal("liters", "l", null, 0.0, null)
            .text("Liters", "Hot water drawn in all.").build();
    public static final ParameterSet HOT_WATER_DRAW = new ParameterSet("hot water draw",
            List.of(DRAW_START, DRAW_MINUTES, DRAW_LITERS));

    public static final Parameter<LocalTime> LOCK_FROM = Parameter
            .text("from", null, text -> clockTime("from", text, false))
            .text("From", "Local time the grid operator's lock starts, HH:mm.").build();
    public static final Parameter<LocalTime> LOCK_TO = Parameter.text("to", null, text -> clockTime("to", text, true))
            .text("To", "Local time the lock ends (not included), HH:mm after from; 24:00 is the end of the day.")
            .build();
    /**
     * One window of the grid operator's lock contact (EVU) on every replayed day. openHAB has no such parameter: there
     * the heat pump Thing's grid-lock channel is linked to the operator's contact.
     */
    public static final ParameterSet GRID_LOCK = new ParameterSet("grid lock window", List.of(LOCK_FROM, LOCK_TO));

    public static final Parameter<String> ITEM = Parameter.optionalItem("item")
            .text("Item", "The item the load's openHAB rule commands. Empty: HeatPump_PV_Boost for the heat pump's "
                    + "boostLoad, HeatPump_Peak_Shed for its shedLoad, else the load's name as words joined by _ "
                    + "(Load_ before a leading digit) and then _PV_Surplus (energy manager) or _Peak_Shed (load "
                    + "manager).")
            .build();
    /** The key a load has in the simulator only: the item its openHAB rule commands. */
    public static final ParameterSet LOAD_ITEM = new ParameterSet("load", List.of(ITEM));

    private SimulatorParameters() {
    }

    /** @return the heat pump model the values describe */
    public static HeatPumpParams heatPump(ParameterValues v) {
        return new HeatPumpParams(v.get(ELECTRIC_POWER), v.get(COP), v.get(TANK_LITERS), v.get(TANK_LOSS),
                v.get(INITIAL_TANK), v.get(NORMAL_START), v.get(NORMAL_STOP), v.get(COMFORT_START),
                v.get(COMFORT_STOP), v.get(BOOST_START), v.get(BOOST_STOP), v.get(BUFFER_LITERS),
                v.get(INITIAL_BUFFER), v.get(BUFFER_NORMAL), v.get(BUFFER_BOOST), v.get(BUFFER_HYSTERESIS),
                v.get(SPACE_HEATING), v.get(AMBIENT), v.get(COLD_WATER));
    }

    /** @return the draw the values describe */
    public static HotWaterDraw draw(ParameterValues v) {
        return new HotWaterDraw(v.get(DRAW_START), v.get(DRAW_MINUTES), v.get(DRAW_LITERS));
    }

    /** @return the lock window the values describe */
    public static LockWindow gridLock(ParameterValues v) {
        return new LockWindow(v.get(LOCK_FROM), v.get(LOCK_TO));
    }

    private static Parameter<Double> temperature(String name, double defaultValue, String label, String meaning) {
        return Parameter.decimal(name, "°C", defaultValue, 0.0, 100.0).text(label, meaning).build();
    }

    /** A quantity with a lower bound and no upper one. */
    private static Parameter<Double> quantity(String name, String unit, double defaultValue, double min,
            String label, String meaning) {
        return Parameter.decimal(name, unit, defaultValue, min, null).text(label, meaning).build();
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone must be a time zone id like Europe/Brussels, was '" + text
                    + "'", e);
        }
    }

    /**
     * @param endOfDay whether 24:00 is allowed, as the end of the day (then {@link LocalTime#MIDNIGHT})
     */
    private static LocalTime clockTime(String name, String text, boolean endOfDay) {
        String trimmed = text.trim();
        if (endOfDay && "24:00".equals(trimmed)) {
            return LocalTime.MIDNIGHT;
        }
        if (endOfDay && "00:00".equals(trimmed)) {
            throw new IllegalArgumentException(name + " 00:00 would end the window before it starts; the end of the "
                    + "day is 24:00");
        }
        if (trimmed.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            return LocalTime.parse(trimmed);
        }
        throw new IllegalArgumentException(name + " must be a local time HH:mm" + (endOfDay ? " or 24:00" : "")
                + ", was '" + text + "'");
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("start must be a local time HH:mm, was '" + text + "'", e);
        }
    }
}
