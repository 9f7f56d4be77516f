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
package org.openhab.smartgrid.benchmarks.addon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/**
 * openHAB's storage service in memory, in one of two ways: {@link Kind#JSON} does per call what openHAB's JSON
 * storage does before its deferred write to disk (a put turns the value into a Gson tree and turns the value it
 * replaces back into an object, a get turns the tree into an object), {@link Kind#MEMORY} keeps the objects
 * themselves, so that a benchmark can tell the add-on's own cost from the storage's.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchStorageService implements StorageService {

    /** How values are kept. */
    public enum Kind {
        /** as openHAB's JSON storage: a Gson tree per value */
        JSON,
        /** the objects themselves */
        MEMORY
    }

    private final Kind kind;
    private final Gson gson = new Gson();
    private final Map<String, Storage<?>> storages = new HashMap<>();

    public BenchStorageService(Kind kind) {
        this.kind = kind;
    }

    @Override
    public <T> Storage<T> getStorage(String name) {
        return getStorage(name, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return (Storage<T>) storages.computeIfAbsent(name,
                n -> kind == Kind.JSON ? new JsonStorage<>(gson, classLoader) : new MemoryStorage<>());
    }

    /** The objects themselves, by key. */
    private static final class MemoryStorage<T> implements Storage<T> {
        private final Map<String, @Nullable T> values = new HashMap<>();

        @Override
        public @Nullable T put(String key, @Nullable T value) {
            return values.put(key, value);
        }

        @Override
        public @Nullable T remove(String key) {
            return values.remove(key);
        }

        @Override
        public boolean containsKey(String key) {
            return values.containsKey(key);
        }

        @Override
        public @Nullable T get(String key) {
            return values.get(key);
        }

        @Override
        public Collection<String> getKeys() {
            return values.keySet();
        }

        @Override
        public Collection<@Nullable T> getValues() {
            return values.values();
        }
    }

    /** A value's class name and Gson tree, by key, as openHAB's JSON storage keeps them. */
    private static final class JsonStorage<T> implements Storage<T> {
        private record Entry(String className, JsonElement tree) {
        }

        private final Gson gson;
        private final @Nullable ClassLoader classLoader;
        private final Map<String, Entry> entries = new HashMap<>();

        JsonStorage(Gson gson, @Nullable ClassLoader classLoader) {
            this.gson = gson;
            this.classLoader = classLoader;
        }

        @Override
        public @Nullable T put(String key, @Nullable T value) {
            if (value == null) {
                return remove(key);
            }
            return read(entries.put(key, new Entry(value.getClass().getName(), gson.toJsonTree(value))));
        }

        @Override
        public @Nullable T remove(String key) {
            return read(entries.remove(key));
        }

        @Override
        public boolean containsKey(String key) {
            return entries.containsKey(key);
        }

        @Override
        public @Nullable T get(String key) {
            return read(entries.get(key));
        }

        @Override
        public Collection<String> getKeys() {
            return entries.keySet();
        }

        @Override
        public Collection<@Nullable T> getValues() {
            Collection<@Nullable T> values = new ArrayList<>();
            entries.keySet().forEach(key -> values.add(get(key)));
            return values;
        }

        @SuppressWarnings("unchecked")
        private @Nullable T read(@Nullable Entry entry) {
            if (entry == null) {
                return null;
            }
            try {
                Class<T> type = (Class<T>) Class.forName(entry.className(), false, classLoader);
                return gson.fromJson(entry.tree(), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("a stored value's class is gone: " + entry.className(), e);
            }
        }
    }
}
