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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.internal.ConditionImpl;

/**
 * Builds a {@link Condition}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ConditionBuilder extends ModuleBuilder<ConditionBuilder, Condition> {

    private @Nullable Map<String, String> inputs;

    /** Starts empty. */
    protected ConditionBuilder() {
        super();
    }

    /** Starts from a copy of {@code condition}. */
    protected ConditionBuilder(final Condition condition) {
        super(condition);
        this.inputs = condition.getInputs();
    }

    /** @return an empty builder */
    public static ConditionBuilder create() {
        return new ConditionBuilder();
    }

    /** @return a builder preset from {@code condition} */
    public static ConditionBuilder create(final Condition condition) {
        return new ConditionBuilder(condition);
    }

    /** @return this builder, with the input connections */
    public ConditionBuilder withInputs(@Nullable Map<String, String> inputs) {
        this.inputs = inputs == null ? null : Map.copyOf(inputs);
        return this;
    }

    @Override
    public Condition build() {
        return new ConditionImpl(getId(), getTypeUID(), configuration, label, description, inputs);
    }
}
