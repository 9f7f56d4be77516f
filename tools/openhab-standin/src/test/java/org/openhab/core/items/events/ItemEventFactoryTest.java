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

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventFilter;
import org.openhab.core.events.TopicEventFilter;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ItemEventFactoryTest {

    @Test
    void aStateEventHasTheStateTopicAndItsGetters() {
        ItemStateEvent event = ItemEventFactory.createStateEvent("Grid_Power", new QuantityType<>(1500, Units.WATT),
                "meter");
        assertEquals("openhab/items/Grid_Power/state", event.getTopic());
        assertEquals(ItemStateEvent.TYPE, event.getType());
        assertEquals("ItemStateEvent", event.getType());
        assertEquals("Grid_Power", event.getItemName());
        assertEquals(new QuantityType<>(1500, Units.WATT), event.getItemState());
        assertEquals("meter", event.getSource());
        assertEquals("{\"type\":\"Quantity\",\"value\":\"1500 W\"}", event.getPayload());
    }

    @Test
    void theShortStateEventFormIsTypedAsItemEventLikeOpenHab() {
        ItemEvent event = ItemEventFactory.createStateEvent("Grid_Power", UnDefType.UNDEF);
        assertInstanceOf(ItemStateEvent.class, event);
        assertEquals("openhab/items/Grid_Power/state", event.getTopic());
        assertNull(event.getSource());
    }

    @Test
    void aCommandEventHasTheCommandTopicAndItsGetters() {
        ItemCommandEvent event = ItemEventFactory.createCommandEvent("Boiler_Relay", OnOffType.ON);
        assertEquals("openhab/items/Boiler_Relay/command", event.getTopic());
        assertEquals(ItemCommandEvent.TYPE, event.getType());
        assertEquals("Boiler_Relay", event.getItemName());
        assertEquals(OnOffType.ON, event.getItemCommand());
        assertEquals("{\"type\":\"OnOff\",\"value\":\"ON\"}", event.getPayload());
    }

    @Test
    void aStateChangedEventIsCreatedFromItsSerializedFormAsOnBothOpenHabVersions() throws Exception {
        Event event = new ItemEventFactory().createEvent(ItemStateChangedEvent.TYPE,
                "openhab/items/Grid_Power/statechanged",
                "{\"type\":\"Decimal\",\"value\":\"-800\",\"oldType\":\"UnDef\",\"oldValue\":\"NULL\"}", null);
        ItemStateChangedEvent changed = assertInstanceOf(ItemStateChangedEvent.class, event);
        assertEquals("openhab/items/Grid_Power/statechanged", changed.getTopic());
        assertEquals("Grid_Power", changed.getItemName());
        assertEquals(new DecimalType(-800), changed.getItemState());
        assertEquals(UnDefType.NULL, changed.getOldItemState());
    }

    @Test
    void serializedEventsParseBackToEqualEvents() throws Exception {
        ItemEventFactory factory = new ItemEventFactory();
        ItemCommandEvent command = ItemEventFactory.createCommandEvent("Mode", new StringType("BOOST"));
        assertEquals(command,
                factory.createEvent(command.getType(), command.getTopic(), command.getPayload(), null));
        ItemStateEvent state = ItemEventFactory.createStateEvent("Energy", new QuantityType<>("12.5 kWh"), null);
        ItemStateEvent parsed = (ItemStateEvent) factory.createEvent(state.getType(), state.getTopic(),
                state.getPayload(), null);
        assertEquals(state.getItemState(), parsed.getItemState());
    }

    @Test
    void unsupportedOrIncompleteEventsAreRejected() {
        ItemEventFactory factory = new ItemEventFactory();
        assertEquals(Set.of("ItemCommandEvent", "ItemStateEvent", "ItemStateChangedEvent"),
                factory.getSupportedEventTypes());
        assertThrows(IllegalArgumentException.class, () -> factory.createEvent("ThingAddedEvent", "a/b/c/d", "{}",
                null));
        assertThrows(IllegalArgumentException.class, () -> factory.createEvent(ItemStateEvent.TYPE, "", "{}", null));
        assertThrows(IllegalArgumentException.class, () -> ItemEventFactory.createCommandEvent("", OnOffType.ON));
    }

    @Test
    void aTopicFilterSelectsByRegularExpression() {
        EventFilter filter = new TopicEventFilter("openhab/items/(Grid_Power|PV_Power)/statechanged");
        assertTrue(filter.apply(new ItemStateChangedEvent("openhab/items/PV_Power/statechanged", "{}", "PV_Power",
                DecimalType.ZERO, DecimalType.ZERO)));
        assertFalse(filter.apply(ItemEventFactory.createStateEvent("Grid_Power", DecimalType.ZERO)));
    }
}
