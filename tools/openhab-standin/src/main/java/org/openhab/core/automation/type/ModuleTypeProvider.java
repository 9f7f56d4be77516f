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
package org.openhab.core.automation.type;

import java.util.Collection;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Provider;

/**
 * Provides module types to the module type registry; registered as an OSGi service.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ModuleTypeProvider extends Provider<ModuleType> {

    /** @return the module type of that UID, localized when possible, or {@code null} */
    <T extends ModuleType> @Nullable T getModuleType(String UID, @Nullable Locale locale);

    /** @return all module types, localized when possible */
    <T extends ModuleType> Collection<T> getModuleTypes(@Nullable Locale locale);
}
