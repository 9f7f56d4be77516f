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
package org.openhab.binding.thermia.internal;

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.modbus.GenesisReading;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The channel states of one {@link GenesisReading}: temperatures in °C (a sensor reporting 32767 "not available"
 * becomes {@code UNDEF}), compressor speed in %, powers in W, the Smart Grid status and the two contact read-backs.
 * The compressor start restriction has no channel (yet) and is not published.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class GenesisStates {

    /** Every channel a poll fills, in publishing order; all {@code UNDEF} while the heat pump does not answer. */
    static final List<String> CHANNELS = List.of(CHANNEL_OPERATING_STATUS, CHANNEL_SUPPLY_TEMPERATURE,
            CHANNEL_RETURN_TEMPERATURE, CHANNEL_OUTDOOR_TEMPERATURE, CHANNEL_TAP_WATER_TEMPERATURE,
            CHANNEL_COMPRESSOR_SPEED, CHANNEL_COMPRESSOR_RUNNING, CHANNEL_THERMAL_POWER, CHANNEL_ELECTRIC_POWER,
            CHANNEL_SG_STATUS, CHANNEL_CONTACT_SG1, CHANNEL_CONTACT_SG2);

    private GenesisStates() {
    }

    /** @return the state of every channel in {@link #CHANNELS} */
    static Map<String, State> of(GenesisReading reading) {
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_OPERATING_STATUS, new DecimalType(reading.operatingStatus()));
        states.put(CHANNEL_SUPPLY_TEMPERATURE, celsius(reading.systemSupply()));
        states.put(CHANNEL_RETURN_TEMPERATURE, celsius(reading.systemReturn()));
        states.put(CHANNEL_OUTDOOR_TEMPERATURE, celsius(reading.outdoor()));
        states.put(CHANNEL_TAP_WATER_TEMPERATURE, celsius(reading.tapWaterWeighted()));
        states.put(CHANNEL_COMPRESSOR_SPEED, new QuantityType<>(reading.compressorSpeedPercent(), Units.PERCENT));
        states.put(CHANNEL_COMPRESSOR_RUNNING, OnOffType.from(reading.compressorRunning()));
        states.put(CHANNEL_THERMAL_POWER, new QuantityType<>(reading.thermalPowerWatts(), Units.WATT));
        states.put(CHANNEL_ELECTRIC_POWER, new QuantityType<>(reading.electricPowerWatts(), Units.WATT));
        SgMode status = reading.smartGridMode();
        states.put(CHANNEL_SG_STATUS, status == null ? UnDefType.UNDEF : new StringType(status.name()));
        states.put(CHANNEL_CONTACT_SG1, OnOffType.from(reading.smartGridInput1()));
        states.put(CHANNEL_CONTACT_SG2, OnOffType.from(reading.smartGridInput2()));
        return states;
    }

    private static State celsius(@Nullable Double value) {
        return value == null ? UnDefType.UNDEF : new QuantityType<>(value, SIUnits.CELSIUS);
    }
}
