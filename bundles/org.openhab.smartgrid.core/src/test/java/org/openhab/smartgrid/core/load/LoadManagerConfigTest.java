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
package org.openhab.smartgrid.core.load;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * Manager settings: Loxone-like defaults, and invalid values rejected with the parameter and its range.
 */
@NonNullByDefault
class LoadManagerConfigTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void defaultsAreDocumented() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of());
        assertEquals(LoadManagerMode.OVERLOAD, config.mode(), "Loxone's classic Lastmanager watches overload");
        assertFalse(config.followMonthPeak());
        assertEquals(2500, config.monthPeakFloor(), "Flemish capacity tariff floor 2.5 kW");
        assertEquals(Duration.ofSeconds(60), config.staleAfter());
        assertEquals(Duration.ofSeconds(15), config.feedbackTimeout());
        assertEquals(SignConvention.IMPORT_POSITIVE, config.signConvention());
        assertEquals(5000, config.overloadLimit(), "overload limit defaults to maxPower");
    }

    @Test
    void overloadPowerIsTheInstantaneousLimitOnlyInBothMode() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of()).withOverloadPower(9200);
        assertEquals(5000, config.overloadLimit(), "OVERLOAD mode uses maxPower");
        assertEquals(9200, config.withMode(LoadManagerMode.BOTH).overloadLimit(), "BOTH uses overloadPower");
    }

    @Test
    void duplicateLoadNamesAreRejectedNamingTheLoad() {
        List<SheddableLoadConfig> loads = List.of(SheddableLoadConfig.of("boiler", 1, 2000),
                SheddableLoadConfig.of("ev", 2, 3700), SheddableLoadConfig.of("boiler", 3, 1000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadManagerConfig.of(5000, BRUSSELS, loads));
        assertEquals("load 'boiler': name is used by more than one load; names must be unique", e.getMessage());
    }

    @ParameterizedTest(name = "maxPower {0} W is rejected")
    @ValueSource(doubles = { 0, -5000, Double.NaN, Double.POSITIVE_INFINITY })
    void maxPowerMustBePositive(double watts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadManagerConfig.of(watts, BRUSSELS, List.of()));
        assertTrue(e.getMessage().startsWith("maxPower must be more than 0 W"), e.getMessage());
    }

    @Test
    void negativeOverloadPowerAndFloorAreRejected() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withOverloadPower(-1)).getMessage()
                .startsWith("overloadPower must be 0 W (same as maxPower) or more"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withMonthPeakFloor(-1)).getMessage()
                .startsWith("monthPeakFloor must be 0 W or more"));
    }

    @ParameterizedTest(name = "staleAfter {0} s is rejected")
    @ValueSource(longs = { -1, 0, 901 })
    void staleAfterMustBeMoreThanZeroAndAtMostAQuarter(long seconds) {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config.withStaleAfter(Duration.ofSeconds(seconds)));
        assertTrue(e.getMessage().startsWith("staleAfter must be more than 0 s and at most 15 min"), e.getMessage());
    }

    @Test
    void negativeFeedbackTimeoutIsRejected() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config.withFeedbackTimeout(Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().startsWith("feedbackTimeout must be 0 s or more"), e.getMessage());
    }

    @Test
    void theLoadListIsCopied() {
        List<SheddableLoadConfig> loads = new java.util.ArrayList<>(List.of(SheddableLoadConfig.of("ev", 1, 3700)));
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, loads);
        loads.clear();
        assertEquals(1, config.loads().size(), "later changes to the caller's list must not change the config");
    }
}
