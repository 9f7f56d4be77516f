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

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Visibility;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.config.core.ConfigDescriptionParameter;

/**
 * The description of a kind of module: its UID, configuration parameters, label and visibility.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ModuleType implements Identifiable<String> {

    private final String uid;
    private final Visibility visibility;
    private final Set<String> tags;
    private final @Nullable String label;
    private final @Nullable String description;

    /** The configuration parameters of modules of this type. */
    protected List<ConfigDescriptionParameter> configDescriptions;

    /** Creates a visible type without label; a {@code null} UID gives a random one. */
    public ModuleType(@Nullable String UID, @Nullable List<ConfigDescriptionParameter> configDescriptions) {
        this(UID, configDescriptions, null, null, null, null);
    }

    /** Creates a type; a {@code null} UID gives a random one, a {@code null} visibility means visible. */
    public ModuleType(@Nullable String UID, @Nullable List<ConfigDescriptionParameter> configDescriptions,
            @Nullable String label, @Nullable String description, @Nullable Set<String> tags,
            @Nullable Visibility visibility) {
        this.uid = UID == null ? UUID.randomUUID().toString() : UID;
        this.configDescriptions = configDescriptions == null ? List.of() : List.copyOf(configDescriptions);
        this.label = label;
        this.description = description;
        this.tags = tags == null ? Set.of() : Set.copyOf(tags);
        this.visibility = visibility == null ? Visibility.VISIBLE : visibility;
    }

    @Override
    public String getUID() {
        return uid;
    }

    /** @return the configuration parameters */
    public List<ConfigDescriptionParameter> getConfigurationDescriptions() {
        return configDescriptions;
    }

    /** @return the tags */
    public Set<String> getTags() {
        return tags;
    }

    /** @return the label, if any */
    public @Nullable String getLabel() {
        return label;
    }

    /** @return the description, if any */
    public @Nullable String getDescription() {
        return description;
    }

    /** @return the visibility */
    public Visibility getVisibility() {
        return visibility;
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj != null && obj.getClass() == getClass() && uid.equals(((ModuleType) obj).uid);
    }
}
