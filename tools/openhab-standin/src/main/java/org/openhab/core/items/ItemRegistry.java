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
package org.openhab.core.items;

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.Registry;

/**
 * All items and their current states. Stand-in subset: in tests, mock it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ItemRegistry extends Registry<Item, String> {

    /**
     * @return the item of that name
     * @throws ItemNotFoundException when there is none
     */
    Item getItem(String name) throws ItemNotFoundException;

    /**
     * @return the one item matching the name, part of a name or pattern
     * @throws ItemNotFoundException when none matches
     * @throws ItemNotUniqueException when several match
     */
    Item getItemByPattern(String name) throws ItemNotFoundException, ItemNotUniqueException;

    /** @return all items */
    Collection<Item> getItems();

    /** @return the items of that type */
    Collection<Item> getItemsOfType(String type);

    /** @return the items matching the pattern */
    Collection<Item> getItems(String pattern);

    /** @return the items having all the tags */
    Collection<Item> getItemsByTag(String... tags);
}
