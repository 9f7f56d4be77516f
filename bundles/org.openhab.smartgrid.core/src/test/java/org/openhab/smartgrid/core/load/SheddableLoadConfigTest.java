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
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invalid load settings are rejected with a message that names the load, the parameter and the allowed range.
 */
@NonNullByDefault
class SheddableLoadConfigTest {

    @Test
    void defaultsAreTheLoxoneAndUtilityValues() {
        SheddableLoadConfig load = SheddableLoadConfig.of("heat pump", 2, 2000);
        assertEquals(Duration.ofMinutes(10), load.minShedTime(), "a shed holds 10 min (lock-time guide)");
        assertEquals(Duration.ofMinutes(10), load.minReleaseTime(), "re-arm after 10 min (lock-time guide)");
        assertEquals(200, load.restoreHysteresis(), "default restore hysteresis 200 W");
        assertFalse(load.shedFeedback(), "without feedback a command counts as carried out");
    }

    @ParameterizedTest(name = "priority {0} is rejected")
    @ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 13, 100 })
    void priorityOutsideOneToTwelveIsRejectedNamingTheLoad(int priority) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SheddableLoadConfig.of("boiler", priority, 2000));
        assertEquals("load 'boiler': priority must be 1 (highest) … 12 (lowest), was " + priority, e.getMessage());
    }

    @ParameterizedTest(name = "priority {0} is accepted")
    @ValueSource(ints = { 1, 6, 12 })
    void priorityOneToTwelveIsAccepted(int priority) {
        assertEquals(priority, SheddableLoadConfig.of("boiler", priority, 2000).priority());
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("negative power", "power",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, -1)),
                Arguments.of("zero power", "power",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, 0)),
                Arguments.of("NaN power", "power",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, Double.NaN)),
                Arguments.of("negative hysteresis", "restoreHysteresis",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, 3700)
                                .withRestoreHysteresis(-10)),
                Arguments.of("negative min shed time", "minShedTime",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, 3700)
                                .withMinShedTime(Duration.ofSeconds(-1))),
                Arguments.of("negative min release time", "minReleaseTime",
                        (Supplier<SheddableLoadConfig>) () -> SheddableLoadConfig.of("ev", 3, 3700)
                                .withMinReleaseTime(Duration.ofSeconds(-1))));
    }

    @ParameterizedTest(name = "{0} is rejected naming {1}")
    @MethodSource("invalidValues")
    void invalidValuesAreRejectedNamingLoadAndParameter(String label, String parameter,
            Supplier<SheddableLoadConfig> config) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, config::get);
        assertTrue(e.getMessage().startsWith("load 'ev': " + parameter + " must be "),
                "expected the load and parameter first, was: " + e.getMessage());
    }

    @Test
    void aBlankNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SheddableLoadConfig.of("  ", 1, 1000));
        assertEquals("load name must not be blank", e.getMessage());
    }

    @Test
    void zeroLockTimesAreAllowedForLoadsWithoutLockRules() {
        SheddableLoadConfig load = SheddableLoadConfig.of("towel rail", 12, 500).withMinShedTime(Duration.ZERO)
                .withMinReleaseTime(Duration.ZERO).withRestoreHysteresis(0);
        assertEquals(Duration.ZERO, load.minShedTime());
        assertEquals(0, load.restoreHysteresis());
    }
}
