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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Entry;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Mapping;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Scalar;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Sequence;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Value;

/**
 * One mapping of a configuration read against the core's parameter sets that make it: unknown keys are refused with
 * the core's message (naming the nearest known key), each value is parsed by its parameter, and every error names
 * the file, line and column of the key or value, the section, and where a value came from when not from the file.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Section {

    /** What the simulator called a load's name before it took openHAB's names. */
    private static final String LOAD_NAME_KEY = "name";

    private final String path;
    private final YamlPosition at;
    private final Map<String, Entry> entries;

    private Section(String path, YamlPosition at, Map<String, Entry> entries) {
        this.path = path;
        this.at = at;
        this.entries = entries;
    }

    /** The document's top level. */
    static Section root(Mapping mapping) {
        return new Section("", mapping.at(), mapping.entries());
    }

    /** @return where the section starts */
    YamlPosition at() {
        return at;
    }

    /** @return the section's path, e.g. {@code energyManager.loads[0]} */
    String path() {
        return path;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Refuses every key that is no parameter of {@code sets} and none of {@code others} (the section's sub-sections),
     * with the core's message for the first set: the unknown key, the nearest known one and all known ones.
     */
    void allowOnly(List<ParameterSet> sets, List<String> others) {
        List<String> known = names(sets);
        known.addAll(others);
        for (Entry entry : entries.values()) {
            if (!known.contains(entry.key())) {
                // the core's message lists the first set's names, then these
                List<String> rest = names(sets.subList(1, sets.size()));
                rest.addAll(others);
                String renamed = LOAD_NAME_KEY.equals(entry.key()) && known.contains("load")
                        ? "; a load's name is 'load', as openHAB names it"
                        : "";
                throw new ConfigException(entry.keyAt(),
                        prefix() + sets.get(0).unknown(entry.key(), rest) + renamed);
            }
        }
    }

    /** @return the sub-mapping at {@code key}; an empty one where the key is absent or has no value */
    Section section(String key) {
        Entry entry = entries.get(key);
        if (entry == null || isNull(entry.value())) {
            return new Section(child(key), entry == null ? at : entry.keyAt(), Map.of());
        }
        if (!(entry.value() instanceof Mapping mapping)) {
            throw new ConfigException(entry.value().at(), child(key) + " must be a mapping of keys to values");
        }
        return new Section(child(key), mapping.at(), mapping.entries());
    }

    /** @return the mappings of the list at {@code key}, empty when the key is absent or has no value */
    List<Section> list(String key) {
        Entry entry = entries.get(key);
        if (entry == null || isNull(entry.value())) {
            return List.of();
        }
        if (!(entry.value() instanceof Sequence sequence)) {
            throw new ConfigException(entry.value().at(), child(key) + " must be a list");
        }
        List<Section> items = new ArrayList<>();
        for (Value item : sequence.items()) {
            String itemPath = child(key) + "[" + items.size() + "]";
            if (!(item instanceof Mapping mapping)) {
                throw new ConfigException(item.at(), itemPath + " must be a mapping of keys to values");
            }
            Entry name = mapping.entries().get("load");
            String named = name != null && name.value() instanceof Scalar s && s.text() != null
                    ? " '" + s.text() + "'"
                    : "";
            items.add(new Section(itemPath + named, mapping.at(), mapping.entries()));
        }
        return items;
    }

    /**
     * Reads every parameter of {@code set}: each value given is parsed by its parameter, a required one must be
     * given, the others take their defaults.
     *
     * @throws ConfigException at the value that breaks its parameter's rule, or at the section for a missing one
     */
    ParameterValues values(ParameterSet set) {
        Map<String, String> given = given(set);
        for (Parameter<?> parameter : set.parameters()) {
            if (parameter.required() && !given.containsKey(parameter.name())) {
                throw new ConfigException(at, prefix() + parameter.name() + " is required (" + parameter.label()
                        + ": " + parameter.description() + ")");
            }
        }
        return build(() -> set.read(given));
    }

    /**
     * @return the values of {@code set} as openHAB writes them, for a section whose parameters are only checked (a
     *         manager without loads): each value given, and the default of each parameter that has one
     */
    Map<String, Object> givenOrDefault(ParameterSet set) {
        Map<String, String> given = given(set);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter<?> parameter : set.parameters()) {
            String text = given.get(parameter.name());
            if (text != null || !parameter.required()) {
                values.put(parameter.name(), parameter.canonical(text));
            }
        }
        return values;
    }

    /** @return the position of the value at {@code key}, the section's when the key is absent */
    YamlPosition valueAt(String key) {
        Entry entry = entries.get(key);
        return entry == null ? at : entry.value().at();
    }

    /** @return an error at the value of {@code key} (the section when absent), in this section */
    ConfigException error(String key, String message) {
        Entry entry = entries.get(key);
        YamlPosition where = valueAt(key);
        String origin = entry != null && entry.value() instanceof Scalar s ? origin(s, where) : "";
        return new ConfigException(where, prefix() + message + origin);
    }

    /** Runs {@code build}; a rule it finds broken (a record's check) becomes an error at this section. */
    <T> T build(Supplier<T> build) {
        try {
            return build.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at, prefix() + e.getMessage() + origins());
        }
    }

    /** @return the texts given for the parameters of {@code set}, each checked by its parameter */
    private Map<String, String> given(ParameterSet set) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Parameter<?> parameter : set.parameters()) {
            Entry entry = entries.get(parameter.name());
            if (entry == null || isNull(entry.value())) {
                continue;
            }
            if (!(entry.value() instanceof Scalar scalar) || scalar.text() == null) {
                throw new ConfigException(entry.value().at(), prefix() + parameter.name()
                        + " must be a single value, not a list or a mapping");
            }
            String text = scalar.text();
            try {
                parameter.parse(text);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(scalar.at(), prefix() + e.getMessage() + origin(scalar, scalar.at()));
            }
            given.put(parameter.name(), text);
        }
        return given;
    }

    /** @return where the values of this section came from, when some are not from the file */
    private String origins() {
        StringBuilder from = new StringBuilder();
        for (Entry entry : entries.values()) {
            if (entry.value() instanceof Scalar scalar) {
                from.append(origin(scalar, at));
            }
        }
        return from.toString();
    }

    /** @return what gave the value when it is not from the file, unless the error's position names it already */
    private static String origin(Scalar scalar, YamlPosition errorAt) {
        String origin = scalar.origin();
        return origin == null || errorAt.line() <= 0 ? "" : " (set by " + origin + ")";
    }

    private static boolean isNull(Value value) {
        return value instanceof Scalar scalar && scalar.text() == null;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String prefix() {
        return path.isEmpty() ? "" : path + ": ";
    }

    /** @return the names of the parameters of {@code sets}, in order */
    private static List<String> names(Collection<ParameterSet> sets) {
        List<String> names = new ArrayList<>();
        sets.forEach(set -> set.parameters().forEach(p -> names.add(p.name())));
        return names;
    }
}
