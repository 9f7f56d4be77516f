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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.EnergyManagerConfig;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * YAML configurations are read through the core's parameter model, with openHAB's names, values and defaults, into
 * the core's records; mistakes name the file, the line, the column and the key.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConfigLoaderTest {

    /** The least a configuration with both managers gives: what openHAB requires. */
    static final String MINIMAL = """
            energyManager:
              gridItem: Grid_Power
              loads:
                - load: boiler
                  power: 2400
            loadManager:
              gridItem: Grid_Power
              maxPower: 5000
              loads:
                - load: heatpump
                  power: 2000
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInScenario.class)
    void everyBuiltInConfigurationCarriesTheSeedParameters(BuiltInScenario scenario) {
        SimulationConfig config = scenario.config();
        SurplusLoadConfig boost = config.surplusLoads().get(0);
        assertEquals("heatpump boost", boost.name());
        assertEquals(Duration.ZERO, boost.activationDelay(), "activation 0 s");
        assertEquals(Duration.ofMinutes(5), boost.minOnTime(), "min on 5 min");
        assertEquals(Duration.ofMinutes(10), boost.minOffTime(), "min off 10 min");
        assertEquals(Duration.ZERO, boost.minOnTimePerDay(), "min on/day 0");
        assertEquals(DailyDeadline.sunset(), boost.dailyDeadline(), "deadline sunset");
        assertEquals(3000.0, boost.switchOnPower(), "switch-on power 3 kW");
        assertEquals(2000.0, boost.power(), "power 2 kW");
        LoadManagerConfig peak = config.loadManagerConfig();
        assertEquals(5000.0, peak.maxPower(), "load manager max 5 kW");
        assertEquals(LoadManagerMode.PEAK, peak.mode(), "the capacity tariff's quarter-hours");
        assertTrue(peak.loads().get(0).shedFeedback(), "the heat pump reports its EVU (shedFeedbackItem)");
        assertEquals(ZoneId.of("Europe/Brussels"), config.house().timeZone());
        assertEquals("heatpump boost", config.house().boostLoad());
        assertEquals("heatpump", config.house().shedLoad());
        assertEquals(GuardParameters.config(GuardParameters.GUARDS.read(Map.of())), config.guardConfig(),
                "the design's guard defaults");
    }

    /** Every value not given is the model's default, as openHAB's triggers and Thing would take it. */
    @Test
    void everyDefaultIsTheModels() {
        SimulationConfig config = ConfigLoader.parse("minimal.yaml", MINIMAL);
        assertDefaults(GuardParameters.GUARDS, config.guard().canonical(), List.of());
        ManagerSetup energy = config.energyManager();
        ManagerSetup load = config.loadManager();
        assertNotNull(energy);
        assertNotNull(load);
        assertDefaults(EnergyManagerParameters.MANAGER, energy.settings().canonical(), List.of());
        assertDefaults(EnergyManagerParameters.WIRING, energy.wiring().canonical(), List.of("gridItem"));
        assertDefaults(SurplusLoadParameters.LOAD, energy.loads().get(0).parameters().canonical(), List.of("power"));
        assertDefaults(SurplusLoadParameters.WIRING, energy.loads().get(0).wiring().canonical(), List.of("load"));
        assertDefaults(LoadManagerParameters.MANAGER, load.settings().canonical(), List.of("maxPower"));
        assertDefaults(LoadManagerParameters.WIRING, load.wiring().canonical(), List.of("gridItem"));
        assertDefaults(SheddableLoadParameters.LOAD, load.loads().get(0).parameters().canonical(), List.of("power"));
        assertDefaults(SheddableLoadParameters.WIRING, load.loads().get(0).wiring().canonical(), List.of("load"));

        // the defaults openHAB has and the simulator used to have otherwise
        SurplusLoadConfig boiler = config.surplusLoads().get(0);
        assertEquals(2400.0, boiler.switchOnPower(), "switchOnPower -1: the same as the power");
        assertEquals(DailyDeadline.END_OF_DAY, boiler.dailyDeadline(), "dailyDeadline 24:00");
        LoadManagerConfig peak = config.loadManagerConfig();
        assertEquals(LoadManagerMode.OVERLOAD, peak.mode());
        assertEquals(200.0, peak.loads().get(0).restoreHysteresis());
        assertFalse(peak.loads().get(0).shedFeedback(), "without a shedFeedbackItem a shed counts at once");
        assertEquals("energy", energy.name());
        assertEquals("grid", load.name());
    }

    private static void assertDefaults(ParameterSet set, Map<String, Object> values, List<String> given) {
        assertEquals(set.parameters().stream().map(Parameter::name).toList(), List.copyOf(values.keySet()),
                "every parameter of the " + set.subject() + ", in the model's order");
        for (Parameter<?> parameter : set.parameters()) {
            if (!given.contains(parameter.name())) {
                assertEquals(parameter.canonical(null), values.get(parameter.name()),
                        set.subject() + " " + parameter.name() + " defaults as in the model");
            }
        }
    }

    @Test
    void openHabsOwnValuesAreTakenAndReachTheCoreRecords() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", """
                house:
                  location: { latitude: 51.2, longitude: 3.2 }
                guard:
                  minLockMinutes: 15
                  minModeDwellSeconds: 90
                  pvSurplusMode: comfort
                energyManager:
                  manager: Q
                  gridItem: Grid_Power
                  gridSign: EXPORT_POSITIVE
                  offset: -100
                  minSoc: 20
                  staleAfter: 30
                  settleTime: 45
                  loads:
                    - load: boiler
                      priority: 2
                      switchOnPower: -1
                      power: 2400
                      activationDelay: 120
                      minOnTimePerDay: 60
                      dailyDeadline: "24:00"
                    - load: pool
                      power: 800
                      dailyDeadline: 16:30
                loadManager:
                  gridItem: Grid_Power
                  mode: both
                  maxPower: 4000
                  overloadPower: 7000
                  followMonthPeak: true
                  monthPeakFloor: 3000
                  staleAfter: 120
                  feedbackTimeout: 30
                  loads:
                    - load: heatpump
                      power: 2000
                      shedFeedbackItem: HeatPump_SG_Mode
                """);
        assertEquals(Duration.ofMinutes(15), config.guardConfig().minLock());
        assertEquals(Duration.ofSeconds(90), config.guardConfig().minModeDwell());
        assertEquals(SgMode.COMFORT, config.pvSurplusMode());
        EnergyManagerConfig energy = config.energyManagerConfig();
        assertEquals(-100.0, energy.offset());
        assertEquals(20.0, energy.minSoc());
        assertEquals(Duration.ofSeconds(30), energy.staleAfter());
        assertEquals(Duration.ofSeconds(45), energy.settleTime(), "settleTime reaches the core");
        assertEquals(org.openhab.smartgrid.core.meter.SignConvention.IMPORT_POSITIVE, energy.gridSign(),
                "the simulator's meter data is import positive, whatever openHAB's meter item does");
        assertEquals(51.2, config.house().location().latitude(), "SUNSET where the house is");
        SurplusLoadConfig boiler = config.surplusLoads().get(0);
        assertEquals(2400.0, boiler.switchOnPower(), "switchOnPower -1 is the power");
        assertEquals(Duration.ofSeconds(120), boiler.activationDelay(), "activationDelay is in seconds");
        assertEquals(Duration.ofMinutes(60), boiler.minOnTimePerDay(), "minOnTimePerDay is in minutes");
        assertEquals(DailyDeadline.END_OF_DAY, boiler.dailyDeadline(), "24:00 is the end of the day");
        assertEquals(DailyDeadline.at(LocalTime.of(16, 30)), config.surplusLoads().get(1).dailyDeadline(),
                "an unquoted time is a time, not YAML 1.1's sexagesimal number");
        LoadManagerConfig load = config.loadManagerConfig();
        assertEquals(LoadManagerMode.BOTH, load.mode());
        assertEquals(7000.0, load.overloadPower());
        assertTrue(load.followMonthPeak());
        assertEquals(3000.0, load.monthPeakFloor());
        assertEquals(Duration.ofSeconds(120), load.staleAfter());
        assertEquals(Duration.ofSeconds(30), load.feedbackTimeout());
        SheddableLoadConfig heatPump = load.loads().get(0);
        assertTrue(heatPump.shedFeedback(), "a shedFeedbackItem gives the load shed feedback");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { //
            "unknown section           | 'house:\n  timeZone: UTC\nhouses: 1\n'               | 3 | 1 | houses      | (did you mean 'house'?)",
            "misspelt guard key        | 'guard:\n  minLockMinutes: 10\n  minLockMinute: 5\n' | 3 | 3 | minLockMinute | (did you mean 'minLockMinutes'?)",
            "the simulator's old key   | 'energyManager:\n  gridItem: G\n  loads:\n    - name: a\n      power: 1\n' | 4 | 7 | name | a load's name is 'load', as openHAB names it",
            "misspelt manager key      | 'loadManager:\n  maxPowr: 5000\n'                     | 2 | 3 | maxPowr     | (did you mean 'maxPower'?)",
            "unknown heat pump key     | 'house:\n  heatPump:\n    cop: 3\n    bootLoad: x\n'  | 4 | 5 | bootLoad    | (did you mean 'boostLoad'?)" })
    void anUnknownKeyIsAnErrorNamingFileLineColumnAndTheNearestKnownKey(String name, String yaml, int line,
            int column, String key, String hint) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("house.yaml", yaml));
        assertEquals(line, e.line(), "line of the unknown key in: " + e.getMessage());
        assertEquals(column, e.column(), "column of the unknown key in: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("house.yaml:" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("unknown parameter '" + key + "'"), "the core's message: " + e.getMessage());
        assertTrue(e.getMessage().contains(hint), "the nearest key: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { //
            "not a number          | 'guard:\n  maxLockMinutes: lots\n'                      | 2 | 19 | maxLockMinutes must be a number min, was 'lots'",
            "out of range priority | 'loadManager:\n  gridItem: G\n  maxPower: 5000\n  loads:\n    - load: hp\n      priority: 13\n      power: 2000\n' | 6 | 17 | priority must be between 1 and 12, was 13",
            "bad boost mode        | 'guard:\n  pvSurplusMode: EVU\n'                        | 2 | 18 | pvSurplusMode must be BOOST or COMFORT, was 'EVU'",
            "a yes is no flag      | 'loadManager:\n  followMonthPeak: yes\n'                | 2 | 20 | followMonthPeak must be true or false, was 'yes'",
            "bad deadline          | 'energyManager:\n  gridItem: G\n  loads:\n    - load: a\n      dailyDeadline: dusk\n' | 5 | 22 | dailyDeadline must be SUNSET or a local time",
            "bad zone              | 'house:\n  timeZone: Mars/Olympus\n'                  | 2 | 13 | timeZone must be a time zone id",
            "unknown wiring        | 'house:\n  heatPump:\n    boostLoad: nothing\n'          | 3 | 16 | boostLoad 'nothing' is not a load of energyManager.loads",
            "required max power    | 'loadManager:\n  gridItem: G\n  loads:\n    - load: hp\n      power: 2000\n' | 2 | 3 | maxPower is required",
            "required grid item    | 'energyManager:\n  loads:\n    - load: hp\n      power: 2000\n' | 2 | 3 | give either gridItem (one signed grid power) or importItem and exportItem",
            "required power        | 'energyManager:\n  gridItem: G\n  loads:\n    - load: hp\n' | 4 | 7 | power is required",
            "guard rule            | 'guard:\n  minLockMinutes: 200\n  maxLockMinutes: 120\n' | 2 | 3 | minLockMinutes",
            "repeated load         | 'energyManager:\n  gridItem: G\n  loads:\n    - load: a\n      power: 1\n    - load: a\n      power: 1\n' | 6 | 13 | the load name 'a' is also the name of energyManager.loads[0]",
            "not an item name      | 'energyManager:\n  gridItem: G\n  loads:\n    - load: a\n      power: 1\n      item: PV boost\n' | 6 | 13 | item must be the name of an item (letters, digits and _, not starting with a digit)",
            "one item, two rules   | 'energyManager:\n  gridItem: G\n  loads:\n    - load: a\n      power: 1\n      item: X\nloadManager:\n  gridItem: G\n  maxPower: 1\n  loads:\n    - load: b\n      power: 1\n      item: X\n' | 13 | 13 | the item 'X' is also the item of energyManager.loads[0] 'a'",
            "a list for a value    | 'guard:\n  minLockMinutes: [1, 2]\n'                     | 2 | 19 | minLockMinutes must be a single value",
            "not a time            | 'house:\n  gridLocks:\n    - from: \"25:00\"\n      to: \"26:00\"\n' | 3 | 13 | house.gridLocks[0]: from must be a local time HH:mm, was '25:00'",
            "no minutes            | 'house:\n  gridLocks:\n    - from: \"11\"\n      to: \"12:00\"\n' | 3 | 13 | from must be a local time HH:mm, was '11'",
            "24:00 as start        | 'house:\n  gridLocks:\n    - from: \"24:00\"\n      to: \"24:00\"\n' | 3 | 13 | from must be a local time HH:mm, was '24:00'",
            "00:00 as end          | 'house:\n  gridLocks:\n    - from: \"22:00\"\n      to: \"00:00\"\n' | 4 | 11 | to 00:00 would end the window before it starts; the end of the day is 24:00",
            "reversed              | 'house:\n  gridLocks:\n    - from: \"12:30\"\n      to: \"11:30\"\n' | 3 | 7 | house.gridLocks[0]: the lock window's to 11:30 must be after its from 12:30 (a lock over midnight is two windows: from 12:30 to 24:00 and from 00:00 to 11:30)",
            "empty                 | 'house:\n  gridLocks:\n    - from: \"11:30\"\n      to: \"11:30\"\n' | 3 | 7 | the lock window's to 11:30 must be after its from 11:30",
            "overlapping           | 'house:\n  gridLocks:\n    - { from: \"11:30\", to: \"12:30\" }\n    - { from: \"17:00\", to: \"19:00\" }\n    - { from: \"12:00\", to: \"13:00\" }\n' | 5 | 15 | house.gridLocks[2]: the lock window 12:00-13:00 overlaps house.gridLocks[0] (11:30-12:30); lock windows must not overlap",
            "inside another        | 'house:\n  gridLocks:\n    - { from: \"00:00\", to: \"24:00\" }\n    - { from: \"03:00\", to: \"04:00\" }\n' | 4 | 15 | the lock window 03:00-04:00 overlaps house.gridLocks[0] (00:00-24:00)",
            "missing end           | 'house:\n  gridLocks:\n    - from: \"11:30\"\n' | 3 | 7 | house.gridLocks[0]: to is required",
            "misspelt key          | 'house:\n  gridLocks:\n    - from: \"11:30\"\n      till: \"12:30\"\n' | 4 | 7 | unknown parameter 'till'",
            "not a list            | 'house:\n  gridLocks: 11:30-12:30\n' | 2 | 14 | house.gridLocks must be a list",
            "a list for a time     | 'house:\n  gridLocks:\n    - from: [11, 30]\n      to: \"12:30\"\n' | 3 | 13 | from must be a single value" })
    void anInvalidValueIsAnErrorNamingFileLineColumnAndTheCoresMessage(String name, String yaml, int line, int column,
            String message) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("house.yaml", yaml));
        assertEquals("house.yaml:" + line + ":" + column, e.getMessage().substring(0, e.getMessage().indexOf(": ")),
                "position in: " + e.getMessage());
        assertTrue(e.getMessage().contains(message), "message says " + message + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aManagerWithoutLoadsIsNoneButItsValuesAreChecked() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", "loadManager:\n  mode: PEAK\n");
        assertNull(config.loadManager(), "openHAB has no manager without a load: nothing is required");
        assertTrue(Double.isNaN(config.maxPower()), "and there is no limit");
        assertEquals("PEAK", ((Map<?, ?>) config.document().get("loadManager")).get("mode"), "written back as given");
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("house.yaml", "loadManager:\n  mode: FAST\n"));
    }

    @Test
    void mergeKeysShareValuesBetweenLoads() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", """
                energyManager:
                  gridItem: Grid_Power
                  loads:
                    - &common
                      load: boiler
                      power: 2400
                      minOnTime: 5
                      minOffTime: 10
                    - <<: *common
                      load: pool
                      power: 800
                """);
        SurplusLoadConfig pool = config.surplusLoads().get(1);
        assertEquals("pool", pool.name(), "an explicit key wins over the merged one");
        assertEquals(800.0, pool.power());
        assertEquals(Duration.ofMinutes(10), pool.minOffTime(), "the merged keys apply");
    }

    @Test
    void eachLoadCommandsAnItemOfItsOwn() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", """
                house:
                  heatPump: { boostLoad: heatpump boost, shedLoad: heatpump }
                energyManager:
                  gridItem: Grid_Power
                  loads:
                    - { load: heatpump boost, power: 2000 }
                    - { load: car-charger 1, power: 3700 }
                    - { load: boiler, power: 2400, item: Boiler_Relay }
                    - { load: 2nd boiler, power: 2400 }
                loadManager:
                  gridItem: Grid_Power
                  maxPower: 5000
                  loads:
                    - { load: heatpump, power: 2000 }
                    - { load: car-charger 1, power: 3700 }
                """);
        assertEquals(List.of("HeatPump_PV_Boost", "Car_Charger_1_PV_Surplus", "Boiler_Relay",
                "Load_2nd_Boiler_PV_Surplus"), config.energyLoads().stream().map(LoadSetup::item).toList(),
                "the add-on's names for the heat pump; an item name openHAB takes never starts with a digit");
        assertEquals(List.of("HeatPump_Peak_Shed", "Car_Charger_1_Peak_Shed"),
                config.sheddableLoads().stream().map(LoadSetup::item).toList());
    }

    @Test
    void gridLockWindowsAreReadInLocalTimeAndWrittenBackAsGiven() {
        SimulationConfig config = ConfigLoader.parse("house.yaml", """
                house:
                  gridLocks:
                    - from: "11:30"
                      to: "12:30"
                    - { from: 12:30, to: 13:00 }
                    - from: "22:00"
                      to: "24:00"
                    - from: "00:00"
                      to: "01:00"
                """);
        assertEquals(List.of(new LockWindow(LocalTime.of(11, 30), LocalTime.of(12, 30)),
                new LockWindow(LocalTime.of(12, 30), LocalTime.of(13, 0)),
                new LockWindow(LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                new LockWindow(LocalTime.MIDNIGHT, LocalTime.of(1, 0))), config.house().gridLocks(),
                "windows that only touch are fine, unquoted times too, and 24:00 ends the day");
        assertEquals(List.of(Map.of("from", "11:30", "to", "12:30"), Map.of("from", "12:30", "to", "13:00"),
                Map.of("from", "22:00", "to", "24:00"), Map.of("from", "00:00", "to", "01:00")),
                ((Map<?, ?>) config.document().get("house")).get("gridLocks"), "config.yaml writes them as given");
        assertTrue(config.house().gridLocks().get(2).contains(LocalTime.of(23, 59)), "22:00-24:00 holds 23:59");
        assertFalse(config.house().gridLocks().get(0).contains(LocalTime.of(12, 30)), "the end is not included");

        SimulationConfig none = ConfigLoader.parse("house.yaml", "house:\n  timeZone: UTC\n");
        assertEquals(List.of(), none.house().gridLocks(), "no windows unless configured");
        assertEquals(List.of(), ((Map<?, ?>) none.document().get("house")).get("gridLocks"),
                "config.yaml says there are none");
    }
}
