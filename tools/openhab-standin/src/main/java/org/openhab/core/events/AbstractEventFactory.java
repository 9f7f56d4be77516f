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
package org.openhab.core.events;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;

/**
 * Base of event factories: checks the arguments and serializes payloads as JSON.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractEventFactory implements EventFactory {

    private static final Gson GSON = new Gson();

    private final Set<String> supportedEventTypes;

    /** @param supportedEventTypes the event types the subclass creates */
    protected AbstractEventFactory(Set<String> supportedEventTypes) {
        this.supportedEventTypes = Set.copyOf(supportedEventTypes);
    }

    @Override
    public Event createEvent(String eventType, String topic, String payload, @Nullable String source) throws Exception {
        checkNotNullOrEmpty(eventType, "eventType");
        checkNotNullOrEmpty(topic, "topic");
        checkNotNullOrEmpty(payload, "payload");
        if (!supportedEventTypes.contains(eventType)) {
            throw new IllegalArgumentException("The event type '" + eventType + "' is not supported by this factory.");
        }
        return createEventByType(eventType, topic, payload, source);
    }

    @Override
    public Set<String> getSupportedEventTypes() {
        return supportedEventTypes;
    }

    /**
     * @return the event of the type
     * @throws Exception when the event cannot be created
     */
    protected abstract Event createEventByType(String eventType, String topic, String payload, @Nullable String source)
            throws Exception;

    /** @return the JSON form of {@code payloadObject} */
    protected static String serializePayload(Object payloadObject) {
        return GSON.toJson(payloadObject);
    }

    /** @return the object read from the JSON {@code payload} */
    protected static <T> T deserializePayload(String payload, Class<T> classOfPayload) {
        return GSON.fromJson(payload, classOfPayload);
    }

    /** @return the parts of the topic between {@code /} */
    protected String[] getTopicElements(String topic) {
        return topic.split("/");
    }

    /**
     * @throws IllegalArgumentException when {@code object} is null
     */
    protected static void checkNotNull(@Nullable Object object, String argumentName) {
        if (object == null) {
            throw new IllegalArgumentException("The argument '" + argumentName + "' must not be null.");
        }
    }

    /**
     * @throws IllegalArgumentException when {@code string} is null or empty
     */
    protected static void checkNotNullOrEmpty(@Nullable String string, String argumentName) {
        if (string == null || string.isEmpty()) {
            throw new IllegalArgumentException("The argument '" + argumentName + "' must not be null or empty.");
        }
    }
}
