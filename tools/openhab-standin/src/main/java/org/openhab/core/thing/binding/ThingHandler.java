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

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;

/**
 * Connects a {@link Thing} to the real device or service. The framework calls these methods; the handler reports
 * back through its {@link ThingHandlerCallback}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandler {

    /** @return the handled thing */
    Thing getThing();

    /** Starts handling; must return quickly and report a status (UNKNOWN, ONLINE or OFFLINE). */
    void initialize();

    /** Stops handling and releases resources; must return quickly. */
    void dispose();

    /** @param thingHandlerCallback the callback to report through, or {@code null} once disposed */
    void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback);

    /** Handles a command sent to a channel. */
    void handleCommand(ChannelUID channelUID, Command command);

    /** Handles changed configuration parameters. */
    void handleConfigurationUpdate(Map<String, Object> configurationParameters);

    /** Handles an updated thing. */
    void thingUpdated(Thing thing);

    /** An item was linked to the channel. */
    void channelLinked(ChannelUID channelUID);

    /** An item was unlinked from the channel. */
    void channelUnlinked(ChannelUID channelUID);

    /** The status of the thing's bridge changed. */
    void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo);

    /** The thing is being removed; report REMOVED when done. */
    void handleRemoval();

    /** @return the service classes (e.g. thing actions) the framework registers for this handler */
    default Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of();
    }
}
