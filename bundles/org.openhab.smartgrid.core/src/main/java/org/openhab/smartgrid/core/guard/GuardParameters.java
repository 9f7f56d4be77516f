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
package org.openhab.smartgrid.core.guard;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.arbiter.ModeArbiter;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The parameters of the heat pump's guards and mode arbitration, once for the openHAB Thing's configuration and the
 * simulator's {@code guard}: names, units, defaults and ranges, and the {@link GuardConfig} they make.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class GuardParameters {

    public static final Parameter<Duration> MIN_LOCK = Parameter
            .duration("minLockMinutes", "min", GuardConfig.DEFAULT_MIN_LOCK_MINUTES, 0, 1440)
            .text("Minimum Lock Time",
                    "Once EVU is applied it stays applied at least this long, in minutes. At most the maximum lock "
                            + "time per block.")
            .build();
    public static final Parameter<Duration> MIN_RELEASE = Parameter
            .duration("minReleaseMinutes", "min", GuardConfig.DEFAULT_MIN_RELEASE_MINUTES, 0, 1440)
            .text("Minimum Release Time",
                    "After EVU is released it may be applied again only after this long, in minutes.")
            .build();
    public static final Parameter<Duration> MAX_LOCK = Parameter
            .duration("maxLockMinutes", "min", GuardConfig.DEFAULT_MAX_LOCK_MINUTES, 1, 1440)
            .text("Max Lock per Block",
                    "The longest lock this system applies on its own (peak shedding, manual EVU) in one block, in "
                            + "minutes. The grid operator's lock is never limited.")
            .build();
    public static final Parameter<Integer> MAX_LOCKS_PER_DAY = Parameter
            .integer("maxLocksPerDay", null, GuardConfig.DEFAULT_MAX_LOCKS_PER_DAY, 0, 48)
            .text("Max Locks per Day",
                    "The most lock blocks per day this system starts on its own. 0: this system never locks; the "
                            + "grid operator's lock still works.")
            .build();
    public static final Parameter<Duration> MAX_LOCK_PER_DAY = Parameter
            .duration("maxLockMinutesPerDay", "min", GuardConfig.DEFAULT_MAX_LOCK_MINUTES_PER_DAY, 1, 1440)
            .text("Max Lock per Day",
                    "The most lock time per day this system applies on its own, in minutes. At least the maximum "
                            + "lock time per block.")
            .build();
    public static final Parameter<Duration> MIN_MODE_DWELL = Parameter
            .duration("minModeDwellSeconds", "s", GuardConfig.DEFAULT_MIN_MODE_DWELL_SECONDS, 0, 3600)
            .text("Minimum Mode Dwell",
                    "The relays change at most once per this time, in seconds, against chatter. The grid operator's "
                            + "lock is applied at once.")
            .advanced().build();
    public static final Parameter<SgMode> PV_SURPLUS_MODE = Parameter
            .text("pvSurplusMode", SgMode.BOOST.name(), ModeArbiter::parsePvSurplusMode)
            .options(List.of(SgMode.BOOST.name(), SgMode.COMFORT.name()))
            .text("PV Surplus Mode",
                    "The mode asked for on PV surplus: BOOST (1/1, a command to run more) or COMFORT (0/1, only a "
                            + "recommendation).")
            .build();

    /** Every parameter, in the order a user reads them. */
    public static final ParameterSet GUARDS = new ParameterSet("heat pump", List.of(PV_SURPLUS_MODE, MIN_LOCK,
            MIN_RELEASE, MAX_LOCK, MAX_LOCKS_PER_DAY, MAX_LOCK_PER_DAY, MIN_MODE_DWELL));

    private GuardParameters() {
    }

    /** @throws IllegalArgumentException naming the rule the values break together */
    public static GuardConfig config(ParameterValues values) {
        return new GuardConfig(values.get(MIN_LOCK), values.get(MIN_RELEASE), values.get(MAX_LOCK),
                values.get(MAX_LOCKS_PER_DAY), values.get(MAX_LOCK_PER_DAY), values.get(MIN_MODE_DWELL));
    }
}
