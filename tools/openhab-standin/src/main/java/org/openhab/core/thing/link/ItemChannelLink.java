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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;

/**
 * A link between an item and a channel, with its configuration (for example the profile).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ItemChannelLink extends AbstractLink {

    private final ChannelUID channelUID;
    private final Configuration configuration;

    /** A link without configuration (the default profile). */
    public ItemChannelLink(String itemName, ChannelUID channelUID) {
        this(itemName, channelUID, new Configuration());
    }

    public ItemChannelLink(String itemName, ChannelUID channelUID, Configuration configuration) {
        super(itemName);
        this.channelUID = channelUID;
        this.configuration = configuration;
    }

    @Override
    public ChannelUID getLinkedUID() {
        return channelUID;
    }

    /** @return the link's configuration */
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ItemChannelLink other && super.equals(other)
                && configuration.equals(other.getConfiguration());
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + configuration.hashCode();
    }
}
