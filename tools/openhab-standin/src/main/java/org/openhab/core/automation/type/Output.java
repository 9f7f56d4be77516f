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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An output of a module type: a value the module produces for others.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class Output {

    private String name;
    private String type;
    private @Nullable String label;
    private @Nullable String description;
    private @Nullable Set<String> tags;
    private @Nullable String reference;
    private @Nullable String defaultValue;

    /** For deserialization only. */
    protected Output() {
        this("", "");
    }

    /** Creates an output. */
    public Output(String name, String type) {
        this(name, type, null, null, null, null, null);
    }

    /** Creates an output. */
    public Output(String name, String type, @Nullable String label, @Nullable String description,
            @Nullable Set<String> tags, @Nullable String reference, @Nullable String defaultValue) {
        this.name = name;
        this.type = type;
        this.label = label;
        this.description = description;
        this.tags = tags;
        this.reference = reference;
        this.defaultValue = defaultValue;
    }

    /** @return the name, unique within the module */
    public String getName() {
        return name;
    }

    /** @return the data type */
    public String getType() {
        return type;
    }

    /** @return the label, if any */
    public @Nullable String getLabel() {
        return label;
    }

    /** @return the description, if any */
    public @Nullable String getDescription() {
        return description;
    }

    /** @return the reference into complex data, if any */
    public @Nullable String getReference() {
        return reference;
    }

    /** @return the tags */
    public Set<String> getTags() {
        Set<String> current = tags;
        return current == null ? Set.of() : current;
    }

    /** @return the default value as text, if any */
    public @Nullable String getDefaultValue() {
        return defaultValue;
    }

    @Override
    public String toString() {
        return "Output " + name;
    }
}
