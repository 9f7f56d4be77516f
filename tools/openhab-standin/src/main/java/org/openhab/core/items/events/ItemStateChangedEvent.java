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
import org.openhab.core.types.State;

/**
 * An item's state changed (topic {@code openhab/items/<name>/statechanged}).
 * <p>
 * openHAB 4.3 and 5.x construct this event differently (their time stamps are {@code ZonedDateTime} in 4.3 and
 * {@code Instant} in 5.x), so the stand-in declares no constructor add-ons could call and no time-stamp getters. In
 * tests create one through {@link ItemEventFactory#createEvent} with type {@link #TYPE} (the same call works on both
 * versions), or mock it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ItemStateChangedEvent extends ItemEvent {

    /** The event type. */
    public static final String TYPE = ItemStateChangedEvent.class.getSimpleName();

    /** The new state. */
    protected final State itemState;
    /** The state before the change. */
    protected final State oldItemState;

    // package-private on purpose: see the class comment
    ItemStateChangedEvent(String topic, String payload, String itemName, State newItemState, State oldItemState) {
        super(topic, payload, itemName, null);
        this.itemState = newItemState;
        this.oldItemState = oldItemState;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    /** @return the new state */
    public State getItemState() {
        return itemState;
    }

    /** @return the state before the change */
    public State getOldItemState() {
        return oldItemState;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' changed from " + oldItemState + " to " + itemState;
    }
}
