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
package org.openhab.core.items.events;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEvent;

/**
 * Base of the events about one item.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ItemEvent extends AbstractEvent {

    /** The item's name. */
    protected final String itemName;

    /** Creates an item event. */
    public ItemEvent(String topic, String payload, String itemName, @Nullable String source) {
        super(topic, payload, source);
        this.itemName = itemName;
    }

    /** @return the item's name */
    public String getItemName() {
        return itemName;
    }
}
