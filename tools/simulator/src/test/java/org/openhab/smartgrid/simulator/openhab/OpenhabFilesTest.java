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
package org.openhab.smartgrid.simulator.openhab;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.ManagerKind;
import org.openhab.smartgrid.simulator.scenario.ManagerSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openhab.smartgrid.simulator.scenario.SimulatorParameters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The openHAB files of a run, read back as openHAB's UI would read them: a rule per load with every parameter of its
 * trigger in the model's canonical value, in the form of the automation add-on's README, and the heat pump Thing
 * with every guard parameter.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class OpenhabFilesTest {

    private static final Path ADDON = Path.of("../../bundles/org.openhab.automation.energymanager");
    private static final Path BINDING = Path.of("../../bundles/org.openhab.binding.thermia");

    /** Both managers, a battery, optional items given and left out, values off their defaults. */
    private static final SimulationConfig CONFIG = ConfigLoader.parse("house.yaml", """
            house:
              heatPump: { boostLoad: heatpump boost, shedLoad: heatpump }
            guard:
              minLockMinutes: 15
              pvSurplusMode: COMFORT
            energyManager:
              manager: Q
              gridItem: Grid_Power
              batteryItem: Battery_Power
              socItem: Battery_SoC
              offset: -150.5
              settleTime: 20
              loads:
                - { load: heatpump boost, switchOnPower: 3000, power: 2000, minOnTime: 5, dailyDeadline: SUNSET }
                - { load: boiler, power: 2400, loadPowerItem: Boiler_Power, dailyDeadline: "16:30" }
            loadManager:
              gridItem: Grid_Power
              energyItem: Grid_Import
              mode: PEAK
              maxPower: 5000
              followMonthPeak: true
              loads:
                - { load: heatpump, power: 2000, shedFeedbackItem: HeatPump_SG_Mode }
                - { load: car charger, power: 3700, priority: 12 }
            """);

    private static Map<String, Object> read(Path file) throws IOException {
        Object document = new Yaml(new LoaderOptions()).load(Files.readString(file));
        assertInstanceOf(Map.class, document, file + " is a YAML mapping");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) document;
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertInstanceOf(Map.class, value);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> only(Object list) {
        assertInstanceOf(List.class, list);
        assertEquals(1, ((List<?>) list).size(), "one module: " + list);
        return map(((List<?>) list).get(0));
    }

    @Test
    void eachLoadHasARuleWithEveryParameterOfItsTriggerInTheModelsCanonicalValue(@TempDir Path dir)
            throws IOException {
        List<Path> files = OpenhabFiles.write(dir, CONFIG);
        assertEquals(List.of("rule-Q-heatpump-boost.yaml", "rule-Q-boiler.yaml", "rule-grid-heatpump.yaml",
                "rule-grid-car-charger.yaml", OpenhabFiles.THING_FILE),
                files.stream().map(f -> f.getFileName().toString()).toList());
        int rule = 0;
        for (ManagerSetup manager : List.of(required(CONFIG.energyManager()), required(CONFIG.loadManager()))) {
            List<ParameterSet> sets = manager.kind().equals(ManagerKind.ENERGY)
                    ? List.of(EnergyManagerParameters.WIRING, SurplusLoadParameters.WIRING, SurplusLoadParameters.LOAD,
                            EnergyManagerParameters.MANAGER)
                    : List.of(LoadManagerParameters.WIRING, SheddableLoadParameters.WIRING,
                            SheddableLoadParameters.LOAD, LoadManagerParameters.MANAGER);
            for (LoadSetup load : manager.loads()) {
                Map<String, Object> read = read(files.get(rule++));
                Map<String, Object> trigger = only(read.get("triggers"));
                assertEquals(manager.kind().triggerType(), trigger.get("type"));
                Map<String, Object> expected = new LinkedHashMap<>();
                List<ParameterValues> values = List.of(manager.wiring(), load.wiring(), load.parameters(),
                        manager.settings());
                for (int s = 0; s < sets.size(); s++) {
                    for (Parameter<?> parameter : sets.get(s).parameters()) {
                        Object canonical = values.get(s).canonical().get(parameter.name());
                        assertNotNull(canonical, parameter.name());
                        if (!"".equals(canonical)) { // an optional item left empty is left out, as openHAB's UI does
                            expected.put(parameter.name(), canonical);
                        }
                    }
                }
                Map<String, Object> configuration = map(trigger.get("configuration"));
                assertEquals(expected.keySet(), configuration.keySet(), load.name() + ": every parameter, once");
                expected.forEach((name, value) -> assertSame(value, configuration.get(name), load.name(), name));
                Map<String, Object> action = only(read.get("actions"));
                assertEquals(Map.of("itemName", load.item()), action.get("configuration"));
                assertEquals(load.item(), SimulatorParameters.ITEM.parse(load.item()), "an item name openHAB takes");
            }
        }
    }

    private static void assertSame(Object expected, @Nullable Object actual, String load,
            String name) {
        if (expected instanceof Number number) {
            assertInstanceOf(Number.class, actual, load + " " + name + " is a number");
            assertEquals(0, new BigDecimal(number.toString()).compareTo(new BigDecimal(String.valueOf(actual))),
                    load + " " + name + ": " + actual);
        } else {
            assertEquals(expected, actual, load + " " + name);
        }
    }

    private static ManagerSetup required(@Nullable ManagerSetup manager) {
        assertNotNull(manager);
        return manager;
    }

    @Test
    void theRulesHaveTheFormOfTheAddOnsReadmeAndItsModuleTypes(@TempDir Path dir) throws IOException {
        String readme = Files.readString(ADDON.resolve("README.md"));
        Matcher block = Pattern.compile("(?s)## File-Based Examples.*?```yaml\n(.*?)```").matcher(readme);
        assertTrue(block.find(), "the add-on's README shows a rule as the UI's Code tab");
        Map<String, Object> example = map(new Yaml(new LoaderOptions()).load(block.group(1)));
        String constants = Files.readString(
                ADDON.resolve("src/main/java/org/openhab/automation/energymanager/internal/EnergyManagerConstants.java"));
        assertTrue(constants.contains("AUTOMATION_NAME = \"energymanager\""), "the add-on's module types' prefix");
        assertTrue(constants.contains("SURPLUS_LOAD_TRIGGER = AUTOMATION_NAME + \".SurplusLoad\""));
        assertTrue(constants.contains("PEAK_LOAD_TRIGGER = AUTOMATION_NAME + \".PeakLoad\""));

        List<Path> files = OpenhabFiles.write(dir, CONFIG);
        for (Path file : files.subList(0, files.size() - 1)) {
            Map<String, Object> rule = read(file);
            assertEquals(keys(example), keys(rule), file + ": the rule's parts, in the README's order");
            assertEquals(keys(only(example.get("triggers"))), keys(only(rule.get("triggers"))), "the trigger's");
            Map<String, Object> action = only(rule.get("actions"));
            Map<String, Object> exampleAction = only(example.get("actions"));
            assertEquals(keys(exampleAction), keys(action), "the action's");
            assertEquals(exampleAction.get("inputs"), action.get("inputs"), "the trigger's command goes to the item");
            assertEquals(exampleAction.get("type"), action.get("type"));
            assertEquals("1", only(rule.get("triggers")).get("id"), "ids are texts");
            assertEquals(Map.of(), rule.get("configuration"));
            assertEquals(List.of(), rule.get("conditions"));
        }
        String text = Files.readString(files.get(0));
        assertTrue(text.startsWith("configuration: {}\ntriggers:\n  - id: \"1\"\n    configuration:\n      manager: Q\n"),
                "written as the UI writes it:\n" + text);
        assertTrue(text.contains("\n      dailyDeadline: SUNSET\n"), "a word:\n" + text);
        assertTrue(Files.readString(files.get(1)).contains("\n      dailyDeadline: \"16:30\"\n"), "a time in quotes");
    }

    private static List<String> keys(Map<String, Object> map) {
        return new ArrayList<>(map.keySet());
    }

    @Test
    void theThingHasEveryGuardParameterAndTheBindingsThingType(@TempDir Path dir) throws IOException {
        OpenhabFiles.write(dir, CONFIG);
        Map<String, Object> thing = read(dir.resolve(OpenhabFiles.THING_FILE));
        assertEquals(List.of("UID", "label", "thingTypeUID", "configuration"), keys(thing));
        String types = Files.readString(BINDING.resolve("src/main/resources/OH-INF/thing/thing-types.xml"));
        assertTrue(types.contains("bindingId=\"thermia\"") && types.contains("<thing-type id=\"heatpump\">"),
                "the binding's thing type is thermia:heatpump");
        assertEquals("thermia:heatpump", thing.get("thingTypeUID"));
        assertEquals("thermia:heatpump:heatpump", thing.get("UID"));
        Map<String, Object> configuration = map(thing.get("configuration"));
        assertEquals(GuardParameters.GUARDS.parameters().stream().map(Parameter::name).toList(), keys(configuration),
                "every guard parameter");
        CONFIG.guard().canonical().forEach((name, value) -> assertSame(value, configuration.get(name), "thing", name));
        assertEquals("COMFORT", configuration.get("pvSurplusMode"));
        assertEquals(15, configuration.get("minLockMinutes"));
    }
}
