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
package org.openhab.core.automation.handler;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Module;

/**
 * Base of module handler factories: implement {@link #internalCreate(Module, String)}. Handlers are cached per rule
 * and module: asking twice for the same module of the same rule gives the same handler until it is released.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseModuleHandlerFactory implements ModuleHandlerFactory {

    private final Map<String, ModuleHandler> handlers = new HashMap<>();

    /** Disposes every handler still held; call it from the subclass's deactivation. */
    protected void deactivate() {
        synchronized (handlers) {
            handlers.values().forEach(ModuleHandler::dispose);
            handlers.clear();
        }
    }

    /** @return the handlers held, keyed by rule UID followed by module id */
    protected Map<String, ModuleHandler> getHandlers() {
        synchronized (handlers) {
            return Map.copyOf(handlers);
        }
    }

    @Override
    public @Nullable ModuleHandler getHandler(Module module, String ruleUID) {
        String key = ruleUID + module.getId();
        synchronized (handlers) {
            ModuleHandler handler = handlers.get(key);
            if (handler == null) {
                handler = internalCreate(module, ruleUID);
                if (handler != null) {
                    handlers.put(key, handler);
                }
            }
            return handler;
        }
    }

    /** @return a new handler for the module of the rule, or {@code null} when its type is not supported */
    protected abstract @Nullable ModuleHandler internalCreate(Module module, String ruleUID);

    @Override
    public void ungetHandler(Module module, String ruleUID, ModuleHandler handler) {
        boolean removed;
        synchronized (handlers) {
            removed = handlers.remove(ruleUID + module.getId(), handler);
        }
        if (removed) {
            handler.dispose();
        }
    }
}
