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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.thing.UID;

/**
 * A link between an item and something with a {@link UID} (a channel). Its identifier is
 * {@code <item name> -> <linked UID>}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractLink implements Identifiable<String> {

    private final String itemName;

    /**
     * @param itemName the linked item's name
     * @throws IllegalArgumentException when the name is not a valid item name (letters, digits and underscores)
     */
    protected AbstractLink(String itemName) {
        if (!itemName.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("'" + itemName + "' is no valid item name");
        }
        this.itemName = itemName;
    }

    /** @return the identifier of the link between that item and that UID */
    public static String getIDFor(String itemName, UID uid) {
        return itemName + " -> " + uid;
    }

    @Override
    public String getUID() {
        return getIDFor(getItemName(), getLinkedUID());
    }

    /** @return the linked item's name */
    public String getItemName() {
        return itemName;
    }

    /** @return what the item is linked to */
    public abstract UID getLinkedUID();

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AbstractLink other && getUID().equals(other.getUID());
    }

    @Override
    public int hashCode() {
        return getUID().hashCode();
    }

    @Override
    public String toString() {
        return getUID();
    }
}
