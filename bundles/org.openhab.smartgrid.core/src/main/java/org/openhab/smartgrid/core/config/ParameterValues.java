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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The values a {@link ParameterSet} read: one for every parameter of the set, defaults filled in.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ParameterValues {

    private final Map<Parameter<?>, Object> values;
    private final Map<String, Object> canonical;

    /**
     * @param values the parsed values by parameter
     * @param canonical the values as openHAB writes them, by name, in the set's order
     */
    ParameterValues(Map<Parameter<?>, Object> values, Map<String, Object> canonical) {
        this.values = Map.copyOf(values);
        this.canonical = Collections.unmodifiableMap(new LinkedHashMap<>(canonical));
    }

    /**
     * @return every value as openHAB's configuration and the simulator's YAML write it (see
     *         {@link Parameter#canonical}), by name, in the order of the set, defaults filled in
     */
    public Map<String, Object> canonical() {
        return canonical;
    }

    /**
     * @return the value of {@code parameter}
     * @throws IllegalArgumentException when the parameter is not of the set that read these values
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Parameter<T> parameter) {
        Object value = values.get(parameter);
        if (value == null) {
            throw new IllegalArgumentException(parameter.name() + " is not a parameter of these values");
        }
        return (T) value;
    }
}
