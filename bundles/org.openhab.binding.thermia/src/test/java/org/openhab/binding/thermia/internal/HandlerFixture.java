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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.ManualScheduler.MutableClock;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.StringType;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * One heatpump Thing with its handler, a mocked callback that records channel states and statuses, an in-memory
 * storage that outlives handlers (a restart), a settable clock and a manual scheduler.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class HandlerFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** The first start: 20:00 local time, without any saved history. */
    static final Instant START = Instant.parse("2026-03-09T19:00:00Z");
    /**
     * 08:00 local time the next day: the restrictive history assumed at {@link #START} (a lock of maxLockMinutes
     * just ended) is over and the daily counters are reset.
     */
    static final Instant QUIET = Instant.parse("2026-03-10T07:00:00Z");
    static final ThingUID UID = new ThingUID(THING_TYPE_HEATPUMP, "hp");

    final MutableClock clock = new MutableClock(START, ZONE);
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final Map<String, String> stored = new HashMap<>();
    final StorageService storageService = mock(StorageService.class);
    final List<Map.Entry<String, State>> states = new ArrayList<>();
    /** The commands the handler posted to its channels (the relay channels drive the relay items so). */
    final List<Map.Entry<String, Command>> commands = new ArrayList<>();
    final List<ThingStatusInfo> statuses = new ArrayList<>();
    /** The state of the item linked to a channel, by channel id, as openHAB's registries give it to the handler. */
    final Map<String, State> linkedItems = new HashMap<>();
    ThermiaHandler handler;
    Thing thing;

    @SuppressWarnings("unchecked")
    HandlerFixture() {
        Storage<String> storage = mock(Storage.class);
        when(storage.get(anyString())).thenAnswer(i -> stored.get(i.getArgument(0)));
        when(storage.put(anyString(), any())).thenAnswer(i -> stored.put(i.getArgument(0), i.getArgument(1)));
        when(storageService.<String> getStorage(eq("thermia." + UID), any())).thenReturn(storage);
        thing = ThingBuilder.create(THING_TYPE_HEATPUMP, UID).build();
        handler = new ThermiaHandler(thing, storageService, clock, this::linkedItemStates, scheduler.executor);
    }

    /** Creates a new handler for a Thing with this configuration (a restart keeps storage, clock and scheduler). */
    ThermiaHandler create(Map<String, Object> config) {
        thing = ThingBuilder.create(THING_TYPE_HEATPUMP, UID).withConfiguration(new Configuration(config)).build();
        handler = new ThermiaHandler(thing, storageService, clock, this::linkedItemStates, scheduler.executor);
        return handler;
    }

    /** Creates and initializes a handler, then lets time pass until {@link #QUIET}: no guard window is open. */
    ThermiaHandler startQuiet(Map<String, Object> config) {
        start(create(config));
        scheduler.advanceTo(QUIET);
        return handler;
    }

    /** Wires a handler to the recording callback and initializes it. */
    ThermiaHandler start(ThermiaHandler created) {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        doAnswer(i -> states.add(Map.entry(((ChannelUID) i.getArgument(0)).getId(), i.getArgument(1))))
                .when(callback).stateUpdated(any(), any());
        doAnswer(i -> statuses.add(i.getArgument(1))).when(callback).statusUpdated(any(), any());
        doAnswer(i -> commands.add(Map.entry(((ChannelUID) i.getArgument(0)).getId(), i.getArgument(1))))
                .when(callback).postCommand(any(), any());
        created.setCallback(callback);
        created.initialize();
        return created;
    }

    private List<State> linkedItemStates(ChannelUID channel) {
        State state = linkedItems.get(channel.getId());
        return state == null ? List.of() : List.of(state);
    }

    void command(String channelId, Command command) {
        handler.handleCommand(new ChannelUID(UID, channelId), command);
    }

    void mode(String word) {
        command(CHANNEL_SG_MODE, new StringType(word));
    }

    /** @return the last state published on the channel, null when none was */
    @Nullable
    State last(String channelId) {
        return lastOf(states, channelId);
    }

    /** @return the last command posted to the channel, null when none was */
    @Nullable
    Command lastCommand(String channelId) {
        return lastOf(commands, channelId);
    }

    /** @return the commands posted to the relay channels, as {@code channel=command}, in the order posted */
    List<String> relayCommands() {
        return commands.stream().filter(c -> c.getKey().startsWith("relay-")).map(c -> c.getKey() + "=" + c.getValue())
                .toList();
    }

    private static <T> @Nullable T lastOf(List<Map.Entry<String, T>> published, String channelId) {
        for (int i = published.size() - 1; i >= 0; i--) {
            if (published.get(i).getKey().equals(channelId)) {
                return published.get(i).getValue();
            }
        }
        return null;
    }

    ThingStatusInfo lastStatus() {
        return statuses.get(statuses.size() - 1);
    }

    void advanceSeconds(long seconds) {
        scheduler.advanceTo(clock.instant().plusSeconds(seconds));
    }
}
