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

import static org.openhab.binding.thermia.internal.ThermiaParameters.*;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;

/**
 * The configuration of a {@code thermia:heatpump} Thing, read from the Thing's configuration with the core's
 * parameter model: the guard parameters ({@link GuardParameters}, the same the simulator reads) and the binding's own
 * ({@link ThermiaParameters}). Reading checks every value and refuses a name that is no parameter, naming the nearest
 * one, so a typo in a {@code .things} file does not silently leave a default in force.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ThermiaConfiguration {

    /** Which relay output drives the two contacts. */
    public enum RelayOutputKind {
        /** The relay-sg1/relay-sg2 channels, linked to any relay item with the follow profile. */
        CHANNELS,
        /** Two coils of a Modbus TCP relay module. */
        MODBUS
    }

    private final ParameterValues guards;
    private final ParameterValues own;
    private final Set<String> retired;

    private ThermiaConfiguration(ParameterValues guards, ParameterValues own, Set<String> retired) {
        this.guards = guards;
        this.own = own;
        this.retired = retired;
    }

    /**
     * Reads and checks every parameter at once, including the rules between parameters.
     *
     * @param raw the Thing's configuration (numbers as BigDecimal, texts, flags)
     * @throws IllegalArgumentException naming the first parameter that is unknown or out of range, and its rule
     */
    public static ThermiaConfiguration read(Map<String, ?> raw) {
        Set<String> ownNames = names(THING.parameters().stream());
        Set<String> guardNames = names(GuardParameters.GUARDS.parameters().stream());
        Set<String> retired = raw.keySet().stream().filter(RETIRED::contains).collect(Collectors.toUnmodifiableSet());
        Set<String> notGuards = Stream.concat(ownNames.stream(), retired.stream()).collect(Collectors.toSet());
        Set<String> notOwn = Stream.concat(guardNames.stream(), retired.stream()).collect(Collectors.toSet());
        ThermiaConfiguration config = new ThermiaConfiguration(GuardParameters.GUARDS.read(raw, notGuards),
                THING.read(raw, notOwn), retired);
        config.guardConfig();
        config.relayOutputKind();
        return config;
    }

    private static Set<String> names(Stream<Parameter<?>> parameters) {
        return parameters.map(Parameter::name).collect(Collectors.toUnmodifiableSet());
    }

    /** @return parameters of earlier versions this configuration still carries; they are ignored */
    public Set<String> retired() {
        return retired;
    }

    /** @throws IllegalArgumentException naming the rule between guard parameters that the values break */
    public GuardConfig guardConfig() {
        return GuardParameters.config(guards);
    }

    /** @return how long after it was switched ON a request restored after a restart ends unless confirmed */
    public Duration maxGridLock() {
        return own.get(MAX_GRID_LOCK);
    }

    public SgMode pvSurplusMode() {
        return guards.get(GuardParameters.PV_SURPLUS_MODE);
    }

    /** @return how long a manual override holds before control returns to automatic; null: until {@code AUTO} */
    public @Nullable Duration overrideExpiry() {
        Duration expiry = own.get(OVERRIDE_EXPIRY);
        return expiry.isZero() ? null : expiry;
    }

    public double designLockHours() {
        return own.get(DESIGN_LOCK_HOURS);
    }

    public Duration designLockTime() {
        return Duration.ofSeconds(Math.round(designLockHours() * 3600));
    }

    /** @return the §14a EnWG classification, or null when heatPumpPowerKw is not set (0) */
    public @Nullable ControllableConsumer controllableConsumer() {
        double heatPump = own.get(HEAT_PUMP_POWER);
        return heatPump == 0 ? null : new ControllableConsumer(heatPump, own.get(AUXILIARY_HEATER_POWER));
    }

    /**
     * @return the relay output; with MODBUS its host set and its two coils distinct
     * @throws IllegalArgumentException naming the parameter that breaks the rule
     */
    public RelayOutputKind relayOutputKind() {
        RelayOutputKind kind = own.get(RELAY_OUTPUT);
        if (kind == RelayOutputKind.MODBUS) {
            requireHost(RELAY_HOST);
            if (relayCoilSg1() == relayCoilSg2()) {
                throw new IllegalArgumentException(
                        "relayCoilSg2 must differ from relayCoilSg1, both were " + relayCoilSg1());
            }
        }
        if (hasGenesisConnection()) {
            requireHost(GENESIS_HOST);
        }
        return kind;
    }

    public String relayHost() {
        return own.get(RELAY_HOST);
    }

    public int relayPort() {
        return own.get(RELAY_PORT);
    }

    public int relayUnitId() {
        return own.get(RELAY_UNIT_ID);
    }

    public int relayCoilSg1() {
        return own.get(RELAY_COIL_SG1);
    }

    public int relayCoilSg2() {
        return own.get(RELAY_COIL_SG2);
    }

    /** @return how often the relay module's coils are read back between writes; zero for never */
    public Duration relayReadBack() {
        return own.get(RELAY_READ_BACK);
    }

    /** @return whether a Genesis Modbus connection is configured (genesisHost not empty) */
    public boolean hasGenesisConnection() {
        return !genesisHost().isEmpty();
    }

    public String genesisHost() {
        return own.get(GENESIS_HOST);
    }

    public int genesisPort() {
        return own.get(GENESIS_PORT);
    }

    public int genesisUnitId() {
        return own.get(GENESIS_UNIT_ID);
    }

    public Duration pollInterval() {
        return own.get(POLL_INTERVAL);
    }

    public Duration wiringGraceTime() {
        return own.get(WIRING_GRACE_TIME);
    }

    private void requireHost(Parameter<String> host) {
        String value = own.get(host);
        if (value.isEmpty() || value.contains(" ")) {
            throw new IllegalArgumentException(
                    host.name() + " must be a host name or IP address, was '" + value + "'");
        }
    }
}
