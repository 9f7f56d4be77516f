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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * How a {@link ThingHandler} reports to the framework. Stand-in subset: in tests, mock it rather than implement it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandlerCallback {

    /** A channel has a new state. */
    void stateUpdated(ChannelUID channelUID, State state);

    /** A channel sends a command. */
    void postCommand(ChannelUID channelUID, Command command);

    /** The thing has a new status. */
    void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

    /** The whole thing was updated. */
    void thingUpdated(Thing thing);

    /** Validates configuration parameters against the thing's configuration description. */
    void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

    /** The thing's configuration was updated. */
    void configurationUpdated(Thing thing);

    /** The thing should change its thing type. */
    void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration);

    /** A trigger channel fired. */
    void channelTriggered(Thing thing, ChannelUID channelUID, String event);

    /** @return a builder preset from the channel type */
    ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID);

    /** @return a builder preset from the existing channel */
    ChannelBuilder editChannel(Thing thing, ChannelUID channelUID);

    /** @return whether at least one item is linked to the channel */
    boolean isChannelLinked(ChannelUID channelUID);
}
