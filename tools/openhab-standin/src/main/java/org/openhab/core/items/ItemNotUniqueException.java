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
import java.util.List;

/**
 * A pattern matches several items.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public class ItemNotUniqueException extends ItemLookupException {

    private static final long serialVersionUID = 1L;

    private final Collection<Item> matchingItems;

    /**
     * @param string the pattern
     * @param items the items it matches
     */
    public ItemNotUniqueException(String string, Collection<Item> items) {
        super("Item cannot be uniquely identified by '" + string + "'");
        this.matchingItems = List.copyOf(items);
    }

    /** @return the items the pattern matches */
    public Collection<Item> getMatchingItems() {
        return matchingItems;
    }
}
