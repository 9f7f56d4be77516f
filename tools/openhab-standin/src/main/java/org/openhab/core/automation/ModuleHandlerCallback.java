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
package org.openhab.core.automation;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How a module handler talks to the rule engine. Stand-in subset: in tests, mock it rather than implement it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ModuleHandlerCallback {

    /** @return whether the rule is enabled, or {@code null} when there is no such rule */
    @Nullable
    Boolean isEnabled(String ruleUID);

    /** Enables or disables a rule. */
    void setEnabled(String uid, boolean isEnabled);

    /** Runs the actions of a rule now, skipping its triggers and conditions. */
    void runNow(String uid);

    /** Runs a rule now, optionally checking its conditions, with a context for its modules. */
    void runNow(String uid, boolean considerConditions, @Nullable Map<String, Object> context);
}
