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
package org.openhab.core.automation.handler;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.Trigger;

/**
 * How a trigger handler fires its rule.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface TriggerHandlerCallback extends ModuleHandlerCallback {

    /** Fires the trigger without outputs. */
    default void triggered(Trigger trigger) {
        triggered(trigger, Map.of());
    }

    /**
     * Fires the trigger.
     *
     * @param context the trigger's outputs, by output name
     */
    void triggered(Trigger trigger, Map<String, ?> context);

    /** @return the scheduler of the rule */
    ScheduledExecutorService getScheduler();
}
