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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Identifiers of the Thermia binding: binding id, thing type and channel ids.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ThermiaBindingConstants {

    public static final String BINDING_ID = "thermia";

    public static final ThingTypeUID THING_TYPE_HEATPUMP = new ThingTypeUID(BINDING_ID, "heatpump");

    // requests that the mode arbiter weighs
    public static final String CHANNEL_GRID_LOCK = "grid-lock";
    public static final String CHANNEL_PEAK_SHED = "peak-shed";
    public static final String CHANNEL_PV_BOOST = "pv-boost";
    public static final String CHANNEL_COMFORT_REQUEST = "comfort-request";

    // the mode: manual override (command) and effective mode (state)
    public static final String CHANNEL_SG_MODE = "sg-mode";

    // the two SG-Ready contacts, meant to be linked to relay items with the follow profile
    public static final String CHANNEL_RELAY_SG1 = "relay-sg1";
    public static final String CHANNEL_RELAY_SG2 = "relay-sg2";
    /** Whether the relays are where the guards put them, from the relays' own read-back. */
    public static final String CHANNEL_RELAY_CHECK = "relay-check";

    // guard status: why the relays are (not yet) where the arbiter wants them
    public static final String CHANNEL_WANTED_MODE = "wanted-mode";
    public static final String CHANNEL_ACTIVE_SOURCE = "active-source";
    public static final String CHANNEL_NEXT_CHANGE = "next-change";
    public static final String CHANNEL_LOCKS_TODAY = "locks-today";
    public static final String CHANNEL_LOCK_TIME_TODAY = "lock-time-today";
    public static final String CHANNEL_LAST_EVENT = "last-event";

    // monitoring over the Genesis Modbus connection (only with genesisHost set)
    public static final String CHANNEL_OPERATING_STATUS = "operating-status";
    public static final String CHANNEL_SUPPLY_TEMPERATURE = "supply-temperature";
    public static final String CHANNEL_RETURN_TEMPERATURE = "return-temperature";
    public static final String CHANNEL_OUTDOOR_TEMPERATURE = "outdoor-temperature";
    public static final String CHANNEL_TAP_WATER_TEMPERATURE = "tap-water-temperature";
    public static final String CHANNEL_COMPRESSOR_SPEED = "compressor-speed";
    public static final String CHANNEL_COMPRESSOR_RUNNING = "compressor-running";
    public static final String CHANNEL_THERMAL_POWER = "thermal-power";
    public static final String CHANNEL_ELECTRIC_POWER = "electric-power";
    public static final String CHANNEL_SG_STATUS = "sg-status";
    public static final String CHANNEL_CONTACT_SG1 = "contact-sg1";
    public static final String CHANNEL_CONTACT_SG2 = "contact-sg2";
    public static final String CHANNEL_WIRING_CHECK = "wiring-check";

    // Thing properties
    /** The classification under section 14a EnWG, from heatPumpPowerKw and auxiliaryHeaterPowerKw. */
    public static final String PROPERTY_CONTROLLABLE_CONSUMER = "controllableConsumer14a";
    /** The most lock time per day this system may apply on its own (the guards' daily budget). */
    public static final String PROPERTY_DAILY_LOCK_LIMIT = "dailyLockLimit";

    private ThermiaBindingConstants() {
        // constants only
    }
}
