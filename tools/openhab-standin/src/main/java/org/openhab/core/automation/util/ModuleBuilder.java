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
package org.openhab.core.automation.util;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.Trigger;
import org.openhab.core.config.core.Configuration;

/**
 * Builds rule modules; start with {@link #createTrigger()}, {@link #createCondition()} or {@link #createAction()}.
 *
 * @param <B> the concrete builder
 * @param <T> the kind of module built
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ModuleBuilder<B extends ModuleBuilder<B, T>, T extends Module> {

    private @Nullable String id;
    private @Nullable String typeUID;
    /** The configuration, if set. */
    protected @Nullable Configuration configuration;
    /** The label, if set. */
    protected @Nullable String label;
    /** The description, if set. */
    protected @Nullable String description;

    /** Starts empty. */
    protected ModuleBuilder() {
    }

    /** Starts from a copy of {@code module}. */
    protected ModuleBuilder(T module) {
        this.id = module.getId();
        this.typeUID = module.getTypeUID();
        this.configuration = new Configuration(module.getConfiguration());
        this.label = module.getLabel();
        this.description = module.getDescription();
    }

    /** @return a builder for an action */
    public static ActionBuilder createAction() {
        return ActionBuilder.create();
    }

    /** @return a builder preset from {@code action} */
    public static ActionBuilder createAction(final Action action) {
        return ActionBuilder.create(action);
    }

    /** @return a builder for a condition */
    public static ConditionBuilder createCondition() {
        return ConditionBuilder.create();
    }

    /** @return a builder preset from {@code condition} */
    public static ConditionBuilder createCondition(final Condition condition) {
        return ConditionBuilder.create(condition);
    }

    /** @return a builder for a trigger */
    public static TriggerBuilder createTrigger() {
        return TriggerBuilder.create();
    }

    /** @return a builder preset from {@code trigger} */
    public static TriggerBuilder createTrigger(final Trigger trigger) {
        return TriggerBuilder.create(trigger);
    }

    /** @return this builder, with the module id */
    public B withId(String id) {
        this.id = id;
        return self();
    }

    /** @return this builder, with the module type UID */
    public B withTypeUID(String typeUID) {
        this.typeUID = typeUID;
        return self();
    }

    /** @return this builder, with a copy of the configuration */
    public B withConfiguration(Configuration configuration) {
        this.configuration = new Configuration(configuration);
        return self();
    }

    /** @return this builder, with the label */
    public B withLabel(@Nullable String label) {
        this.label = label;
        return self();
    }

    /** @return this builder, with the description */
    public B withDescription(@Nullable String description) {
        this.description = description;
        return self();
    }

    /**
     * @return the id
     * @throws IllegalStateException when no id was set
     */
    protected String getId() {
        String current = id;
        if (current == null) {
            throw new IllegalStateException("The ID must not be null.");
        }
        return current;
    }

    /**
     * @return the module type UID
     * @throws IllegalStateException when no type UID was set
     */
    protected String getTypeUID() {
        String current = typeUID;
        if (current == null) {
            throw new IllegalStateException("The type UID must not be null.");
        }
        return current;
    }

    /**
     * @return the module
     * @throws IllegalStateException when the id or type UID is missing
     */
    public abstract T build();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
