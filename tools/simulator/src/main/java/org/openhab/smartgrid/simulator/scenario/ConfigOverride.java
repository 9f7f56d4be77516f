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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Entry;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Mapping;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Scalar;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Sequence;
import org.openhab.smartgrid.simulator.scenario.YamlTree.Value;

/**
 * A value given for one key of a configuration from elsewhere (a sweep's {@code --param}). It is put into the parsed
 * file before the file is read, so the loader checks it like any value of the file: an unknown key or an invalid
 * value is the same error, naming where the value came from and, when the key is in the file, its position there.
 *
 * @param path the key's path: section names, and after {@code loads} the load's name, e.g.
 *            {@code [energyManager, loads, heatpump boost, switchOnPower]}
 * @param value the value's text
 * @param origin what gave the value, for messages, e.g. {@code --param energyManager.offset=500}
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ConfigOverride(List<String> path, String value, String origin) {

    static final String LOADS = "loads";

    public ConfigOverride {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException(origin + ": no key");
        }
    }

    /** @return the mapping with this value set */
    Mapping apply(Mapping root) {
        return apply(root, 0, List.of());
    }

    private Mapping apply(Mapping mapping, int index, List<String> parents) {
        String key = path.get(index);
        Entry entry = mapping.entries().get(key);
        YamlPosition here = YamlPosition.outside(origin);
        if (index == path.size() - 1) {
            YamlPosition at = entry == null ? here : entry.value().at();
            return with(mapping, new Entry(key, entry == null ? here : entry.keyAt(), new Scalar(value, at, origin)));
        }
        List<String> inside = new ArrayList<>(parents);
        inside.add(key);
        Value child = entry == null ? null : entry.value();
        if (LOADS.equals(key) && index + 2 < path.size()) {
            return with(mapping, new Entry(key, entry == null ? here : entry.keyAt(), load(child, index, inside)));
        }
        Mapping section;
        if (child == null || (child instanceof Scalar scalar && scalar.text() == null)) {
            section = new Mapping(Map.of(), here);
        } else if (child instanceof Mapping found) {
            section = found;
        } else {
            throw new ConfigException(here, String.join(".", inside) + " is a single value or a list, not a section");
        }
        return with(mapping, new Entry(key, entry == null ? here : entry.keyAt(), apply(section, index + 1, inside)));
    }

    /** Sets the value in the load whose {@code load} key is the name that follows {@code loads} in the path. */
    private Sequence load(@Nullable Value loads, int index, List<String> inside) {
        String name = path.get(index + 1);
        List<Value> items = loads instanceof Sequence list ? list.items() : List.of();
        List<Value> changed = new ArrayList<>(items);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String loadName = items.get(i) instanceof Mapping load ? loadName(load) : "?";
            names.add(loadName);
            if (name.equals(loadName)) {
                changed.set(i, apply((Mapping) items.get(i), index + 2, inside));
                YamlPosition at = loads == null ? YamlPosition.outside(origin) : loads.at();
                return new Sequence(List.copyOf(changed), at);
            }
        }
        throw new ConfigException(YamlPosition.outside(origin),
                "no load '" + name + "' in " + String.join(".", inside) + "; the loads are " + names);
    }

    private static String loadName(Mapping load) {
        Entry name = load.entries().get("load");
        return name != null && name.value() instanceof Scalar scalar && scalar.text() != null ? scalar.text() : "?";
    }

    private static Mapping with(Mapping mapping, Entry entry) {
        Map<String, Entry> entries = new LinkedHashMap<>(mapping.entries());
        entries.put(entry.key(), entry);
        return new Mapping(entries, mapping.at());
    }
}
