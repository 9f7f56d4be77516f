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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Something that happened, delivered over openHAB's event bus.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Event {

    /** @return the event type, e.g. {@code ItemStateEvent} */
    String getType();

    /** @return the topic, e.g. {@code openhab/items/Grid_Power/state} */
    String getTopic();

    /** @return the serialized payload (JSON) */
    String getPayload();

    /** @return who sent it, if known */
    @Nullable
    String getSource();
}
