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
package org.openhab.core.thing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.common.AbstractUID;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThingModelTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("thermia", "heatpump");

    @Test
    void uidsHaveTheirSegments() {
        ThingUID thingUID = new ThingUID(TYPE, "hp1");
        ChannelUID channel = new ChannelUID(thingUID, "relay-sg1");
        assertEquals("thermia:heatpump:hp1", thingUID.getAsString());
        assertEquals("thermia", thingUID.getBindingId());
        assertEquals("hp1", thingUID.getId());
        assertEquals("thermia:heatpump:hp1:relay-sg1", channel.toString());
        assertEquals(thingUID, channel.getThingUID());
        assertEquals(channel, new ChannelUID("thermia:heatpump:hp1:relay-sg1"));
        assertEquals(TYPE, new ThingTypeUID("thermia:heatpump"));
        assertEquals("heatpump", TYPE.getId());
    }

    @Test
    void aChannelInAGroupKnowsItsGroup() {
        ChannelUID grouped = new ChannelUID(new ThingUID(TYPE, "hp1"), "status", "mode");
        assertTrue(grouped.isInGroup());
        assertEquals("status", grouped.getGroupId());
        assertEquals("mode", grouped.getIdWithoutGroup());
        assertEquals("status#mode", grouped.getId());
        assertNull(new ChannelUID(new ThingUID(TYPE, "hp1"), "mode").getGroupId());
    }

    @Test
    void invalidUidsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ThingUID("thermia:heatpump"), "too few segments");
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("thermia", "heat pump"), "blank");
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("a:b:c:d#e#f"), "two group separators");
    }

    @Test
    void aSegmentIsValidWithLettersDigitsUnderscoresAndHyphensOnly() {
        assertTrue(AbstractUID.isValid("relay-sg_1"));
        assertTrue(AbstractUID.isValid(""), "an empty segment, as openHAB's pattern allows");
        assertFalse(AbstractUID.isValid("heat pump"));
        assertFalse(AbstractUID.isValid("a:b"));
        assertFalse(AbstractUID.isValid(null));
    }

    @Test
    void theThingBuilderBuildsAThingWithItsChannelsAndConfiguration() {
        ThingUID uid = new ThingUID(TYPE, "hp1");
        ChannelUID relay = new ChannelUID(uid, "relay-sg1");
        Thing thing = ThingBuilder.create(TYPE, uid).withLabel("Heat pump").withLocation("Cellar")
                .withConfiguration(new Configuration(Map.of("minLockMinutes", 10)))
                .withProperties(Map.of(Thing.PROPERTY_VENDOR, "Thermia"))
                .withChannel(ChannelBuilder.create(relay, "Switch").withType(new ChannelTypeUID("thermia", "relay"))
                        .withLabel("Relay SG-1").withDefaultTags(Set.of("Switch"))
                        .withAutoUpdatePolicy(AutoUpdatePolicy.VETO).build())
                .build();
        assertEquals(uid, thing.getUID());
        assertEquals(TYPE, thing.getThingTypeUID());
        assertEquals("Heat pump", thing.getLabel());
        assertEquals("Cellar", thing.getLocation());
        assertEquals("Thermia", thing.getProperties().get(Thing.PROPERTY_VENDOR));
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        Channel channel = thing.getChannel("relay-sg1");
        assertNotNull(channel);
        assertSame(channel, thing.getChannel(relay));
        assertEquals("Switch", channel.getAcceptedItemType());
        assertEquals(ChannelKind.STATE, channel.getKind());
        assertEquals("Relay SG-1", channel.getLabel());
        assertEquals(AutoUpdatePolicy.VETO, channel.getAutoUpdatePolicy());
        assertEquals(new ChannelTypeUID("thermia:relay"), channel.getChannelTypeUID());
        Channel copy = ChannelBuilder.create(channel).build();
        assertEquals(channel.getLabel(), copy.getLabel());
        assertEquals(channel.getChannelTypeUID(), copy.getChannelTypeUID());
        assertNull(thing.getChannel("missing"));
    }

    @Test
    void theThingBuilderRejectsForeignAndDuplicateChannels() {
        ThingUID uid = new ThingUID(TYPE, "hp1");
        ThingBuilder builder = ThingBuilder.create(TYPE, uid).withChannel(
                ChannelBuilder.create(new ChannelUID(uid, "a")).build());
        assertThrows(IllegalArgumentException.class,
                () -> builder.withChannel(ChannelBuilder.create(new ChannelUID(uid, "a")).build()), "duplicate");
        assertThrows(IllegalArgumentException.class, () -> builder.withChannel(
                ChannelBuilder.create(new ChannelUID(new ThingUID(TYPE, "other"), "b")).build()), "other thing");
        assertEquals(0, builder.withoutChannel(new ChannelUID(uid, "a")).build().getChannels().size());
    }

    @Test
    void statusInfoBuilderAndToString() {
        ThingStatusInfo info = ThingStatusInfoBuilder.create(ThingStatus.OFFLINE)
                .withStatusDetail(ThingStatusDetail.COMMUNICATION_ERROR).withDescription("no answer").build();
        assertEquals("OFFLINE (COMMUNICATION_ERROR): no answer", info.toString());
        assertEquals(info, new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "no answer"));
    }

    @Test
    void theFactoryRefusesAThingItCannotHandle() {
        BaseThingHandlerFactory factory = new BaseThingHandlerFactory() {
            @Override
            public boolean supportsThingType(ThingTypeUID thingTypeUID) {
                return TYPE.equals(thingTypeUID);
            }

            @Override
            protected @org.eclipse.jdt.annotation.Nullable ThingHandler createHandler(Thing thing) {
                return null;
            }
        };
        Thing thing = ThingBuilder.create(TYPE, "hp1").build();
        assertTrue(factory.supportsThingType(TYPE));
        assertThrows(IllegalStateException.class, () -> factory.registerHandler(thing));
        Thing created = factory.createThing(TYPE, new Configuration(), new ThingUID(TYPE, "x"), null);
        assertNotNull(created);
        assertEquals(new ThingUID(TYPE, "x"), created.getUID());
    }
}
