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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.output.YamlFiles;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.ManagerSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * What a user pastes into openHAB to get the behaviour of a run, unchanged: one rule per load
 * ({@code rule-<manager>-<load>.yaml}: the load's trigger with its and its manager's parameters, and an action that
 * sends the trigger's command to the load's item) and the heat pump Thing ({@code thing-heatpump.yaml}: its guard
 * parameters), each in the form openHAB's UI shows in a rule's or Thing's <i>Code</i> tab. Every value is the
 * parameter model's canonical one; optional items left empty are left out, as openHAB's UI leaves them out.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class OpenhabFiles {

    /** The folder of a run's output that holds these files. */
    public static final String FOLDER = "openhab";
    /** The heat pump Thing's file. */
    public static final String THING_FILE = "thing-heatpump.yaml";
    /** The Thermia binding's heat pump Thing type ({@code ThermiaBindingConstants.THING_TYPE_HEATPUMP}). */
    public static final String THING_TYPE = "thermia:heatpump";
    /** The Thing's label, the binding's thing type's. */
    public static final String THING_LABEL = "Thermia Heat Pump";
    /** The Thing's UID: its type and the id {@code heatpump}. */
    public static final String THING_UID = THING_TYPE + ":heatpump";
    /** The module type of the action that sends a command to an item. */
    public static final String COMMAND_ACTION = "core.ItemCommandAction";

    private OpenhabFiles() {
    }

    /**
     * Writes the files into {@code folder} (created when missing).
     *
     * @return the files written, by name, in order
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Path folder, SimulationConfig config) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ManagerSetup manager : managers(config)) {
            for (LoadSetup load : manager.loads()) {
                Path file = folder.resolve(fileName(manager, load, names));
                Files.writeString(file, YamlFiles.dump(rule(manager, load)), StandardCharsets.UTF_8);
                written.add(file);
            }
        }
        Path thing = folder.resolve(THING_FILE);
        Files.writeString(thing, YamlFiles.dump(thing(config)), StandardCharsets.UTF_8);
        written.add(thing);
        return written;
    }

    /**
     * @return the rule of one load, as the Code tab of openHAB's rule editor shows it: the trigger {@code "1"} of the
     *         manager kind's type with the load's configuration, and the action {@code "2"} that sends the
     *         trigger's {@code command} output to the load's item
     */
    public static Map<String, Object> rule(ManagerSetup manager, LoadSetup load) {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("id", "1");
        trigger.put("configuration", triggerConfiguration(manager, load));
        trigger.put("type", manager.kind().triggerType());
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("inputs", Map.of("command", "1.command"));
        action.put("id", "2");
        action.put("configuration", Map.of("itemName", load.item()));
        action.put("type", COMMAND_ACTION);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("configuration", Map.of());
        rule.put("triggers", List.of(trigger));
        rule.put("conditions", List.of());
        rule.put("actions", List.of(action));
        return rule;
    }

    /**
     * @return the trigger's configuration: the manager's and the load's names first (as openHAB's README writes
     *         them), then the manager's items and signs, the load's items, the load's parameters and the manager's
     *         settings; empty optional items left out
     */
    public static Map<String, Object> triggerConfiguration(ManagerSetup manager, LoadSetup load) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put(manager.kind().managerName().name(), manager.name());
        configuration.put(manager.kind().loadName().name(), load.name());
        for (Map<String, Object> values : List.of(manager.wiring().canonical(), load.wiring().canonical(),
                load.parameters().canonical(), manager.settings().canonical())) {
            values.forEach((name, value) -> {
                if (!"".equals(value)) {
                    configuration.putIfAbsent(name, value);
                }
            });
        }
        return configuration;
    }

    /** @return the heat pump Thing as the Code tab of openHAB's Thing page shows it, with every guard parameter */
    public static Map<String, Object> thing(SimulationConfig config) {
        return thing(config.guard().canonical());
    }

    /** @return the heat pump Thing as the Code tab of openHAB's Thing page shows it, with this configuration */
    public static Map<String, Object> thing(Map<String, Object> configuration) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("UID", THING_UID);
        thing.put("label", THING_LABEL);
        thing.put("thingTypeUID", THING_TYPE);
        thing.put("configuration", new LinkedHashMap<>(configuration));
        return thing;
    }

    private static List<ManagerSetup> managers(SimulationConfig config) {
        List<ManagerSetup> managers = new ArrayList<>();
        addIfPresent(managers, config.energyManager());
        addIfPresent(managers, config.loadManager());
        return managers;
    }

    private static void addIfPresent(List<ManagerSetup> managers, @Nullable ManagerSetup manager) {
        if (manager != null) {
            managers.add(manager);
        }
    }

    /** @return {@code rule-<manager>-<load>.yaml} with what a file name cannot hold replaced, made unique */
    private static String fileName(ManagerSetup manager, LoadSetup load, Set<String> taken) {
        String base = "rule-" + safe(manager.name()) + "-" + safe(load.name());
        String name = base + ".yaml";
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n + ".yaml";
        }
        return name;
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
