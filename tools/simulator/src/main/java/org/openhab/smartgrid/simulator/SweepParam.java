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
package org.openhab.smartgrid.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One {@code --param NAME=FROM:TO:STEP} of a sweep: a configuration key named as in the YAML
 * ({@code loadManager.maxPower}, {@code guard.minLockMinutes}, {@code energyManager.loads.<load>.switchOnPower},
 * {@code loadManager.loads.<load>.power}, {@code house.heatPump.tankLiters}; {@code energy.} and {@code load.}
 * abbreviate the two managers) and the values to try, FROM to TO inclusive.
 *
 * @param name the key as given
 * @param path the key's path in the YAML tree; a {@code loads} step is followed by the load's name
 * @param values the values, in increasing order
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
record SweepParam(String name, List<String> path, List<BigDecimal> values) {

    /** More runs than this is almost certainly a typo in a step. */
    static final int MAX_VALUES = 1000;

    SweepParam {
        path = List.copyOf(path);
        values = List.copyOf(values);
    }

    /**
     * @throws IllegalArgumentException naming the option and the rule when the text is not NAME=FROM:TO:STEP
     */
    static SweepParam parse(String text) {
        int equals = text.indexOf('=');
        String rule = "--param " + text + ": expected NAME=FROM:TO:STEP, like loadManager.maxPower=4000:6000:500";
        if (equals <= 0) {
            throw new IllegalArgumentException(rule);
        }
        String name = text.substring(0, equals).trim();
        String[] range = text.substring(equals + 1).split(":", -1);
        if (range.length != 3) {
            throw new IllegalArgumentException(rule);
        }
        BigDecimal from;
        BigDecimal to;
        BigDecimal step;
        try {
            from = new BigDecimal(range[0].trim());
            to = new BigDecimal(range[1].trim());
            step = new BigDecimal(range[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule, e);
        }
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("--param " + text + ": STEP must be more than 0 and TO at least FROM");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            if (values.size() == MAX_VALUES) {
                throw new IllegalArgumentException("--param " + text + ": more than " + MAX_VALUES + " values");
            }
            values.add(v);
        }
        return new SweepParam(name, path(name), values);
    }

    private static List<String> path(String name) {
        List<String> parts = new ArrayList<>(List.of(name.split("\\.")));
        if (parts.get(0).equals("energy")) {
            parts.set(0, "energyManager");
        } else if (parts.get(0).equals("load")) {
            parts.set(0, "loadManager");
        }
        // a load's name may contain dots: everything between "loads" and the last part is the name
        int loads = parts.indexOf("loads");
        if (loads >= 0 && parts.size() > loads + 2) {
            String load = String.join(".", parts.subList(loads + 1, parts.size() - 1));
            List<String> joined = new ArrayList<>(parts.subList(0, loads + 1));
            joined.add(load);
            joined.add(parts.get(parts.size() - 1));
            parts = joined;
        }
        if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--param " + name + ": expected a key like loadManager.maxPower or "
                    + "energyManager.loads.<load>.switchOnPower");
        }
        return parts;
    }

    /**
     * Sets this parameter to {@code value} in a YAML tree as SnakeYAML loads it (maps, lists, scalars). The
     * configuration loader then checks the key and the value like any other.
     *
     * @throws IllegalArgumentException when a load named in the key does not exist
     */
    @SuppressWarnings("unchecked")
    void apply(Map<String, Object> root, BigDecimal value) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String key = path.get(i);
            Object child = node.get(key);
            if (key.equals("loads") && i + 1 < path.size() - 1) {
                String load = path.get(i + 1);
                List<Object> list = child instanceof List<?> l ? (List<Object>) l : List.of();
                Map<String, Object> found = null;
                for (Object entry : list) {
                    if (entry instanceof Map<?, ?> m && load.equals(String.valueOf(m.get("name")))) {
                        found = (Map<String, Object>) m;
                    }
                }
                if (found == null) {
                    List<String> names = new ArrayList<>();
                    list.forEach(e -> names.add(e instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "?"));
                    throw new IllegalArgumentException("--param " + name + ": no load '" + load + "' in "
                            + String.join(".", path.subList(0, i + 1)) + "; the loads are " + names);
                }
                node = found;
                i++;
                continue;
            }
            if (!(child instanceof Map<?, ?>)) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path.get(path.size() - 1), scalar(value));
    }

    private static Object scalar(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return plain.longValueExact();
        }
        return plain.doubleValue();
    }
}
