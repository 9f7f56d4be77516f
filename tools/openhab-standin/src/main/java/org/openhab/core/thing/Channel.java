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

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * One function of a thing, to which items can be linked. Built with
 * {@link org.openhab.core.thing.binding.builder.ChannelBuilder}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class Channel {

    private final ChannelUID uid;
    private final @Nullable ChannelTypeUID channelTypeUID;
    private final @Nullable String acceptedItemType;
    private final ChannelKind kind;
    private final Configuration configuration;
    private final Set<String> defaultTags;
    private final Map<String, String> properties;
    private final @Nullable String label;
    private final @Nullable String description;
    private final @Nullable AutoUpdatePolicy autoUpdatePolicy;

    /** Use the {@link org.openhab.core.thing.binding.builder.ChannelBuilder}. */
    protected Channel(ChannelUID uid, @Nullable ChannelTypeUID channelTypeUID, @Nullable String acceptedItemType,
            ChannelKind kind, @Nullable Configuration configuration, Set<String> defaultTags,
            @Nullable Map<String, String> properties, @Nullable String label, @Nullable String description,
            @Nullable AutoUpdatePolicy autoUpdatePolicy) {
        this.uid = uid;
        this.channelTypeUID = channelTypeUID;
        this.acceptedItemType = acceptedItemType;
        this.kind = kind;
        this.configuration = configuration == null ? new Configuration() : configuration;
        this.defaultTags = Set.copyOf(defaultTags);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
        this.label = label;
        this.description = description;
        this.autoUpdatePolicy = autoUpdatePolicy;
    }

    /** @return the item type this channel accepts, e.g. {@code "Switch"} or {@code "Number:Power"} */
    public @Nullable String getAcceptedItemType() {
        return acceptedItemType;
    }

    /** @return whether this is a state or a trigger channel */
    public ChannelKind getKind() {
        return kind;
    }

    /** @return the channel's UID */
    public ChannelUID getUID() {
        return uid;
    }

    /** @return the channel type, if any */
    public @Nullable ChannelTypeUID getChannelTypeUID() {
        return channelTypeUID;
    }

    /** @return the label overriding the channel type's, if any */
    public @Nullable String getLabel() {
        return label;
    }

    /** @return the description overriding the channel type's, if any */
    public @Nullable String getDescription() {
        return description;
    }

    /** @return the channel configuration */
    public Configuration getConfiguration() {
        return configuration;
    }

    /** @return the channel properties (a copy) */
    public Map<String, String> getProperties() {
        return properties;
    }

    /** @return the default tags */
    public Set<String> getDefaultTags() {
        return defaultTags;
    }

    /** @return the auto-update policy, if any */
    public @Nullable AutoUpdatePolicy getAutoUpdatePolicy() {
        return autoUpdatePolicy;
    }
}
