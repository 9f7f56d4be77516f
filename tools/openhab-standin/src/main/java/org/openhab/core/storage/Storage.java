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
package org.openhab.core.storage;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A persistent key-value store.
 *
 * @param <T> the value type
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Storage<T> {

    /** @return the previous value, or {@code null} */
    @Nullable
    T put(String key, @Nullable T value);

    /** @return the removed value, or {@code null} */
    @Nullable
    T remove(String key);

    /** @return whether the key is present */
    boolean containsKey(String key);

    /** @return the value of the key, or {@code null} */
    @Nullable
    T get(String key);

    /** @return all keys */
    Collection<String> getKeys();

    /** @return all values */
    Collection<@Nullable T> getValues();

    /** @return all entries */
    default Stream<Map.Entry<String, @Nullable T>> stream() {
        return getKeys().stream().map(key -> new AbstractMap.SimpleImmutableEntry<>(key, get(key)));
    }
}
