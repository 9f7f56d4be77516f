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
package org.openhab.smartgrid.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The parameters of one thing the engine is configured for (a load of an energy manager, a load manager, the
 * guards), in the order a user reads them. {@link #read} turns raw values into {@link ParameterValues}: every
 * parameter parsed (defaults filled in), and a name that is none of the parameters refused, naming the nearest one.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ParameterSet {

    private final String subject;
    private final Map<String, Parameter<?>> parameters = new LinkedHashMap<>();

    /**
     * @param subject what the parameters configure, for messages, e.g. "energy manager load"
     * @throws IllegalArgumentException when two parameters have the same name
     */
    public ParameterSet(String subject, List<Parameter<?>> parameters) {
        this.subject = subject;
        for (Parameter<?> parameter : parameters) {
            if (this.parameters.put(parameter.name(), parameter) != null) {
                throw new IllegalArgumentException(subject + ": parameter " + parameter.name() + " is defined twice");
            }
        }
    }

    /**
     * @return a set of the same subject with this set's parameters and then {@code more}'s
     * @throws IllegalArgumentException when a name is in both
     */
    public ParameterSet plus(ParameterSet more) {
        List<Parameter<?>> all = new ArrayList<>(parameters.values());
        all.addAll(more.parameters());
        return new ParameterSet(subject, all);
    }

    /** @return what the parameters configure */
    public String subject() {
        return subject;
    }

    /** @return the parameters, in order */
    public Collection<Parameter<?>> parameters() {
        return parameters.values();
    }

    /** @return the parameter of that name, null when there is none */
    public @Nullable Parameter<?> get(String name) {
        return parameters.get(name);
    }

    /**
     * Reads every parameter of this set from {@code raw}; names that are none of them are refused.
     *
     * @param raw the values by name, as given (numbers, words, flags)
     * @throws IllegalArgumentException naming the parameter and the rule it breaks, or the unknown name and the
     *             nearest known one
     */
    public ParameterValues read(Map<String, ?> raw) {
        return read(raw, Set.of());
    }

    /**
     * Reads every parameter of this set from {@code raw}; names that are none of them and not in {@code others}
     * (the names the caller reads itself, e.g. openHAB's item pickers) are refused.
     *
     * @throws IllegalArgumentException as {@link #read(Map)}
     */
    public ParameterValues read(Map<String, ?> raw, Set<String> others) {
        for (String name : raw.keySet()) {
            if (!parameters.containsKey(name) && !others.contains(name)) {
                throw new IllegalArgumentException(unknown(name, others));
            }
        }
        Map<Parameter<?>, Object> values = new HashMap<>();
        Map<String, Object> canonical = new LinkedHashMap<>();
        for (Parameter<?> parameter : parameters.values()) {
            Object given = raw.get(parameter.name());
            values.put(parameter, parameter.parse(given));
            canonical.put(parameter.name(), parameter.canonical(given));
        }
        return new ParameterValues(values, canonical);
    }

    /** @return the message for a name that is no parameter: what it is not, and the nearest known name */
    public String unknown(String name, Collection<String> others) {
        List<String> known = new ArrayList<>(parameters.keySet());
        known.addAll(others);
        String nearest = nearest(name, known);
        return "unknown parameter '" + name + "' for the " + subject
                + (nearest == null ? "" : " (did you mean '" + nearest + "'?)") + "; known: " + String.join(", ", known);
    }

    /** @return the known name closest to {@code name} (edit distance, ignoring case), null when none is close */
    static @Nullable String nearest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // a name that shares less than half its letters with every known one suggests nothing
        return best != null && bestDistance <= Math.max(2, name.length() / 2) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
