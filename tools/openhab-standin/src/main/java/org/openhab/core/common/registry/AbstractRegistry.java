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
package org.openhab.core.common.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The base of openHAB's registries: it collects the elements its providers announce.
 * <p>
 * Stand-in body: no OSGi tracking of providers and no managed provider. The elements are the ones announced through
 * {@link #added}, {@link #removed} and {@link #updated} (tests call these as a provider would); {@link #add},
 * {@link #update} and {@link #remove} throw {@link IllegalStateException}, as openHAB's do without a managed
 * provider. No listeners, no events.
 *
 * @param <E> the element type
 * @param <K> the key type
 * @param <P> the provider type
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractRegistry<@NonNull E extends Identifiable<K>, @NonNull K, @NonNull P extends Provider<E>>
        implements ProviderChangeListener<E>, Registry<E, K> {

    private final Map<K, E> elements = new LinkedHashMap<>();

    /** @param providerClazz the class of the providers (unused by the stand-in) */
    protected AbstractRegistry(final @Nullable Class<P> providerClazz) {
    }

    @Override
    public void added(Provider<E> provider, E element) {
        synchronized (elements) {
            elements.putIfAbsent(element.getUID(), element);
        }
    }

    @Override
    public void removed(Provider<E> provider, E element) {
        synchronized (elements) {
            elements.remove(element.getUID());
        }
    }

    @Override
    public void updated(Provider<E> provider, E oldElement, E element) {
        synchronized (elements) {
            elements.remove(oldElement.getUID());
            elements.put(element.getUID(), element);
        }
    }

    @Override
    public Collection<E> getAll() {
        synchronized (elements) {
            return new ArrayList<>(elements.values());
        }
    }

    @Override
    public Stream<E> stream() {
        return getAll().stream();
    }

    @Override
    public @Nullable E get(K key) {
        synchronized (elements) {
            return elements.get(key);
        }
    }

    @Override
    public E add(E element) {
        throw new IllegalStateException("no managed provider in the stand-in: announce elements through added()");
    }

    @Override
    public @Nullable E update(E element) {
        throw new IllegalStateException("no managed provider in the stand-in: announce elements through updated()");
    }

    @Override
    public @Nullable E remove(K key) {
        throw new IllegalStateException("no managed provider in the stand-in: announce elements through removed()");
    }
}
