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
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.internal.TriggerImpl;

/**
 * Builds a {@link Trigger}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class TriggerBuilder extends ModuleBuilder<TriggerBuilder, Trigger> {

    /** Starts empty. */
    protected TriggerBuilder() {
        super();
    }

    /** Starts from a copy of {@code condition}. */
    protected TriggerBuilder(final Trigger condition) {
        super(condition);
    }

    /** @return an empty builder */
    public static TriggerBuilder create() {
        return new TriggerBuilder();
    }

    /** @return a builder preset from {@code trigger} */
    public static TriggerBuilder create(final Trigger trigger) {
        return new TriggerBuilder(trigger);
    }

    @Override
    public Trigger build() {
        return new TriggerImpl(getId(), getTypeUID(), configuration, label, description);
    }
}
