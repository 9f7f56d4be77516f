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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * A device or service of the real world, with channels and a configuration.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Thing extends Identifiable<ThingUID> {

    /** Property key of the vendor. */
    String PROPERTY_VENDOR = "vendor";
    /** Property key of the model id. */
    String PROPERTY_MODEL_ID = "modelId";
    /** Property key of the serial number. */
    String PROPERTY_SERIAL_NUMBER = "serialNumber";
    /** Property key of the hardware version. */
    String PROPERTY_HARDWARE_VERSION = "hardwareVersion";
    /** Property key of the firmware version. */
    String PROPERTY_FIRMWARE_VERSION = "firmwareVersion";
    /** Property key of the MAC address. */
    String PROPERTY_MAC_ADDRESS = "macAddress";

    /** @return the label shown to users */
    @Nullable
    String getLabel();

    /** @param label the label shown to users */
    void setLabel(@Nullable String label);

    /** @return the channels */
    List<Channel> getChannels();

    /** @return the channels of the group {@code channelGroupId} (empty when there is none) */
    List<Channel> getChannelsOfGroup(String channelGroupId);

    /** @return the channel with id {@code channelId}, or {@code null} */
    @Nullable
    Channel getChannel(String channelId);

    /** @return the channel with UID {@code channelUID}, or {@code null} */
    @Nullable
    Channel getChannel(ChannelUID channelUID);

    /** @return the status */
    ThingStatus getStatus();

    /** @return the status with detail and description */
    ThingStatusInfo getStatusInfo();

    /** @param status the new status */
    void setStatusInfo(ThingStatusInfo status);

    /** @param thingHandler the handler, or {@code null} */
    void setHandler(@Nullable ThingHandler thingHandler);

    /** @return the handler, if any */
    @Nullable
    ThingHandler getHandler();

    /** @return the UID of the bridge, if any */
    @Nullable
    ThingUID getBridgeUID();

    /** @param bridgeUID the UID of the bridge, or {@code null} */
    void setBridgeUID(@Nullable ThingUID bridgeUID);

    /** @return the configuration */
    Configuration getConfiguration();

    @Override
    ThingUID getUID();

    /** @return the thing type */
    ThingTypeUID getThingTypeUID();

    /** @return an immutable copy of the properties */
    Map<String, String> getProperties();

    /**
     * Sets a property; a {@code null} value removes it.
     *
     * @return the previous value, or {@code null}
     */
    @Nullable
    String setProperty(String name, @Nullable String value);

    /** @param properties the new properties */
    void setProperties(Map<String, String> properties);

    /** @return the location (usually an item name), if any */
    @Nullable
    String getLocation();

    /** @param location the location, or {@code null} */
    void setLocation(@Nullable String location);

    /** @return whether the thing is enabled */
    boolean isEnabled();
}
