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
package org.openhab.smartgrid.simulator.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * YAML configurations map to typed records; mistakes name the file, the line and the key.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConfigLoaderTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInScenario.class)
    void everyBuiltInConfigurationCarriesTheSeedParameters(BuiltInScenario scenario) {
        SimulationConfig config = scenario.config();
        EnergyLoadConfig boost = config.energyManager().loads().get(0);
        assertEquals("heatpump boost", boost.name());
        assertEquals(Duration.ZERO, boost.activationDelay(), "activation 0 s");
        assertEquals(Duration.ofMinutes(5), boost.minOnTime(), "min on 5 min");
        assertEquals(Duration.ofMinutes(10), boost.minOffTime(), "min off 10 min");
        assertEquals(Duration.ZERO, boost.minOnTimePerDay(), "min on/day 0");
        assertEquals(new DailyDeadline.Sunset(), boost.dailyDeadline(), "deadline sunset");
        assertEquals(3000.0, boost.switchOnPower(), "switch-on power 3 kW");
        assertEquals(2000.0, boost.power(), "power 2 kW");
        assertEquals(5000.0, config.loadManager().maxPower(), "load manager max 5 kW");
        assertEquals(ZoneId.of("Europe/Brussels"), config.house().timeZone());
        assertEquals("heatpump boost", config.house().boostLoad());
        assertEquals("heatpump", config.house().shedLoad());
        assertEquals(GuardConfig.defaults(), config.guard(), "the design's guard defaults");
    }

    @Test
    void anEmptyFileGivesTheDefaults() {
        SimulationConfig config = ConfigLoader.parse("empty.yaml", "{}\n");
        assertEquals(GuardConfig.defaults(), config.guard());
        assertEquals(LoadManagerMode.PEAK, config.loadManager().mode());
        assertTrue(config.energyManager().loads().isEmpty());
    }

    @Test
    void valuesMapToTypedRecordsWithTheirUnits() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", """
                guard:
                  minLockMinutes: 15
                  minModeDwellSeconds: 90
                  pvSurplusMode: comfort
                energyManager:
                  staleAfter: 30
                  loads:
                    - name: boiler
                      priority: 2
                      switchOnPower: 2500
                      power: 2400
                      activationDelay: 120
                      minOnTimePerDay: 60
                      dailyDeadline: "16:30"
                loadManager:
                  mode: both
                  maxPower: 4000
                  followMonthPeak: true
                """);
        assertEquals(Duration.ofMinutes(15), config.guard().minLockMinutes());
        assertEquals(Duration.ofSeconds(90), config.guard().minModeDwellSeconds());
        assertEquals(SgMode.COMFORT, config.guard().pvSurplusMode());
        assertEquals(Duration.ofSeconds(30), config.energyManager().staleAfter());
        EnergyLoadConfig boiler = config.energyManager().loads().get(0);
        assertEquals(Duration.ofSeconds(120), boiler.activationDelay(), "activationDelay is in seconds");
        assertEquals(Duration.ofMinutes(60), boiler.minOnTimePerDay(), "minOnTimePerDay is in minutes");
        assertEquals(new DailyDeadline.At(LocalTime.of(16, 30)), boiler.dailyDeadline());
        assertEquals(LoadManagerMode.BOTH, config.loadManager().mode());
        assertTrue(config.loadManager().followMonthPeak());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { //
            "unknown top-level key     | 'house:\n  timeZone: UTC\nhouses: 1\n'                   | 3 | 'houses'",
            "misspelt guard key        | 'guard:\n  minLockMinutes: 10\n  minLockMinute: 5\n'    | 3 | 'guard.minLockMinute'",
            "unknown key in a load     | 'energyManager:\n  loads:\n    - name: a\n      power: 1\n      watts: 3\n' | 5 | 'energyManager.loads[0].watts'",
            "unknown heat pump key     | 'house:\n  heatPump:\n    cop: 3\n    scop: 4\n'           | 4 | 'house.heatPump.scop'" })
    void anUnknownKeyIsAnErrorNamingTheKeyAndItsLine(String name, String yaml, int line, String key) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("house.yaml", yaml));
        assertEquals(line, e.line(), "line of the unknown key in: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("house.yaml:" + line + ": unknown key '" + key + "'"),
                "message names file, line and key: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { //
            "not a number          | 'loadManager:\n  maxPower: lots\n'                        | 2 | loadManager.maxPower",
            "out of range priority | 'loadManager:\n  loads:\n    - name: hp\n      priority: 13\n      power: 2000\n' | 3 | priority must be between 1 and 12",
            "bad boost mode        | 'guard:\n  pvSurplusMode: EVU\n'                           | 2 | pvSurplusMode",
            "unknown wiring        | 'house:\n  heatPump:\n    boostLoad: nothing\n'             | 1 | house.heatPump.boostLoad",
            "bad zone              | 'house:\n  timeZone: Mars/Olympus\n'                     | 2 | house.timeZone",
            "repeated load         | 'energyManager:\n  loads:\n    - name: a\n      power: 1\n    - name: a\n      power: 1\n' | 5 | 'a'" })
    void anInvalidValueIsAnErrorNamingTheParameterAndLine(String name, String yaml, int line, String named) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("house.yaml", yaml));
        assertEquals(line, e.line(), "line in: " + e.getMessage());
        assertTrue(e.getMessage().contains(named), "message names " + named + ": " + e.getMessage());
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("house.yaml", "guard:\n  minLockMinutes: [1,\n"));
        assertTrue(e.getMessage().startsWith("house.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }
}
