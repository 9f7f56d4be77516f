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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * Builds a {@link Thing} (a {@link ThingImpl}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThingBuilder {

    /** The UID of the thing to build. */
    protected final ThingUID thingUID;
    /** The type of the thing to build. */
    protected final ThingTypeUID thingTypeUID;

    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;

    /** Use {@link #create(ThingTypeUID, ThingUID)}. */
    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
    }

    /** @return a builder for the thing {@code thingTypeUID:thingId} */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    /** @return a builder for the thing {@code thingUID} of type {@code thingTypeUID} */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /** @return the thing */
    public Thing build() {
        ThingImpl thing = new ThingImpl(thingTypeUID, thingUID);
        thing.setLabel(label);
        thing.setChannels(channels);
        thing.setConfiguration(configuration);
        thing.setBridgeUID(bridgeUID);
        Map<String, String> props = properties;
        if (props != null) {
            thing.setProperties(props);
        }
        thing.setLocation(location);
        return thing;
    }

    /** @return this builder, with the label */
    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * @return this builder, with the channel added
     * @throws IllegalArgumentException when the channel belongs to another thing or its UID is already present
     */
    public ThingBuilder withChannel(Channel channel) {
        List<Channel> all = new ArrayList<>(channels);
        all.add(channel);
        validate(all);
        channels.add(channel);
        return this;
    }

    /**
     * @return this builder, with exactly these channels
     * @throws IllegalArgumentException when a channel belongs to another thing or two have the same UID
     */
    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /**
     * @return this builder, with exactly these channels
     * @throws IllegalArgumentException when a channel belongs to another thing or two have the same UID
     */
    public ThingBuilder withChannels(List<Channel> channels) {
        validate(channels);
        this.channels.clear();
        this.channels.addAll(channels);
        return this;
    }

    /** @return this builder, without the channel of that UID */
    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    /** @return this builder, without these channels */
    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    /** @return this builder, without these channels */
    public ThingBuilder withoutChannels(List<Channel> channels) {
        channels.forEach(channel -> withoutChannel(channel.getUID()));
        return this;
    }

    /** @return this builder, with the configuration */
    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    /** @return this builder, with the bridge */
    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    /** @return this builder, with the properties */
    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = properties;
        return this;
    }

    /** @return this builder, with the location */
    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }

    private void validate(List<Channel> candidates) {
        Set<ChannelUID> seen = new HashSet<>();
        for (Channel channel : candidates) {
            if (!thingUID.equals(channel.getUID().getThingUID())) {
                throw new IllegalArgumentException(
                        "Channel UID '" + channel.getUID() + "' does not match thing UID '" + thingUID + "'");
            }
            if (!seen.add(channel.getUID())) {
                throw new IllegalArgumentException("Thing already has a channel with UID '" + channel.getUID() + "'");
            }
        }
    }
}
