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
package org.openhab.core.config.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.internal.ConfigMapper;

/**
 * The configuration of a thing, channel or rule module: parameter names to values.
 * <p>
 * Values are normalized like openHAB does: every number becomes a {@link BigDecimal} (a {@code double} keeps its
 * decimal text), texts and booleans stay, collections are normalized element by element; other types are rejected.
 * {@link #as(Class)} maps the parameters to the fields of a configuration class.
 * <p>
 * Like openHAB's own class this one carries no {@code @NonNullByDefault}: its getters answer {@code null} for absent
 * keys.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public class Configuration {

    private final Map<String, Object> properties;

    /** Creates an empty configuration. */
    public Configuration() {
        this((Map<String, Object>) null);
    }

    /** @param configuration the configuration to copy; {@code null} gives an empty one */
    public Configuration(final @Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    /**
     * @param properties the parameters; {@code null} gives an empty configuration
     * @throws IllegalArgumentException when a value has a type a configuration cannot hold
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        this.properties = Collections.synchronizedMap(new HashMap<>());
        if (properties != null) {
            properties.forEach(this::put);
        }
    }

    /**
     * Maps the parameters to a new instance of {@code configurationClass}: each non-final, non-static field takes the
     * parameter of the same name, converted to the field's type; a field keeps its initial value when the parameter is
     * absent or cannot be converted.
     *
     * @param configurationClass a class with a no-argument constructor
     * @return the filled instance
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigMapper.as(properties, configurationClass);
        }
    }

    /** @return whether the parameter {@code key} is present (possibly with a {@code null} value) */
    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    /** @return the value of {@code key}, or {@code null} */
    public Object get(String key) {
        return properties.get(key);
    }

    /**
     * Sets a parameter, normalizing its value.
     *
     * @return the previous value, or {@code null}
     * @throws IllegalArgumentException when the value has a type a configuration cannot hold
     */
    public Object put(String key, @Nullable Object value) {
        return properties.put(key, normalize(value));
    }

    /** @return the removed value, or {@code null} */
    public Object remove(String key) {
        return properties.remove(key);
    }

    /** @return a copy of the parameter names */
    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    /** @return a copy of the values */
    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    /** @return an unmodifiable copy of all parameters */
    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /**
     * Replaces all parameters.
     *
     * @throws IllegalArgumentException when a value has a type a configuration cannot hold
     */
    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        synchronized (properties) {
            return "Configuration" + new TreeMap<>(properties);
        }
    }

    private static @Nullable Object normalize(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number) {
            // the decimal text, not the binary value: 0.1d becomes 0.1
            return new BigDecimal(value.toString());
        }
        if (value instanceof Collection<?> collection) {
            List<@Nullable Object> normalized = new ArrayList<>();
            collection.forEach(element -> normalized.add(normalize(element)));
            return normalized;
        }
        throw new IllegalArgumentException(
                "Invalid type '" + value.getClass().getName() + "' of configuration value '" + value + "'");
    }
}
