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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * What the binding relies on: the names of the existing items linked to a channel, and the links themselves.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ItemChannelLinkRegistryTest {

    private static final ThingUID THING = new ThingUID(new ThingTypeUID("thermia", "heatpump"), "hp");
    private static final ChannelUID GRID_LOCK = new ChannelUID(THING, "grid-lock");
    private static final ChannelUID RELAY = new ChannelUID(THING, "relay-sg1");

    private final ItemRegistry items = mock(ItemRegistry.class);
    private final ItemChannelLinkProvider provider = mock(ItemChannelLinkProvider.class);
    private final ItemChannelLinkRegistry registry = new ItemChannelLinkRegistry(items);

    @Test
    void theLinkedItemNamesAreThoseOfTheExistingItemsLinkedToTheChannel() {
        when(items.get("HP_GridLock")).thenReturn(mock(Item.class));
        when(items.get("HP_Relay409")).thenReturn(mock(Item.class));
        registry.added(provider, new ItemChannelLink("HP_GridLock", GRID_LOCK));
        registry.added(provider, new ItemChannelLink("HP_Removed", GRID_LOCK));
        registry.added(provider, new ItemChannelLink("HP_Relay409", RELAY, new Configuration()));
        assertEquals(Set.of("HP_GridLock"), registry.getLinkedItemNames(GRID_LOCK), "an item not in the registry "
                + "is left out");
        assertEquals(Set.of("HP_Relay409"), registry.getLinkedItemNames(RELAY));
        assertEquals(Set.of(), registry.getLinkedItemNames(new ChannelUID(THING, "pv-boost")));
        assertEquals(2, registry.getLinks(GRID_LOCK).size(), "the links themselves, whatever the items");
    }

    @Test
    void aLinkIsNamedByItemAndChannelAndKeepsItsConfiguration() {
        Configuration follow = new Configuration();
        follow.put("profile", "system:follow");
        ItemChannelLink link = new ItemChannelLink("HP_Relay409", RELAY, follow);
        assertEquals("HP_Relay409 -> thermia:heatpump:hp:relay-sg1", link.getUID());
        assertEquals("HP_Relay409", link.getItemName());
        assertEquals(RELAY, link.getLinkedUID());
        assertEquals("system:follow", link.getConfiguration().get("profile"));
        assertEquals(link, new ItemChannelLink("HP_Relay409", RELAY, follow));
        assertNotEquals(link, new ItemChannelLink("HP_Relay409", RELAY));
        assertThrows(IllegalArgumentException.class, () -> new ItemChannelLink("HP Relay", RELAY));
    }

    @Test
    void aRemovedLinkIsGoneAndTheRegistryHasNoManagedProvider() {
        when(items.get("HP_GridLock")).thenReturn(mock(Item.class));
        ItemChannelLink link = new ItemChannelLink("HP_GridLock", GRID_LOCK);
        registry.added(provider, link);
        assertEquals(link, registry.get(link.getUID()));
        registry.removed(provider, link);
        assertEquals(Set.of(), registry.getLinkedItemNames(GRID_LOCK));
        assertThrows(IllegalStateException.class, () -> registry.add(link));
    }
}
