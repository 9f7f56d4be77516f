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

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.THING_TYPE_HEATPUMP;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.types.State;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of {@code thermia:heatpump} Things, with openHAB's storage, a clock in openHAB's time zone
 * (the zone whose midnight resets the daily lock counters) and the states of the items linked to a channel, read
 * from openHAB's item-channel link registry and item registry (they confirm the requests restored after a restart).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ThingHandlerFactory.class, configurationPid = "binding.thermia")
public class ThermiaHandlerFactory extends BaseThingHandlerFactory {

    private final StorageService storageService;
    private final TimeZoneProvider timeZoneProvider;
    private final ItemChannelLinkRegistry linkRegistry;
    private final ItemRegistry itemRegistry;

    @Activate
    public ThermiaHandlerFactory(@Reference StorageService storageService,
            @Reference TimeZoneProvider timeZoneProvider, @Reference ItemChannelLinkRegistry linkRegistry,
            @Reference ItemRegistry itemRegistry) {
        this.storageService = storageService;
        this.timeZoneProvider = timeZoneProvider;
        this.linkRegistry = linkRegistry;
        this.itemRegistry = itemRegistry;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return THING_TYPE_HEATPUMP.equals(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        if (!supportsThingType(thing.getThingTypeUID())) {
            return null;
        }
        return new ThermiaHandler(thing, storageService, Clock.system(timeZoneProvider.getTimeZone()),
                this::linkedItemStates);
    }

    /** @return the current states of the items linked to the channel (openHAB restores them before Things start) */
    List<State> linkedItemStates(ChannelUID channel) {
        List<State> states = new ArrayList<>();
        for (String name : linkRegistry.getLinkedItemNames(channel)) {
            Item item = itemRegistry.get(name);
            if (item != null) {
                states.add(item.getState());
            }
        }
        return states;
    }
}
