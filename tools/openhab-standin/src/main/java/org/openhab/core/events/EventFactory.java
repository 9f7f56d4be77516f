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

/**
 * Creates events of some types from their serialized form.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface EventFactory {

    /**
     * @return the event
     * @throws IllegalArgumentException when an argument is empty or the type is not supported
     * @throws Exception when the event cannot be created
     */
    Event createEvent(String eventType, String topic, String payload, @Nullable String source) throws Exception;

    /** @return the event types this factory creates */
    Set<String> getSupportedEventTypes();
}
