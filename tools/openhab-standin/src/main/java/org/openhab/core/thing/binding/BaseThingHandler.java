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

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of a binding's thing handler: implement {@link #initialize()} and {@link #handleCommand(ChannelUID, Command)}.
 * <p>
 * Every report (state, command, status, thing update) goes to the {@link ThingHandlerCallback} set by the framework
 * (in tests: a mock). Without a callback the report is dropped with a warning, as in openHAB.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    /** The shared scheduler of all thing handlers (pool {@code thingHandler}). */
    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");

    /** The handled thing. */
    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /** @param thing the thing to handle */
    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            // a running handler restarts with the new configuration
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.configurationUpdated(thing);
            }
        }
    }

    /** @return whether applying the parameters would change the current configuration */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        // compare normalized values: 15 (Integer) is no change to 15 (BigDecimal)
        Configuration proposed = new Configuration(configurationParameters);
        return proposed.keySet().stream().anyMatch(key -> !sameValue(current.get(key), proposed.get(key)));
    }

    private static boolean sameValue(@Nullable Object current, @Nullable Object proposed) {
        if (current instanceof BigDecimal a && proposed instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(current, proposed);
    }

    @Override
    public void dispose() {
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    /** @return the callback, or {@code null} before initialization and after disposal */
    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        // a newly linked item gets the current value
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
    }

    /** Validates configuration parameters through the callback. */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.validateConfigurationParameters(thing, configurationParameters);
        } else {
            dropped("validate its configuration");
        }
    }

    /** @return the thing's configuration */
    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /** @return the thing's configuration mapped to a new instance of {@code configurationClass} */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    /** Reports a new state of a channel. */
    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.stateUpdated(channelUID, state);
            } else {
                dropped("update channel " + channelUID);
            }
        }
    }

    /** Reports a new state of the channel {@code channelID} of this thing. */
    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(thing.getUID(), channelID), state);
    }

    /** Fires a trigger channel with an event. */
    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.channelTriggered(thing, channelUID, event);
            } else {
                dropped("trigger channel " + channelUID);
            }
        }
    }

    /** Fires the trigger channel {@code channelID} of this thing with an event. */
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(thing.getUID(), channelID), event);
    }

    /** Fires the trigger channel {@code channelUID} (an id of this thing) with an empty event. */
    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(thing.getUID(), channelUID), "");
    }

    /** Fires a trigger channel with an empty event. */
    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    /** Sends a command from the channel {@code channelID} of this thing. */
    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(thing.getUID(), channelID), command);
    }

    /** Sends a command from a channel. */
    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.postCommand(channelUID, command);
            } else {
                dropped("post a command to channel " + channelUID);
            }
        }
    }

    /** Reports a status with detail and description. */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                ThingStatusInfo info = ThingStatusInfoBuilder.create(status, statusDetail).withDescription(description)
                        .build();
                current.statusUpdated(thing, info);
            } else {
                dropped("update the thing status to " + status);
            }
        }
    }

    /** Reports a status with detail. */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    /** Reports a status with detail NONE. */
    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /** @return a builder that builds a copy of the thing; persist it with {@link #updateThing(Thing)} */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    /**
     * Replaces the thing and tells the framework.
     *
     * @throws IllegalArgumentException when {@code thing} is the current thing object (edit a copy instead)
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                this.thing = thing;
                current.thingUpdated(thing);
            } else {
                dropped("update the thing");
            }
        }
    }

    /** @return a modifiable copy of the configuration; persist it with {@link #updateConfiguration(Configuration)} */
    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /** Replaces the thing's configuration and tells the framework. */
    protected void updateConfiguration(Configuration configuration) {
        thing.getConfiguration().setProperties(configuration.getProperties());
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.thingUpdated(thing);
            } else {
                dropped("update its configuration");
            }
        }
    }

    /** @return a modifiable copy of the properties; persist it with {@link #updateProperties(Map)} */
    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /** Sets the given properties and tells the framework, when any of them changed. */
    protected void updateProperties(Map<String, String> properties) {
        boolean changed = false;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (!property.getValue().equals(thing.getProperties().get(property.getKey()))) {
                thing.setProperty(property.getKey(), property.getValue());
                changed = true;
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback current = callback;
                if (current != null) {
                    current.thingUpdated(thing);
                } else {
                    dropped("update its properties");
                }
            }
        }
    }

    /** Sets one property (a {@code null} value removes it) and tells the framework, when it changed. */
    protected void updateProperty(String name, @Nullable String value) {
        if (Objects.equals(thing.getProperties().get(name), value)) {
            return;
        }
        thing.setProperty(name, value);
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.thingUpdated(thing);
            } else {
                dropped("update property " + name);
            }
        }
    }

    /** @return whether an item is linked to the channel {@code channelId} of this thing */
    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(thing.getUID(), channelId));
    }

    /** @return whether an item is linked to the channel */
    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            return current.isChannelLinked(channelUID);
        }
        dropped("check the link of channel " + channelUID);
        return false;
    }

    /** @return whether the thing is initialized: status UNKNOWN, ONLINE or OFFLINE */
    protected boolean isInitialized() {
        ThingStatus status = thing.getStatus();
        return status == ThingStatus.UNKNOWN || status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && thing.getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /** Asks the framework to change the thing type. */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.migrateThingType(thing, thingTypeUID, configuration);
        } else {
            dropped("change the thing type");
        }
    }

    private void dropped(String what) {
        logger.warn("Handler {} of thing {} tried to {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), what);
    }
}
