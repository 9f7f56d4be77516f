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

/**
 * Posts events on the event bus.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface EventPublisher {

    /**
     * Posts an event asynchronously.
     *
     * @throws IllegalArgumentException when the event is incomplete
     * @throws IllegalStateException when the event bus is not available
     */
    void post(Event event) throws IllegalArgumentException, IllegalStateException;
}
