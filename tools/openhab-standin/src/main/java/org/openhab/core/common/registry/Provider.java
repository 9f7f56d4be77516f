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

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Provides elements of one type to a registry; registered as an OSGi service.
 *
 * @param <E> the type of the provided elements
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Provider<@NonNull E> {

    /** Adds a listener to notify when elements change. */
    void addProviderChangeListener(ProviderChangeListener<E> listener);

    /** @return all provided elements */
    Collection<E> getAll();

    /** Removes a listener. */
    void removeProviderChangeListener(ProviderChangeListener<E> listener);
}
