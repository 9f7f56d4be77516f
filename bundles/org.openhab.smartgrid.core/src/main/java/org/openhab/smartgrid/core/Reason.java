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
package org.openhab.smartgrid.core;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Why the engine decided what it decided. Every decision of the arbiter, the guards and the managers carries
 * one of these, so that channels, logs, the console and the simulator timeline can all say why.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum Reason {
    // --- mode arbitration: which source won
    /** The grid operator's mandatory lock contact is active. */
    GRID_LOCK,
    /** A user chose the mode by hand. */
    MANUAL_OVERRIDE,
    /** The load manager asks to shed the heat pump. */
    PEAK_SHED,
    /** The energy manager has PV surplus for the heat pump. */
    PV_SURPLUS,
    /** A comfort request (for example a cheap-tariff window) is active. */
    COMFORT_REQUEST,
    /** Nobody asks for anything: normal operation. */
    DEFAULT,

    // --- guards between arbiter and relays
    /** The change was applied at once. */
    APPLIED,
    /** A lock must stay applied for its minimum hold time. */
    LOCK_HOLD,
    /** A lock may be applied again only after the minimum release time. */
    LOCK_REARM,
    /** The self-imposed lock budget (per block, per day, count, release length) forbids a lock now. */
    LOCK_BUDGET,
    /** Relays change at most once per dwell time. */
    MODE_DWELL,
    /** A mandatory grid lock was applied inside a guard window. */
    GUARD_OVERRIDE,
    /** After a restart the saved guard history was restored. */
    HISTORY_RESTORED,
    /** After a restart the guard history was missing or corrupt: the most restrictive history is assumed. */
    HISTORY_UNKNOWN,

    // --- energy manager (Loxone Energiemanager)
    /** Enough PV surplus to run the load. */
    SURPLUS,
    /** Surplus is there, but the activation delay has not yet passed. */
    ACTIVATION_DELAY,
    /** The daily minimum runtime is forced in before its deadline. */
    DAILY_MINIMUM,
    /** A user forced the load on. */
    FORCED,
    /** The load must stay on for its minimum on time. */
    MIN_ON_HOLD,
    /** The load must stay off for its minimum off time. */
    MIN_OFF_HOLD,
    /** Not enough surplus for the load. */
    NO_SURPLUS,
    /**
     * The load's temperature (a tank's) reached its stop temperature: surplus does not run it until the temperature
     * has dropped by the hysteresis ("boost until").
     */
    TEMPERATURE_REACHED,
    /** The running load is without surplus, but its stop delay has not yet passed (evcc: disable.delay). */
    STOP_DELAY,
    /** The battery is below its minimum state of charge and charges first. */
    BATTERY_PRIORITY,
    /** A higher-priority load was started on this load's surplus. */
    PREEMPTED,
    /** The manager is locked (Loxone's Off): the energy manager starts nothing, the load manager sheds nothing. */
    LOCKED,
    /** The meter reading is missing, undefined or too old: the documented safe state applies. */
    STALE_METER,

    // --- load manager (Loxone Lastmanager, capacity tariff)
    /** Instantaneous import is above the maximum power. */
    SHED_OVERLOAD,
    /** The quarter-hour average would exceed the maximum power. */
    SHED_PEAK,
    /** Enough headroom again: the load runs. */
    RESTORED,
    /** Import is within the limit: nothing to do. */
    WITHIN_LIMIT
}
