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
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Creates things and their handlers; registered as an OSGi service by each binding.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandlerFactory {

    /** @return whether this factory handles the thing type */
    boolean supportsThingType(ThingTypeUID thingTypeUID);

    /**
     * @return a new handler for the thing
     * @throws IllegalStateException when no handler can be created
     */
    ThingHandler registerHandler(Thing thing);

    /** Releases the handler of the thing. */
    void unregisterHandler(Thing thing);

    /** @return a new thing of the type, or {@code null} when the type is unknown */
    @Nullable
    Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, @Nullable ThingUID thingUID,
            @Nullable ThingUID bridgeUID);

    /** The thing was removed. */
    void removeThing(ThingUID thingUID);
}
