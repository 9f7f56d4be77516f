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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A service bound to one thing handler, e.g. {@link ThingActions}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandlerService {

    /** @param handler the handler this service works for */
    void setThingHandler(ThingHandler handler);

    /** @return the handler this service works for, if set */
    @Nullable
    ThingHandler getThingHandler();

    /** Called on component activation, before the handler is set. */
    default void activate() {
    }

    /** Called on component deactivation. */
    default void deactivate() {
    }

    /** Called once the handler is set. */
    default void initialize() {
    }

    /** Called before deactivation. */
    default void dispose() {
    }
}
