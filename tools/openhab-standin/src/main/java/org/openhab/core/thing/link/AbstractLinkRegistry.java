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
package org.openhab.core.thing.link;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.AbstractRegistry;
import org.openhab.core.common.registry.Provider;
import org.openhab.core.thing.UID;

/**
 * A registry of links, with look-ups by the linked UID.
 * <p>
 * Stand-in body: the look-ups scan the registry's elements (openHAB keeps indexes).
 *
 * @param <L> the link type
 * @param <P> the provider type
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractLinkRegistry<L extends AbstractLink, P extends Provider<L>>
        extends AbstractRegistry<L, String, P> {

    /** @param providerClazz the class of the providers (unused by the stand-in) */
    protected AbstractLinkRegistry(final Class<P> providerClazz) {
        super(providerClazz);
    }

    /** @return the names of the items linked to the UID, empty when none is */
    public Set<String> getLinkedItemNames(final UID uid) {
        return getLinks(uid).stream().map(AbstractLink::getItemName).collect(Collectors.toSet());
    }

    /** @return the links to the UID, empty when there is none */
    public Set<L> getLinks(final UID uid) {
        return stream().filter(link -> link.getLinkedUID().equals(uid)).collect(Collectors.toSet());
    }
}
