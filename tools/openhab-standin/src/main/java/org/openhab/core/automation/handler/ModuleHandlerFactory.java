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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Module;

/**
 * Creates and releases module handlers; registered as an OSGi service.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ModuleHandlerFactory {

    /** @return the module type UIDs this factory handles */
    Collection<String> getTypes();

    /** @return the handler for the module in the rule, or {@code null} when its type is not supported */
    @Nullable
    ModuleHandler getHandler(Module module, String ruleUID);

    /** Releases a handler obtained from {@link #getHandler(Module, String)}. */
    void ungetHandler(Module module, String ruleUID, ModuleHandler handler);
}
