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

import java.util.Collection;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A registry of identifiable elements. Stand-in subset (no change listeners).
 *
 * @param <E> the element type
 * @param <K> the key type
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Registry<@NonNull E extends Identifiable<K>, @NonNull K> {

    /** @return all elements */
    Collection<E> getAll();

    /** @return all elements as a stream */
    Stream<E> stream();

    /** @return the element with that key, or {@code null} */
    @Nullable
    E get(K key);

    /**
     * @return the added element
     * @throws IllegalStateException when no managed provider is available
     */
    E add(E element);

    /**
     * @return the replaced element, or {@code null}
     * @throws IllegalStateException when no managed provider is available
     */
    @Nullable
    E update(E element);

    /**
     * @return the removed element, or {@code null}
     * @throws IllegalStateException when no managed provider is available
     */
    @Nullable
    E remove(K key);
}
