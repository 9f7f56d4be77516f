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

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Hears about elements a {@link Provider} adds, removes or updates.
 *
 * @param <E> the type of the provided elements
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ProviderChangeListener<@NonNull E> {

    /** An element was added. */
    void added(Provider<E> provider, E element);

    /** An element was removed. */
    void removed(Provider<E> provider, E element);

    /** An element was replaced. */
    void updated(Provider<E> provider, E oldelement, E element);
}
