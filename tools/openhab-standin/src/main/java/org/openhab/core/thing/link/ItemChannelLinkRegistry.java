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
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.UID;

/**
 * The registry of item-channel links, an OSGi service in openHAB.
 * <p>
 * Stand-in body: links are announced through {@link #added} as a provider would. openHAB's constructor differs
 * between 4.3 and 5.x (its arguments are injected by OSGi), so the stand-in's is package-private: add-ons receive
 * the registry as a service, and tests mock it or build it in this package.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ItemChannelLinkRegistry extends AbstractLinkRegistry<ItemChannelLink, ItemChannelLinkProvider> {

    private final ItemRegistry itemRegistry;

    ItemChannelLinkRegistry(ItemRegistry itemRegistry) {
        super(ItemChannelLinkProvider.class);
        this.itemRegistry = itemRegistry;
    }

    /** @return the names of the items linked to the UID that exist in the item registry */
    @Override
    public Set<String> getLinkedItemNames(final UID uid) {
        return super.getLinkedItemNames(uid).stream().filter(name -> itemRegistry.get(name) != null)
                .collect(Collectors.toSet());
    }
}
