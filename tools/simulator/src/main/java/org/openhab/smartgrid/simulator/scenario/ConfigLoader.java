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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.meter.GridMeter;
import org.openhab.smartgrid.simulator.model.HeatPumpParams;
import org.openhab.smartgrid.simulator.model.HotWaterDraw;
import org.openhab.smartgrid.simulator.model.HotWaterProfile;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Mapping;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Sequence;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Value;
import org.openhab.smartgrid.simulator.trace.Utf8Position;

/**
 * Reads a simulation configuration (YAML) through the core's parameter model: {@code guard} are the heat pump
 * Thing's parameters, {@code energyManager} and {@code loadManager} those of openHAB's energy manager triggers (the
 * manager's parameters and wiring, and per load the load's), with openHAB's names, values and defaults;
 * {@code house} and each load's {@code item} are the simulator's own ({@link SimulatorParameters}). Every mistake is
 * a {@link ConfigException} naming the file, line and column.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigLoader {

    /** The top-level sections, in the order the simulator writes them. */
    public static final List<String> SECTIONS = List.of("house", "guard", ManagerKind.ENERGY.section(),
            ManagerKind.LOAD.section());
    static final String LOCATION = "location";
    static final String HEAT_PUMP = "heatPump";
    static final String HOT_WATER_DRAWS = "hotWaterDraws";
    static final String GRID_LOCKS = "gridLocks";
    static final String LOADS = ConfigOverride.LOADS;

    /** A configuration is a few dozen lines; a file far bigger than that is a mistake. */
    private static final long MAX_BYTES = 1 << 20;
    /** Only used for the message of an unknown section. */
    private static final ParameterSet TOP_LEVEL = new ParameterSet("configuration", List.of());

    private ConfigLoader() {
    }

    /**
     * @throws ConfigException naming the file, line, column and key when the file is invalid
     * @throws IOException when the file cannot be read
     */
    public static SimulationConfig load(Path file) throws IOException {
        return load(file, List.of());
    }

    /**
     * Reads {@code file} with some values given from elsewhere (a sweep's {@code --param}), checked like the file's.
     *
     * @throws ConfigException naming the file, line, column and key, or the override, when a value is invalid
     * @throws IOException when the file cannot be read
     */
    public static SimulationConfig load(Path file, List<ConfigOverride> overrides) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (Files.size(file) > MAX_BYTES) {
            throw new ConfigException(new YamlPosition(name, 1, 1), "the file is bigger than a configuration can be ("
                    + MAX_BYTES + " bytes)");
        }
        String text;
        byte[] bytes = Files.readAllBytes(file);
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Utf8Position at = Utf8Position.find(bytes);
            throw new ConfigException(at == null ? new YamlPosition(name, 1, 1)
                    : new YamlPosition(name, at.line(), at.column()),
                    at == null ? "expected UTF-8 text; save the file as UTF-8" : at.detail());
        }
        return parse(name, text, overrides);
    }

    /**
     * @param source the file name used in error messages
     * @throws ConfigException naming the source, line, column and key when the text is invalid
     */
    public static SimulationConfig parse(String source, String yaml) {
        return parse(source, yaml, List.of());
    }

    /**
     * @param source the file name used in error messages
     * @param overrides values given from elsewhere, set into the parsed text before it is read
     * @throws ConfigException naming the source, line, column and key, or the override, when a value is invalid
     */
    public static SimulationConfig parse(String source, String yaml, List<ConfigOverride> overrides) {
        Value value = YamlTree.parse(source, yaml);
        String expected = "a configuration is a YAML mapping of the sections " + String.join(", ", SECTIONS);
        if (value == null) {
            throw new ConfigException(new YamlPosition(source, 1, 1), "the file is empty; " + expected);
        }
        if (!(value instanceof Mapping mapping)) {
            throw new ConfigException(value.at(),
                    expected + ", not " + (value instanceof Sequence ? "a list" : "a single value"));
        }
        Mapping root = mapping;
        for (ConfigOverride override : overrides) {
            root = override.apply(root);
        }
        return read(Section.root(root));
    }

    /**
     * The parameter a configuration key names, from the same parameter sets the loader reads the sections with, so
     * that what shows a key's value (a sweep's table and charts) takes its unit and label from the one definition.
     *
     * @param path the key's path as a {@link ConfigOverride}'s: section names, after {@code loads} the load's name
     * @return the parameter, or null when the path names none (the loader reports such a key when it reads it)
     */
    public static @Nullable Parameter<?> parameterAt(List<String> path) {
        String name = path.get(path.size() - 1);
        List<String> sections = path.subList(0, path.size() - 1);
        List<ParameterSet> sets = switch (String.join(".", sections)) {
            case "house" -> List.of(SimulatorParameters.HOUSE);
            case "house." + LOCATION -> List.of(SimulatorParameters.LOCATION);
            case "house." + HEAT_PUMP -> List.of(SimulatorParameters.HEAT_PUMP);
            case "guard" -> List.of(GuardParameters.GUARDS);
            default -> managerSets(sections);
        };
        for (ParameterSet set : sets) {
            Parameter<?> parameter = set.get(name);
            if (parameter != null) {
                return parameter;
            }
        }
        return null;
    }

    /** @return the sets of a manager's section or of one of its loads, none for any other path */
    private static List<ParameterSet> managerSets(List<String> sections) {
        for (ManagerKind kind : List.of(ManagerKind.ENERGY, ManagerKind.LOAD)) {
            if (sections.size() == 1 && sections.get(0).equals(kind.section())) {
                return List.of(kind.wiring(), kind.settings());
            }
            if (sections.size() == 3 && sections.get(0).equals(kind.section()) && sections.get(1).equals(LOADS)) {
                return List.of(kind.loadWiring(), SimulatorParameters.LOAD_ITEM, kind.loadParameters());
            }
        }
        return List.of();
    }

    private static SimulationConfig read(Section root) {
        root.allowOnly(List.of(TOP_LEVEL), SECTIONS);
        Map<String, Object> document = new LinkedHashMap<>();
        Section houseSection = root.section("house");
        HouseConfig house = house(houseSection, document);

        Section guardSection = root.section("guard");
        guardSection.allowOnly(List.of(GuardParameters.GUARDS), List.of());
        ParameterValues guard = guardSection.values(GuardParameters.GUARDS);
        guardSection.build(() -> GuardParameters.config(guard));
        document.put("guard", guard.canonical());

        Map<String, String> items = new HashMap<>();
        ManagerSetup energy = manager(root, ManagerKind.ENERGY, house, items, document);
        ManagerSetup load = manager(root, ManagerKind.LOAD, house, items, document);
        SimulationConfig config = new SimulationConfig(house, guard, energy, load, document);
        Section heatPump = houseSection.section(HEAT_PUMP);
        heatPumpLoad(heatPump, "boostLoad", house.boostLoad(), config.energyLoads(), ManagerKind.ENERGY);
        heatPumpLoad(heatPump, "shedLoad", house.shedLoad(), config.sheddableLoads(), ManagerKind.LOAD);
        if (energy != null) {
            root.section(ManagerKind.ENERGY.section()).build(config::energyManagerConfig);
        }
        if (load != null) {
            root.section(ManagerKind.LOAD.section()).build(config::loadManagerConfig);
        }
        return config;
    }

    private static HouseConfig house(Section house, Map<String, Object> document) {
        house.allowOnly(List.of(SimulatorParameters.HOUSE), List.of(LOCATION, HEAT_PUMP, GRID_LOCKS));
        Section locationSection = house.section(LOCATION);
        locationSection.allowOnly(List.of(SimulatorParameters.LOCATION), List.of());
        ParameterValues location = locationSection.values(SimulatorParameters.LOCATION);
        ParameterValues zone = house.values(SimulatorParameters.HOUSE);

        Section heatPumpSection = house.section(HEAT_PUMP);
        heatPumpSection.allowOnly(List.of(SimulatorParameters.HEAT_PUMP), List.of(HOT_WATER_DRAWS));
        ParameterValues heatPump = heatPumpSection.values(SimulatorParameters.HEAT_PUMP);
        HeatPumpParams params = heatPumpSection.build(() -> SimulatorParameters.heatPump(heatPump));
        List<HotWaterDraw> draws = new ArrayList<>();
        List<Object> drawDocuments = new ArrayList<>();
        if (heatPumpSection.has(HOT_WATER_DRAWS)) {
            for (Section drawSection : heatPumpSection.list(HOT_WATER_DRAWS)) {
                drawSection.allowOnly(List.of(SimulatorParameters.HOT_WATER_DRAW), List.of());
                ParameterValues draw = drawSection.values(SimulatorParameters.HOT_WATER_DRAW);
                draws.add(drawSection.build(() -> SimulatorParameters.draw(draw)));
                drawDocuments.add(draw.canonical());
            }
        } else {
            // written out, so that config.yaml shows the draws the run had
            for (HotWaterDraw draw : HotWaterProfile.typicalFamily().draws()) {
                draws.add(draw);
                drawDocuments.add(SimulatorParameters.HOT_WATER_DRAW.read(Map.of("start", draw.start().toString(),
                        "minutes", draw.duration().toMinutes(), "liters", BigDecimal.valueOf(draw.liters())))
                        .canonical());
            }
        }
        Map<String, Object> heatPumpDocument = new LinkedHashMap<>(heatPump.canonical());
        heatPumpDocument.put(HOT_WATER_DRAWS, drawDocuments);
        Map<String, Object> houseDocument = new LinkedHashMap<>();
        houseDocument.put(LOCATION, location.canonical());
        houseDocument.putAll(zone.canonical());
        houseDocument.put(HEAT_PUMP, heatPumpDocument);
        List<Object> lockDocuments = new ArrayList<>();
        List<LockWindow> locks = gridLocks(house, lockDocuments);
        houseDocument.put(GRID_LOCKS, lockDocuments);
        document.put("house", houseDocument);
        return new HouseConfig(location.get(SimulatorParameters.LATITUDE), location.get(SimulatorParameters.LONGITUDE),
                zone.get(SimulatorParameters.TIME_ZONE), zone.get(SimulatorParameters.MAX_SAMPLE_GAP), params, new HotWaterProfile(draws), locks,
                blankToNull(heatPump.get(SimulatorParameters.BOOST_LOAD)),
                blankToNull(heatPump.get(SimulatorParameters.SHED_LOAD)));
    }

    /**
     * Reads the grid operator's lock windows: each a window of one local day, none overlapping another (windows
     * that only touch are fine). An absent list is none, and is written back as an empty list.
     *
     * @param documents receives each window as config.yaml writes it
     */
    private static List<LockWindow> gridLocks(Section house, List<Object> documents) {
        List<LockWindow> locks = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Section lockSection : house.list(GRID_LOCKS)) {
            lockSection.allowOnly(List.of(SimulatorParameters.GRID_LOCK), List.of());
            ParameterValues values = lockSection.values(SimulatorParameters.GRID_LOCK);
            LockWindow lock = lockSection.build(() -> SimulatorParameters.gridLock(values));
            for (int i = 0; i < locks.size(); i++) {
                if (locks.get(i).overlaps(lock)) {
                    throw lockSection.error(SimulatorParameters.LOCK_FROM.name(), "the lock window " + lock
                            + " overlaps " + paths.get(i) + " (" + locks.get(i) + "); lock windows must not overlap, "
                            + "join them into one");
                }
            }
            locks.add(lock);
            paths.add(lockSection.path());
            documents.add(values.canonical());
        }
        return locks;
    }

    /**
     * Reads a manager's section. A manager without loads is none (openHAB has no manager without a load): its keys
     * and values are still checked, but nothing is required, and it is written back as given.
     *
     * @param items the items of the loads read so far, by item, with the load that commands it
     * @return the manager, null when the section is absent or has no loads
     */
    private static @Nullable ManagerSetup manager(Section root, ManagerKind kind, HouseConfig house,
            Map<String, String> items, Map<String, Object> document) {
        if (!root.has(kind.section())) {
            return null;
        }
        Section section = root.section(kind.section());
        section.allowOnly(List.of(kind.wiring(), kind.settings()), List.of(LOADS));
        List<Section> loadSections = section.list(LOADS);
        Map<String, Object> managerDocument = new LinkedHashMap<>();
        if (loadSections.isEmpty()) {
            managerDocument.putAll(section.givenOrDefault(kind.wiring()));
            managerDocument.putAll(section.givenOrDefault(kind.settings()));
            managerDocument.put(LOADS, List.of());
            document.put(kind.section(), managerDocument);
            return null;
        }
        ParameterValues wiring = section.values(kind.wiring());
        // as openHAB refuses the rule: the grid item, or the import and the export item
        section.build(() -> GridMeter.of(wiring));
        ParameterValues settings = section.values(kind.settings());
        List<LoadSetup> loads = new ArrayList<>();
        List<Object> loadDocuments = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Section loadSection : loadSections) {
            loadSection.allowOnly(List.of(kind.loadWiring(), SimulatorParameters.LOAD_ITEM, kind.loadParameters()),
                    List.of());
            ParameterValues loadWiring = loadSection.values(kind.loadWiring());
            String name = loadWiring.get(kind.loadName());
            String earlier = names.putIfAbsent(name, loadSection.path());
            if (earlier != null) {
                throw loadSection.error(kind.loadName().name(), "the load name '" + name + "' is also the name of "
                        + earlier + "; a manager's loads need distinct names");
            }
            ParameterValues parameters = loadSection.values(kind.loadParameters());
            String item = item(loadSection, kind, name, loadSection.values(SimulatorParameters.LOAD_ITEM), house);
            String commander = items.putIfAbsent(item, loadSection.path());
            if (commander != null) {
                throw loadSection.error(SimulatorParameters.ITEM.name(), "the item '" + item + "' is also the item of "
                        + commander + "; two rules must not command one item");
            }
            LoadSetup load = new LoadSetup(name, parameters, loadWiring, item);
            if (kind == ManagerKind.ENERGY) {
                if (load.hasStopTemperatureItem() && !name.equals(house.boostLoad())) {
                    throw loadSection.error(SurplusLoadParameters.STOP_TEMPERATURE_ITEM.name(), "the simulator knows "
                            + "only the heat pump's tank temperature: give a stopTemperatureItem to its boostLoad");
                }
                loadSection.build(load::surplusLoad);
            } else {
                loadSection.build(load::sheddableLoad);
            }
            loads.add(load);
            Map<String, Object> loadDocument = new LinkedHashMap<>(loadWiring.canonical());
            loadDocument.put(SimulatorParameters.ITEM.name(), item);
            loadDocument.putAll(parameters.canonical());
            loadDocuments.add(loadDocument);
        }
        managerDocument.putAll(wiring.canonical());
        managerDocument.putAll(settings.canonical());
        managerDocument.put(LOADS, loadDocuments);
        document.put(kind.section(), managerDocument);
        return new ManagerSetup(kind, settings, wiring, loads);
    }

    /**
     * @return the item the load's openHAB rule commands: as given; for the heat pump's load the item the add-on's
     *         templates name; else the load's name as capitalised words joined by _, with the kind's suffix
     */
    private static String item(Section load, ManagerKind kind, String name, ParameterValues values,
            HouseConfig house) {
        String given = values.get(SimulatorParameters.ITEM);
        if (!given.isBlank()) {
            return given;
        }
        if (name.equals(kind == ManagerKind.ENERGY ? house.boostLoad() : house.shedLoad())) {
            return kind.heatPumpItem();
        }
        List<String> words = new ArrayList<>();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        if (words.isEmpty()) {
            throw load.error(kind.loadName().name(), "no item name can be made from the load name '" + name
                    + "' (openHAB item names have letters, digits and _ only): give the load an item");
        }
        String item = String.join("_", words) + kind.itemSuffix();
        return Character.isDigit(item.charAt(0)) ? "Load_" + item : item;
    }

    /** The heat pump's boost or shed load must be a load of its manager. */
    private static void heatPumpLoad(Section heatPump, String key, @Nullable String name, List<LoadSetup> loads,
            ManagerKind kind) {
        if (name != null && loads.stream().noneMatch(l -> l.name().equals(name))) {
            throw heatPump.error(key, key + " '" + name + "' is not a load of " + kind.section() + "." + LOADS
                    + "; the loads are " + loads.stream().map(LoadSetup::name).toList());
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
