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
import org.openhab.core.automation.Action;
import org.openhab.core.automation.internal.ActionImpl;

/**
 * Builds an {@link Action}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ActionBuilder extends ModuleBuilder<ActionBuilder, Action> {

    private @Nullable Map<String, String> inputs;

    /** Starts empty. */
    protected ActionBuilder() {
        super();
    }

    /** Starts from a copy of {@code action}. */
    protected ActionBuilder(final Action action) {
        super(action);
        this.inputs = action.getInputs();
    }

    /** @return an empty builder */
    public static ActionBuilder create() {
        return new ActionBuilder();
    }

    /** @return a builder preset from {@code action} */
    public static ActionBuilder create(final Action action) {
        return new ActionBuilder(action);
    }

    /** @return this builder, with the input connections */
    public ActionBuilder withInputs(@Nullable Map<String, String> inputs) {
        this.inputs = inputs == null ? null : Map.copyOf(inputs);
        return this;
    }

    @Override
    public Action build() {
        return new ActionImpl(getId(), getTypeUID(), configuration, label, description, inputs);
    }
}
