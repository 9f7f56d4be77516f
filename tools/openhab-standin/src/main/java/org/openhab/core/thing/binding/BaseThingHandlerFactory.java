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

import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;

/**
 * Base of a binding's handler factory: implement {@link #supportsThingType(ThingTypeUID)} and
 * {@link #createHandler(Thing)}.
 * <p>
 * Stand-in body: no OSGi service registration, and no thing type registry ({@link #createThing} builds a thing
 * without channels).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    /** The bundle context, set by {@link #activate(ComponentContext)}. */
    protected @NonNullByDefault({}) BundleContext bundleContext;

    /** Subclasses that override this must call {@code super.activate(componentContext)} first. */
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    /** Subclasses that override this must call {@code super.deactivate(componentContext)} first. */
    protected void deactivate(ComponentContext componentContext) {
        bundleContext = null;
    }

    /**
     * @return the bundle context
     * @throws IllegalStateException when the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException("The bundle context is missing: the factory is not active");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        return handler;
    }

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
    }

    /** @return a new handler for the thing, or {@code null} when this factory cannot handle it */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    /** Called when a handler is released; override to free its resources. */
    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }

    /** @return the same as {@code createThing(thingTypeUID, configuration, thingUID, null)} */
    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        ThingUID uid = thingUID != null ? thingUID
                : new ThingUID(thingTypeUID, UUID.randomUUID().toString().substring(0, 8));
        return ThingBuilder.create(thingTypeUID, uid).withConfiguration(configuration).withBridge(bridgeUID).build();
    }
}
