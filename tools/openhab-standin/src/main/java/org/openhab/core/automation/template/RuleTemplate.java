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
package org.openhab.core.automation.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.Visibility;
import org.openhab.core.config.core.ConfigDescriptionParameter;

/**
 * A ready-made combination of modules from which users create rules.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class RuleTemplate implements Template {

    private final String uid;
    private final List<Trigger> triggers;
    private final List<Condition> conditions;
    private final List<Action> actions;
    private final Set<String> tags;
    private final @Nullable String label;
    private final @Nullable String description;
    private final Visibility visibility;
    private final List<ConfigDescriptionParameter> configDescriptions;

    /** Creates a template; {@code null} lists are empty, a {@code null} UID is random, visibility defaults to visible. */
    public RuleTemplate(@Nullable String UID, @Nullable String label, @Nullable String description,
            @Nullable Set<String> tags, @Nullable List<Trigger> triggers, @Nullable List<Condition> conditions,
            @Nullable List<Action> actions, @Nullable List<ConfigDescriptionParameter> configDescriptions,
            @Nullable Visibility visibility) {
        this.uid = UID == null ? UUID.randomUUID().toString() : UID;
        this.label = label;
        this.description = description;
        this.tags = tags == null ? Set.of() : Set.copyOf(tags);
        this.triggers = triggers == null ? List.of() : List.copyOf(triggers);
        this.conditions = conditions == null ? List.of() : List.copyOf(conditions);
        this.actions = actions == null ? List.of() : List.copyOf(actions);
        this.configDescriptions = configDescriptions == null ? List.of() : List.copyOf(configDescriptions);
        this.visibility = visibility == null ? Visibility.VISIBLE : visibility;
    }

    @Override
    public String getUID() {
        return uid;
    }

    @Override
    public Set<String> getTags() {
        return tags;
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
    public Visibility getVisibility() {
        return visibility;
    }

    /** @return the configuration parameters of rules made from this template */
    public List<ConfigDescriptionParameter> getConfigurationDescriptions() {
        return configDescriptions;
    }

    /** @return the module with that id, or {@code null} */
    public @Nullable Module getModule(String moduleId) {
        return getModules(Module.class).stream().filter(module -> module.getId().equals(moduleId)).findFirst()
                .orElse(null);
    }

    /** @return the modules of the kind {@code moduleClazz} ({@link Module} for all) */
    public <T extends Module> List<T> getModules(Class<T> moduleClazz) {
        List<T> result = new ArrayList<>();
        for (List<? extends Module> group : List.of(triggers, conditions, actions)) {
            for (Module module : group) {
                if (moduleClazz.isInstance(module)) {
                    result.add(moduleClazz.cast(module));
                }
            }
        }
        return List.copyOf(result);
    }

    /** @return the triggers */
    public List<Trigger> getTriggers() {
        return triggers;
    }

    /** @return the conditions */
    public List<Condition> getConditions() {
        return conditions;
    }

    /** @return the actions */
    public List<Action> getActions() {
        return actions;
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RuleTemplate other && uid.equals(other.uid);
    }
}
