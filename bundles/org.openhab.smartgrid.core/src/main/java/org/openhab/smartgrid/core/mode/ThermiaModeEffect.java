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
package org.openhab.smartgrid.core.mode;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a Thermia Genesis heat pump (Calibra, Atlas, Legend, Diplomat Inverter) does in each SG-Ready mode, as
 * data the Thing and the documentation show. Values are the factory defaults of the Thermia manual as quoted in
 * the Loxone write-up (seed 000); the installer can change the room and tank values on the heat pump.
 *
 * @param mode the SG-Ready mode
 * @param summary one line for a user
 * @param strength how strongly the mode asks the heat pump to act
 * @param roomSetpointCelsius the room temperature the mode sets (default comfort or boost value), or null when
 *            the mode leaves the room setpoint alone
 * @param bufferTankCelsius the buffer tank temperature the mode sets, or null when it leaves it alone
 * @param tapWater the tap water start/stop temperatures the mode sets, or null when it leaves them alone
 * @param blocked what the mode blocks
 * @param stillRunning what keeps running although the mode blocks something
 * @param notes further facts a user should know
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ThermiaModeEffect(SgMode mode, String summary, Strength strength, @Nullable Double roomSetpointCelsius,
        @Nullable Double bufferTankCelsius, @Nullable TapWater tapWater, List<String> blocked,
        List<String> stillRunning, List<String> notes) {

    /** Default room comfort and boost value on Thermia Genesis heat pumps. */
    public static final double DEFAULT_ROOM_CELSIUS = 22.0;
    /** Buffer tank temperature in BOOST. */
    public static final double BOOST_TANK_CELSIUS = 55.0;

    private static final String FIXED_TAP_WATER = "Tap water start/stop temperatures cannot be changed on Atlas and Calibra.";

    private static final List<ThermiaModeEffect> ALL = List.of(
            new ThermiaModeEffect(SgMode.NORMAL, "Normal operation", Strength.NONE, null, null, null, List.of(),
                    List.of(), List.of()),
            new ThermiaModeEffect(SgMode.COMFORT,
                    "Comfort: room at its comfort value, tap water in comfort mode (a recommendation to run more)",
                    Strength.RECOMMENDATION, DEFAULT_ROOM_CELSIUS, null, new TapWater(45.0, 60.0), List.of(),
                    List.of(), List.of(FIXED_TAP_WATER)),
            new ThermiaModeEffect(SgMode.EVU,
                    "Utility lock: compressor and internal immersion heater blocked", Strength.LOCK, null, null, null,
                    List.of("compressor", "internal immersion heater"),
                    List.of("circulation pumps", "diverting valves", "external auxiliary heater"),
                    List.of("Inverter communication alarms and inverter alarms are suppressed during EVU.")),
            new ThermiaModeEffect(SgMode.BOOST,
                    "Boost: room at its boost value, buffer tank 55 °C, tap water in boost mode (a command to run more)",
                    Strength.COMMAND, DEFAULT_ROOM_CELSIUS, BOOST_TANK_CELSIUS, new TapWater(55.0, 65.0), List.of(),
                    List.of(),
                    List.of("The internal immersion heater also heats the buffer tank when 'Allow immersion heater"
                            + " during boost' is enabled on the heat pump.", FIXED_TAP_WATER)));

    public ThermiaModeEffect {
        blocked = List.copyOf(blocked);
        stillRunning = List.copyOf(stillRunning);
        notes = List.copyOf(notes);
    }

    /** @return the effect of {@code mode} */
    public static ThermiaModeEffect of(SgMode mode) {
        return ALL.get(mode.ordinal());
    }

    /** @return the effects of all four modes, in the order NORMAL, COMFORT, EVU, BOOST */
    public static List<ThermiaModeEffect> all() {
        return ALL;
    }

    /** How strongly a mode asks the heat pump to act (SG-Ready: 0/1 recommends, 1/1 commands). */
    public enum Strength {
        /** Normal operation: nothing asked. */
        NONE,
        /** Run more if it makes sense (COMFORT). */
        RECOMMENDATION,
        /** Run more now (BOOST). */
        COMMAND,
        /** Do not run the compressor (EVU). */
        LOCK
    }

    /**
     * Tap water start and stop temperatures.
     *
     * @param startCelsius the tank temperature at which tap water heating starts
     * @param stopCelsius the tank temperature at which it stops
     */
    public record TapWater(double startCelsius, double stopCelsius) {
    }
}
