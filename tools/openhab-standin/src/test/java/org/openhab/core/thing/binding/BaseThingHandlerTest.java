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
package org.openhab.core.thing.binding;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("test", "pump");

    public static class PumpConfig {
        public int minLockMinutes = 10;
        public String relayItem = "";
    }

    /** A handler as a binding writes one. */
    static class PumpHandler extends BaseThingHandler {
        final List<Command> commands = new ArrayList<>();
        int initializations;
        int disposals;
        PumpConfig config = new PumpConfig();

        PumpHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            initializations++;
            config = getConfigAs(PumpConfig.class);
            updateStatus(ThingStatus.ONLINE);
        }

        @Override
        public void dispose() {
            disposals++;
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command);
            if (command instanceof OnOffType onOff) {
                updateState(channelUID, onOff);
                postCommand("relay", onOff);
            }
        }

        void publishPower(double watts) {
            updateState("power", new DecimalType(watts));
        }

        void fail(String why) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, why);
        }

        void fire() {
            triggerChannel("event", "LOCKED");
        }

        boolean relayLinked() {
            return isLinked("relay");
        }

        void rename(String label) {
            updateThing(editThing().withLabel(label).build());
        }

        void setVendor(String vendor) {
            updateProperty(Thing.PROPERTY_VENDOR, vendor);
        }
    }

    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private Thing thing = ThingBuilder.create(TYPE, "hp1").build();
    private PumpHandler handler = new PumpHandler(thing);

    @BeforeEach
    void setUp() {
        thing = ThingBuilder.create(TYPE, "hp1")
                .withConfiguration(new Configuration(Map.of("minLockMinutes", 15, "relayItem", "Relay1")))
                .withChannel(ChannelBuilder.create(new ChannelUID(TYPE.getBindingId() + ":pump:hp1:power"), "Number")
                        .build())
                .build();
        handler = new PumpHandler(thing);
        handler.setCallback(callback);
        // like the framework: the reported status becomes the thing's status
        doAnswer(invocation -> {
            thing.setStatusInfo(invocation.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
    }

    @Test
    void updateStateReachesTheCallbackWithTheChannelOfThisThing() {
        handler.publishPower(1500);
        verify(callback).stateUpdated(new ChannelUID(thing.getUID(), "power"), new DecimalType(1500));
    }

    @Test
    void updateStatusReachesTheCallbackAsAStatusInfo() {
        handler.initialize();
        handler.fail("relayItem is missing");
        ArgumentCaptor<ThingStatusInfo> infos = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback, times(2)).statusUpdated(eq(thing), infos.capture());
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), infos.getAllValues().get(0));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "relayItem is missing"), infos.getAllValues().get(1));
    }

    @Test
    void initializeReadsTheConfigurationThroughGetConfigAs() {
        handler.initialize();
        assertEquals(15, handler.config.minLockMinutes);
        assertEquals("Relay1", handler.config.relayItem);
    }

    @Test
    void commandsPostAndTriggersReachTheCallback() {
        ChannelUID switchChannel = new ChannelUID(thing.getUID(), "switch");
        handler.handleCommand(switchChannel, OnOffType.ON);
        handler.fire();
        verify(callback).stateUpdated(switchChannel, OnOffType.ON);
        verify(callback).postCommand(new ChannelUID(thing.getUID(), "relay"), OnOffType.ON);
        verify(callback).channelTriggered(thing, new ChannelUID(thing.getUID(), "event"), "LOCKED");
    }

    @Test
    void linkingAChannelAsksForARefresh() {
        ChannelUID power = new ChannelUID(thing.getUID(), "power");
        handler.channelLinked(power);
        assertEquals(List.of(RefreshType.REFRESH), handler.commands);
    }

    @Test
    void isLinkedAsksTheCallback() {
        when(callback.isChannelLinked(new ChannelUID(thing.getUID(), "relay"))).thenReturn(true);
        assertTrue(handler.relayLinked());
    }

    @Test
    void withoutCallbackReportsAreDroppedQuietly() {
        handler.setCallback(null);
        handler.publishPower(1);
        handler.fail("x");
        assertFalse(handler.relayLinked());
        verifyNoInteractions(callback);
    }

    @Test
    void updateThingReplacesTheThingAndTellsTheCallback() {
        handler.rename("Heat pump");
        ArgumentCaptor<Thing> updated = ArgumentCaptor.forClass(Thing.class);
        verify(callback).thingUpdated(updated.capture());
        assertEquals("Heat pump", updated.getValue().getLabel());
        assertSame(updated.getValue(), handler.getThing());
        assertEquals(thing.getChannels().size(), handler.getThing().getChannels().size(), "channels are kept");
        assertThrows(IllegalArgumentException.class, () -> handler.updateThing(handler.getThing()),
                "the current thing object must not be passed back");
    }

    @Test
    void updatePropertyTellsTheCallbackOnlyOnChange() {
        handler.setVendor("Thermia");
        handler.setVendor("Thermia");
        assertEquals("Thermia", thing.getProperties().get(Thing.PROPERTY_VENDOR));
        verify(callback, times(1)).thingUpdated(thing);
    }

    @Test
    void aConfigurationUpdateOfARunningHandlerRestartsIt() {
        handler.initialize();
        handler.handleConfigurationUpdate(Map.of("minLockMinutes", 20));
        verify(callback).validateConfigurationParameters(eq(thing), anyMap());
        assertEquals(1, handler.disposals);
        assertEquals(2, handler.initializations);
        assertEquals(20, handler.config.minLockMinutes, "the restarted handler sees the new value");
    }

    @Test
    void aConfigurationUpdateWithoutChangeDoesNothing() {
        handler.handleConfigurationUpdate(Map.of("minLockMinutes", 15));
        verify(callback, never()).validateConfigurationParameters(any(), anyMap());
    }

    @Test
    void aConfigurationUpdateOfAnUninitializedHandlerIsReported() {
        handler.handleConfigurationUpdate(Map.of("minLockMinutes", 30));
        verify(callback).configurationUpdated(thing);
        assertEquals(0, handler.initializations);
    }

    @Test
    void handleRemovalReportsRemoved() {
        handler.handleRemoval();
        assertEquals(ThingStatus.REMOVED, thing.getStatus());
    }

    @Test
    void theSchedulerRunsTasks() throws Exception {
        assertEquals("done", handler.scheduler.submit(() -> "done").get(5, java.util.concurrent.TimeUnit.SECONDS));
    }
}
