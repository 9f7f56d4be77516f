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
 * Receives events of the types it subscribes to; registered as an OSGi service.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface EventSubscriber {

    /** Subscribe to every event type. */
    String ALL_EVENT_TYPES = "ALL";

    /** @return the event types to receive, e.g. {@code ItemStateChangedEvent.TYPE} */
    Set<String> getSubscribedEventTypes();

    /** @return a filter further restricting the events, or {@code null} (the default) for none */
    default @Nullable EventFilter getEventFilter() {
        return null;
    }

    /** Receives one event. */
    void receive(Event event);
}
