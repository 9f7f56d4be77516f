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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.thermia.internal.ThermiaConfiguration.RelayOutputKind;
import org.openhab.smartgrid.core.arbiter.ProvisionalRequests;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.guard.GuardParameters;

/**
 * The parameters of a {@code thermia:heatpump} Thing that are the binding's own (relays, Genesis connection, sizing,
 * override expiry): names, units, defaults and ranges, read with the core's parameter model like the guard parameters
 * ({@link GuardParameters}), which the simulator shares. Labels and descriptions live in {@code thing-types.xml}; a
 * test checks that it declares exactly these parameters with these defaults and ranges.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ThermiaParameters {

    public static final Parameter<Duration> OVERRIDE_EXPIRY = Parameter
            .duration("overrideExpiryMinutes", "min", 0, 0, 10_080).build();
    public static final Parameter<Duration> MAX_GRID_LOCK = Parameter
            .duration("maxGridLockMinutes", "min", ProvisionalRequests.DEFAULT_MAX_GRID_LOCK_MINUTES, 1, 1440).build();
    public static final Parameter<Double> DESIGN_LOCK_HOURS = Parameter.decimal("designLockHours", "h", 6.0, 0.0, 24.0)
            .build();
    public static final Parameter<Double> HEAT_PUMP_POWER = Parameter
            .decimal("heatPumpPowerKw", "kW", 0.0, 0.0, 1000.0).advanced().build();
    public static final Parameter<Double> AUXILIARY_HEATER_POWER = Parameter
            .decimal("auxiliaryHeaterPowerKw", "kW", 0.0, 0.0, 1000.0).advanced().build();
    public static final Parameter<RelayOutputKind> RELAY_OUTPUT = Parameter
            .word("relayOutput", RelayOutputKind.class, RelayOutputKind.CHANNELS).build();
    public static final Parameter<String> RELAY_HOST = Parameter.text("relayHost", "", String::trim).build();
    public static final Parameter<Integer> RELAY_PORT = Parameter.integer("relayPort", null, 502, 1, 65_535)
            .advanced().build();
    public static final Parameter<Integer> RELAY_UNIT_ID = Parameter.integer("relayUnitId", null, 1, 0, 247)
            .advanced().build();
    public static final Parameter<Integer> RELAY_COIL_SG1 = Parameter.integer("relayCoilSg1", null, 0, 0, 65_535)
            .advanced().build();
    public static final Parameter<Integer> RELAY_COIL_SG2 = Parameter.integer("relayCoilSg2", null, 1, 0, 65_535)
            .advanced().build();
    public static final Parameter<Duration> RELAY_READ_BACK = Parameter
            .duration("relayReadBackSeconds", "s", 15, 0, 3600).advanced().build();
    public static final Parameter<String> GENESIS_HOST = Parameter.text("genesisHost", "", String::trim).build();
    public static final Parameter<Integer> GENESIS_PORT = Parameter.integer("genesisPort", null, 502, 1, 65_535)
            .advanced().build();
    public static final Parameter<Integer> GENESIS_UNIT_ID = Parameter.integer("genesisUnitId", null, 1, 0, 247)
            .advanced().build();
    public static final Parameter<Duration> POLL_INTERVAL = Parameter.duration("pollInterval", "s", 30, 5, 3600)
            .build();
    public static final Parameter<Duration> WIRING_GRACE_TIME = Parameter
            .duration("wiringGraceTime", "s", 120, 0, 3600).advanced().build();

    /** The binding's own parameters, in the order of {@code thing-types.xml}. */
    public static final ParameterSet THING = new ParameterSet("heat pump",
            List.of(OVERRIDE_EXPIRY, MAX_GRID_LOCK, DESIGN_LOCK_HOURS, HEAT_PUMP_POWER, AUXILIARY_HEATER_POWER,
                    RELAY_OUTPUT, RELAY_HOST, RELAY_PORT, RELAY_UNIT_ID, RELAY_COIL_SG1, RELAY_COIL_SG2,
                    RELAY_READ_BACK, GENESIS_HOST, GENESIS_PORT, GENESIS_UNIT_ID, POLL_INTERVAL, WIRING_GRACE_TIME));

    /**
     * Parameters of earlier versions that a stored Thing may still carry: ignored (with a warning), not refused, so
     * that an update does not take the heat pump offline.
     */
    public static final List<String> RETIRED = List.of("powerControl");

    private ThermiaParameters() {
    }
}
