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
package org.openhab.binding.thermia.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.types.UnDefType;

/**
 * The factory reads the linked items' states from openHAB's link registry and item registry.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThermiaHandlerFactoryTest {

    private static final ChannelUID GRID_LOCK = new ChannelUID(HandlerFixture.UID,
            ThermiaBindingConstants.CHANNEL_GRID_LOCK);

    @Test
    void theLinkedItemStatesAreThoseOfTheItemsTheLinkRegistryNames() {
        ItemChannelLinkRegistry links = mock(ItemChannelLinkRegistry.class);
        ItemRegistry items = mock(ItemRegistry.class);
        Item gridLock = mock(Item.class);
        when(gridLock.getState()).thenReturn(OnOffType.ON);
        Item fresh = mock(Item.class);
        when(fresh.getState()).thenReturn(UnDefType.NULL);
        when(links.getLinkedItemNames(GRID_LOCK)).thenReturn(Set.of("HP_GridLock", "HP_Fresh", "HP_Gone"));
        when(items.get("HP_GridLock")).thenReturn(gridLock);
        when(items.get("HP_Fresh")).thenReturn(fresh);
        ThermiaHandlerFactory factory = new ThermiaHandlerFactory(mock(StorageService.class),
                mock(TimeZoneProvider.class), links, items);
        List<?> states = factory.linkedItemStates(GRID_LOCK);
        assertEquals(2, states.size(), "an item removed meanwhile is left out: " + states);
        assertTrue(states.containsAll(List.of(OnOffType.ON, UnDefType.NULL)), states.toString());
        assertEquals(List.of(), factory.linkedItemStates(new ChannelUID(HandlerFixture.UID, "pv-boost")));
    }
}
