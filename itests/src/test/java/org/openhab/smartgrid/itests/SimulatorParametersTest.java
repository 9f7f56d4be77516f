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
package org.openhab.smartgrid.itests;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.automation.energymanager.internal.type.EnergyManagerModuleTypeProvider;
import org.openhab.binding.thermia.internal.ThermiaParameters;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.ManagerSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every parameter openHAB shows for the energy manager's triggers and the heat pump Thing's guards has a simulator
 * key of the same name and default: a simulator configuration that gives only what openHAB requires runs with
 * openHAB's defaults. openHAB's side is read as openHAB reads it: the add-on's module types from its module type
 * provider, the Thing's parameters from the {@code thing-types.xml} in the built binding jar.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorParametersTest {

    /** Only what openHAB requires: the meters, each load's name and power, the load manager's maximum. */
    private static final String REQUIRED_ONLY = """
            energyManager:
              gridItem: Grid_Power
              loads:
                - load: boiler
                  power: 2000
            loadManager:
              gridItem: Grid_Power
              maxPower: 5000
              loads:
                - load: boiler
                  power: 2000
            """;

    private final SimulationConfig config = ConfigLoader.parse("required-only.yaml", REQUIRED_ONLY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "energymanager.SurplusLoad", "energymanager.PeakLoad" })
    void everyParameterOfTheTriggerIsASimulatorKeyWithOpenhabsDefault(String triggerType) {
        ModuleType type = new EnergyManagerModuleTypeProvider(mock(TranslationProvider.class), (Bundle) null)
                .getModuleType(triggerType, null);
        assertNotNull(type);
        Map<String, @Nullable String> openhab = new TreeMap<>();
        for (ConfigDescriptionParameter parameter : type.getConfigurationDescriptions()) {
            openhab.put(parameter.getName(), parameter.getDefault());
        }

        ManagerSetup manager = triggerType.equals(config.energyManager().kind().triggerType()) ? config.energyManager()
                : config.loadManager();
        assertNotNull(manager);
        assertEquals(triggerType, manager.kind().triggerType());
        Map<String, Object> simulator = new LinkedHashMap<>();
        for (var values : List.of(manager.wiring(), manager.loads().get(0).wiring(),
                manager.loads().get(0).parameters(), manager.settings())) {
            simulator.putAll(values.canonical());
        }

        assertEquals(openhab.keySet(), new TreeMap<>(simulator).keySet(),
                triggerType + ": openHAB's parameters and the simulator's keys of a load");
        openhab.forEach((name, openhabDefault) -> {
            if (openhabDefault != null) {
                assertSameValue(triggerType + " " + name, openhabDefault, simulator.get(name));
            }
        });
        // and the rule the simulator writes for openHAB gives the same values under the same names
        Map<String, Object> trigger = OpenhabFiles.triggerConfiguration(manager, manager.loads().get(0));
        trigger.forEach((name, value) -> assertEquals(simulator.get(name), value, name));
    }

    @Test
    void everyGuardParameterOfTheThingIsASimulatorKeyWithOpenhabsDefault() throws Exception {
        Map<String, @Nullable String> thing = thingTypeDefaults();
        ThermiaParameters.THING.parameters().stream().map(Parameter::name).forEach(thing::remove);
        Map<String, Object> guard = config.guard().canonical();

        assertEquals(thing.keySet(), new TreeMap<>(guard).keySet(),
                "the Thing's parameters, less the binding's own (relays, Genesis), and the simulator's guard keys");
        thing.forEach((name, openhabDefault) -> {
            assertNotNull(openhabDefault, name + " has a default in openHAB");
            assertSameValue("guard " + name, openhabDefault, guard.get(name));
        });
        assertEquals(guard, OpenhabFiles.thing(config).get("configuration"),
                "the Thing the simulator writes for openHAB");
    }

    /** openHAB writes every default as text; the simulator's canonical value is a number, a flag or a word. */
    private static void assertSameValue(String what, String openhabDefault, @Nullable Object simulatorValue) {
        assertNotNull(simulatorValue, what);
        if (simulatorValue instanceof Number number) {
            assertEquals(0, new BigDecimal(openhabDefault).compareTo(new BigDecimal(number.toString())),
                    what + ": openHAB " + openhabDefault + ", simulator " + number);
        } else {
            assertEquals(openhabDefault, String.valueOf(simulatorValue), what);
        }
    }

    /** @return the heat pump thing type's parameters and their defaults, from the built binding's descriptor */
    private static Map<String, @Nullable String> thingTypeDefaults() throws Exception {
        try (JarFile jar = new JarFile(BuiltArtifacts.addonJar(BuiltArtifacts.BINDING).toFile());
                InputStream in = jar.getInputStream(jar.getEntry("OH-INF/thing/thing-types.xml"))) {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Map<String, @Nullable String> defaults = new TreeMap<>();
            NodeList parameters = document.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                NodeList given = parameter.getElementsByTagName("default");
                defaults.put(parameter.getAttribute("name"),
                        given.getLength() == 0 ? null : given.item(0).getTextContent().trim());
            }
            return defaults;
        } catch (IOException e) {
            throw new IOException("cannot read the binding's thing-types.xml", e);
        }
    }
}
