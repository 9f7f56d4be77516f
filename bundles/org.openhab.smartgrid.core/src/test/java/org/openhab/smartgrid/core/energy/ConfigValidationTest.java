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
package org.openhab.smartgrid.core.energy;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.smartgrid.core.energy.EnergyRig.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * Invalid configuration is rejected with a message that names the load, the parameter and the allowed range.
 */
@NonNullByDefault
class ConfigValidationTest {

    private static void rejected(Supplier<?> build, String... expectedParts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), "message should contain '" + part + "': " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "priority {0} is rejected")
    @CsvSource({ "0", "13", "-1" })
    void aPriorityOutsideOneToTwelveIsRejected(int priority) {
        rejected(() -> load("boiler", 2000).priority(priority).build(), "load 'boiler'", "priority", "1 (highest) to 12");
    }

    @Test
    void negativePowersAreRejected() {
        rejected(() -> load("boiler", -1).build(), "load 'boiler'", "power", "more than 0 W");
        rejected(() -> load("boiler", 0).build(), "load 'boiler'", "power", "more than 0 W");
        rejected(() -> load("boiler", 2000).switchOnPower(-0.5).build(), "load 'boiler'", "switchOnPower",
                "0 W or more");
        rejected(() -> load("boiler", Double.NaN).build(), "load 'boiler'", "power");
    }

    @Test
    void negativeTimesAreRejected() {
        Duration negative = Duration.ofSeconds(-1);
        rejected(() -> load("b", 1).activationDelay(negative).build(), "load 'b'", "activationDelay", "0 s or more");
        rejected(() -> load("b", 1).minOnTime(negative).build(), "load 'b'", "minOnTime", "0 s or more");
        rejected(() -> load("b", 1).minOffTime(negative).build(), "load 'b'", "minOffTime", "0 s or more");
        rejected(() -> load("b", 1).minOnTimePerDay(negative).build(), "load 'b'", "minOnTimePerDay");
        rejected(() -> load("b", 1).minOnTimePerDay(Duration.ofHours(25)).build(), "load 'b'", "minOnTimePerDay",
                "0 to 1440 min");
    }

    @Test
    void duplicateLoadNamesAreRejected() {
        rejected(() -> new EnergyManager(EnergyManagerConfig.defaults(BRUSSELS),
                List.of(load("boiler", 2000).build(), load("boiler", 1000).priority(2).build())), "load 'boiler'",
                "name", "unique");
    }

    @Test
    void aBlankNameAndAnEmptyLoadListAreRejected() {
        rejected(() -> load(" ", 2000).build(), "load name");
        rejected(() -> new EnergyManager(EnergyManagerConfig.defaults(BRUSSELS), List.of()), "loads",
                "at least one");
    }

    @Test
    void aSunsetDeadlineWithoutALocationIsRejectedWhenADailyMinimumUsesIt() {
        rejected(() -> new EnergyManager(EnergyManagerConfig.defaults(BRUSSELS),
                List.of(load("boost", 2000).minOnTimePerDay(minutes(30)).dailyDeadline(DailyDeadline.sunset())
                        .build())),
                "load 'boost'", "dailyDeadline", "SUNSET", "location");
        // the seed's setting: min on/day 0 with deadline sunset; the deadline is never used, so no location needed
        assertDoesNotThrow(() -> new EnergyManager(EnergyManagerConfig.defaults(BRUSSELS),
                List.of(load("boost", 2000).dailyDeadline(DailyDeadline.sunset()).build())));
    }

    @Test
    void invalidManagerParametersAreRejected() {
        EnergyManagerConfig defaults = EnergyManagerConfig.defaults(BRUSSELS);
        rejected(() -> defaults.withMinSoc(101), "minSoc", "0 to 100 %");
        rejected(() -> defaults.withMinSoc(-1), "minSoc", "0 to 100 %");
        rejected(() -> defaults.withStaleAfter(Duration.ZERO), "staleAfter", "more than 0 s");
        rejected(() -> defaults.withSettleTime(Duration.ofSeconds(-1)), "settleTime", "0 s or more");
        rejected(() -> defaults.withOffset(Double.POSITIVE_INFINITY), "offset");
        rejected(() -> new GeoLocation(91, 0), "latitude", "-90 to 90");
        rejected(() -> new GeoLocation(0, 181), "longitude", "-180 to 180");
    }

    @Test
    void theDefaultsAreLoxonesBehaviourAndOurs() {
        EnergyManagerConfig config = EnergyManagerConfig.defaults(BRUSSELS);
        assertEquals(0, config.offset(), "Loxone's offset default: run on surplus only");
        assertEquals(Duration.ofSeconds(60), config.staleAfter());
        assertEquals(SignConvention.IMPORT_POSITIVE, config.gridSign());
        SurplusLoadConfig load = load("boiler", 2000).build();
        assertEquals(2000, load.switchOnPower(), "switch-on power defaults to the load's power");
        assertEquals(DailyDeadline.END_OF_DAY, load.dailyDeadline(), "deadline defaults to midnight");
    }

    @ParameterizedTest(name = "''{0}'' parses as {1}")
    @CsvSource({ "SUNSET, SUNSET", "sunset, SUNSET", "18:30, 18:30", "24:00, 24:00", "00:00, 24:00" })
    void deadlinesParseAsUsersWriteThem(String text, String expected) {
        assertEquals(expected, DailyDeadline.parse(text).toString());
    }

    @Test
    void anUnreadableDeadlineIsRejected() {
        rejected(() -> DailyDeadline.parse("dusk"), "dailyDeadline", "SUNSET or a local time");
        assertEquals(DailyDeadline.at(LocalTime.of(7, 15)), DailyDeadline.parse(" 07:15 "));
    }
}
