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
import org.openhab.core.types.State;

/**
 * An item was updated with a state (topic {@code openhab/items/<name>/state}). Create it with
 * {@link ItemEventFactory}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ItemStateEvent extends ItemEvent {

    /** The event type. */
    public static final String TYPE = ItemStateEvent.class.getSimpleName();

    /** The new state. */
    protected final State itemState;

    /** Use {@link ItemEventFactory}. */
    protected ItemStateEvent(String topic, String payload, String itemName, State itemState,
            @Nullable String source) {
        super(topic, payload, itemName, source);
        this.itemState = itemState;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    /** @return the state the item was updated with */
    public State getItemState() {
        return itemState;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' shall update to " + itemState;
    }
}
