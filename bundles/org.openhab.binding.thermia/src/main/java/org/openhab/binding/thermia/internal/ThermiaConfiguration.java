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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.ModeArbiter;
import org.openhab.smartgrid.core.arbiter.ProvisionalRequests;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;

/**
 * The configuration of a {@code thermia:heatpump} Thing, filled by {@code getConfigAs}. Field names are the
 * parameter names of {@code OH-INF/thing/thing-types.xml}; the defaults are the same as there.
 * <p>
 * The accessors turn the numbers into core values and throw an {@link IllegalArgumentException} naming the
 * parameter and its allowed range when a value is out of range.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThermiaConfiguration {

    /** Which relay output drives the two contacts. */
    public enum RelayOutputKind {
        /** The relay-sg1/relay-sg2 channels, linked to any relay item with the follow profile. */
        CHANNELS,
        /** Two coils of a Modbus TCP relay module. */
        MODBUS
    }

    // modes
    public String pvSurplusMode = SgMode.BOOST.name();
    public int overrideExpiryMinutes = 0;

    // guards (core defaults)
    public int minLockMinutes = GuardConfig.DEFAULT_MIN_LOCK_MINUTES;
    public int minReleaseMinutes = GuardConfig.DEFAULT_MIN_RELEASE_MINUTES;
    public int maxLockMinutes = GuardConfig.DEFAULT_MAX_LOCK_MINUTES;
    public int maxLocksPerDay = GuardConfig.DEFAULT_MAX_LOCKS_PER_DAY;
    public int maxLockMinutesPerDay = GuardConfig.DEFAULT_MAX_LOCK_MINUTES_PER_DAY;
    public int minModeDwellSeconds = GuardConfig.DEFAULT_MIN_MODE_DWELL_SECONDS;
    public int maxGridLockMinutes = ProvisionalRequests.DEFAULT_MAX_GRID_LOCK_MINUTES;

    // sizing
    public double designLockHours = 2;
    public double heatPumpPowerKw = 0;
    public double auxiliaryHeaterPowerKw = 0;

    // relay output
    public String relayOutput = RelayOutputKind.CHANNELS.name();
    public String relayHost = "";
    public int relayPort = 502;
    public int relayUnitId = 1;
    public int relayCoilSg1 = 0;
    public int relayCoilSg2 = 1;
    public int relayReadBackSeconds = 15;

    // Genesis Modbus connection (monitoring and contact read-back)
    public String genesisHost = "";
    public int genesisPort = 502;
    public int genesisUnitId = 1;
    public int pollInterval = 30;
    public int wiringGraceTime = 120;

    /** @throws IllegalArgumentException naming the guard parameter and its allowed range */
    public GuardConfig guardConfig() {
        return GuardConfig.ofMinutes(minLockMinutes, minReleaseMinutes, maxLockMinutes, maxLocksPerDay,
                maxLockMinutesPerDay, minModeDwellSeconds);
    }

    /**
     * @return how long after it was switched ON a request restored after a restart ends unless confirmed
     * @throws IllegalArgumentException when maxGridLockMinutes is outside 1..1440
     */
    public Duration maxGridLock() {
        return ProvisionalRequests.windowOfMinutes(maxGridLockMinutes);
    }

    /** @throws IllegalArgumentException when pvSurplusMode is neither BOOST nor COMFORT */
    public SgMode pvSurplusMode() {
        return ModeArbiter.parsePvSurplusMode(pvSurplusMode);
    }

    /**
     * @return how long a manual override holds before control returns to automatic; null: until {@code AUTO}
     * @throws IllegalArgumentException when overrideExpiryMinutes is outside 0..10080 (one week)
     */
    public @Nullable Duration overrideExpiry() {
        requireBetween("overrideExpiryMinutes", overrideExpiryMinutes, 0, 10080);
        return overrideExpiryMinutes == 0 ? null : Duration.ofMinutes(overrideExpiryMinutes);
    }

    /** @throws IllegalArgumentException when designLockHours is outside 0..24 */
    public Duration designLockTime() {
        if (!(designLockHours >= 0 && designLockHours <= 24)) {
            throw new IllegalArgumentException("designLockHours must be between 0 and 24, was " + designLockHours);
        }
        return Duration.ofSeconds(Math.round(designLockHours * 3600));
    }

    /**
     * @return the §14a EnWG classification, or null when heatPumpPowerKw is not set (0)
     * @throws IllegalArgumentException when a power is negative or above 1000 kW
     */
    public @Nullable ControllableConsumer controllableConsumer() {
        requireKw("heatPumpPowerKw", heatPumpPowerKw);
        requireKw("auxiliaryHeaterPowerKw", auxiliaryHeaterPowerKw);
        return heatPumpPowerKw == 0 ? null : new ControllableConsumer(heatPumpPowerKw, auxiliaryHeaterPowerKw);
    }

    /**
     * Checks the relay output settings; the Modbus ones only when the Modbus output is chosen.
     *
     * @throws IllegalArgumentException naming the parameter and the allowed values or range
     */
    public RelayOutputKind relayOutputKind() {
        RelayOutputKind kind;
        try {
            kind = RelayOutputKind.valueOf(relayOutput.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relayOutput must be CHANNELS or MODBUS, was '" + relayOutput + "'",
                    e);
        }
        if (kind == RelayOutputKind.MODBUS) {
            requireHost("relayHost", relayHost);
            requireBetween("relayPort", relayPort, 1, 65535);
            requireBetween("relayUnitId", relayUnitId, 0, 247);
            requireBetween("relayCoilSg1", relayCoilSg1, 0, 65535);
            requireBetween("relayCoilSg2", relayCoilSg2, 0, 65535);
            if (relayCoilSg1 == relayCoilSg2) {
                throw new IllegalArgumentException(
                        "relayCoilSg2 must differ from relayCoilSg1, both were " + relayCoilSg1);
            }
            requireBetween("relayReadBackSeconds", relayReadBackSeconds, 0, 3600);
        }
        return kind;
    }

    /** @return how often the relay module's coils are read back between writes; zero for never */
    public Duration relayReadBack() {
        return Duration.ofSeconds(relayReadBackSeconds);
    }

    /** @return whether a Genesis Modbus connection is configured (genesisHost not empty) */
    public boolean hasGenesisConnection() {
        return !genesisHost.isBlank();
    }

    /** @throws IllegalArgumentException naming the Genesis parameter and its range, when a connection is set */
    public void checkGenesis() {
        if (!hasGenesisConnection()) {
            return;
        }
        requireHost("genesisHost", genesisHost);
        requireBetween("genesisPort", genesisPort, 1, 65535);
        requireBetween("genesisUnitId", genesisUnitId, 0, 247);
        requireBetween("pollInterval", pollInterval, 5, 3600);
        requireBetween("wiringGraceTime", wiringGraceTime, 0, 3600);
    }

    /**
     * Checks every parameter at once.
     *
     * @throws IllegalArgumentException for the first parameter out of range, naming it and its range
     */
    public void validate() {
        guardConfig();
        maxGridLock();
        pvSurplusMode();
        overrideExpiry();
        designLockTime();
        controllableConsumer();
        relayOutputKind();
        checkGenesis();
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requireKw(String name, double value) {
        if (!(value >= 0 && value <= 1000)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1000 kW, was " + value);
        }
    }

    private static void requireHost(String name, String value) {
        if (value.isBlank() || value.trim().contains(" ")) {
            throw new IllegalArgumentException(name + " must be a host name or IP address, was '" + value + "'");
        }
    }
}
