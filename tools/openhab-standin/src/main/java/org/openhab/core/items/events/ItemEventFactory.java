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
package org.openhab.core.items.events;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEventFactory;
import org.openhab.core.events.Event;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;

/**
 * Creates item events with openHAB's topics ({@code openhab/items/<name>/command|state|statechanged}) and payloads
 * (JSON {@code {"type":"Decimal","value":"42"}}: the type is the class name without {@code Type}).
 * <p>
 * Stand-in body: {@link #createEvent} understands command, state and state-changed events.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ItemEventFactory extends AbstractEventFactory {

    private static final String TOPIC = "openhab/items/%s/%s";
    private static final String TYPE_POSTFIX = "Type";
    private static final String LIBRARY_TYPES = "org.openhab.core.library.types.";

    /** Creates the factory. */
    public ItemEventFactory() {
        super(Set.of(ItemCommandEvent.TYPE, ItemStateEvent.TYPE, ItemStateChangedEvent.TYPE));
    }

    /**
     * @return a command event for the item, topic {@code openhab/items/<itemName>/command}
     * @throws IllegalArgumentException when the item name is empty
     */
    public static ItemCommandEvent createCommandEvent(String itemName, Command command, @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        String payload = serializePayload(new Payload(typeName(command), command.toString()));
        return new ItemCommandEvent(topic(itemName, "command"), payload, itemName, command, source);
    }

    /**
     * @return a command event for the item without source
     * @throws IllegalArgumentException when the item name is empty
     */
    public static ItemCommandEvent createCommandEvent(String itemName, Command command) {
        return createCommandEvent(itemName, command, null);
    }

    /**
     * @return a state event for the item, topic {@code openhab/items/<itemName>/state}
     * @throws IllegalArgumentException when the item name is empty
     */
    public static ItemStateEvent createStateEvent(String itemName, State state, @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        String payload = serializePayload(new Payload(typeName(state), state.toFullString()));
        return new ItemStateEvent(topic(itemName, "state"), payload, itemName, state, source);
    }

    /**
     * @return a state event for the item without source (typed {@link ItemEvent}, as in openHAB)
     * @throws IllegalArgumentException when the item name is empty
     */
    public static ItemEvent createStateEvent(String itemName, State state) {
        return createStateEvent(itemName, state, null);
    }

    @Override
    protected Event createEventByType(String eventType, String topic, String payload, @Nullable String source)
            throws Exception {
        String[] parts = getTopicElements(topic);
        if (parts.length < 4) {
            throw new IllegalArgumentException("Event creation failed, invalid topic: " + topic);
        }
        String itemName = parts[2];
        Payload bean = deserializePayload(payload, Payload.class);
        if (ItemCommandEvent.TYPE.equals(eventType)) {
            return new ItemCommandEvent(topic, payload, itemName, parse(bean.type, bean.value, Command.class), source);
        } else if (ItemStateEvent.TYPE.equals(eventType)) {
            return new ItemStateEvent(topic, payload, itemName, parse(bean.type, bean.value, State.class), source);
        }
        return new ItemStateChangedEvent(topic, payload, itemName, parse(bean.type, bean.value, State.class),
                parse(bean.oldType, bean.oldValue, State.class));
    }

    private static String topic(String itemName, String kind) {
        return String.format(TOPIC, itemName, kind);
    }

    private static String typeName(Type type) {
        String name = type.getClass().getSimpleName();
        return name.endsWith(TYPE_POSTFIX) ? name.substring(0, name.length() - TYPE_POSTFIX.length()) : name;
    }

    private static <T> T parse(@Nullable String typeName, @Nullable String value, Class<T> wanted) {
        if (typeName == null || value == null) {
            throw new IllegalArgumentException("The payload lacks a type or value");
        }
        Object parsed;
        if ("UnDef".equals(typeName)) {
            parsed = UnDefType.valueOf(value);
        } else if ("Refresh".equals(typeName)) {
            parsed = RefreshType.valueOf(value);
        } else {
            try {
                Class<?> type = Class.forName(LIBRARY_TYPES + typeName + TYPE_POSTFIX);
                parsed = type.getMethod("valueOf", String.class).invoke(null, value);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new IllegalArgumentException("Cannot parse '" + value + "' as " + typeName, e);
            }
        }
        if (!wanted.isInstance(parsed)) {
            throw new IllegalArgumentException(typeName + " is not a " + wanted.getSimpleName());
        }
        return wanted.cast(parsed);
    }

    // the JSON payload of item events; old* only in state-changed events
    private static final class Payload {
        @Nullable
        String type;
        @Nullable
        String value;
        @Nullable
        String oldType;
        @Nullable
        String oldValue;

        Payload(String type, String value) {
            this.type = type;
            this.value = value;
        }
    }
}
