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
package org.openhab.core.automation.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Module;
import org.openhab.core.config.core.Configuration;

/**
 * The common part of the modules the builders create.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ModuleImpl implements Module {

    private final String id;
    private final String typeUID;
    private final Configuration configuration;
    private final @Nullable String label;
    private final @Nullable String description;

    /** Creates a module; a {@code null} configuration is empty. */
    public ModuleImpl(String id, String typeUID, @Nullable Configuration configuration, @Nullable String label,
            @Nullable String description) {
        this.id = id;
        this.typeUID = typeUID;
        this.configuration = new Configuration(configuration);
        this.label = label;
        this.description = description;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTypeUID() {
        return typeUID;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ": " + typeUID + "]";
    }
}
