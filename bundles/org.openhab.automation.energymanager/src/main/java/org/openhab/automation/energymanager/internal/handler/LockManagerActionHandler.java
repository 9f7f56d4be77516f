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
package org.openhab.automation.energymanager.internal.handler;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.config.LockActionConfig;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code energymanager.LockManager} action: locks (Loxone's "Off" input) or unlocks an energy manager.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class LockManagerActionHandler extends BaseActionModuleHandler {

    private final Logger logger = LoggerFactory.getLogger(LockManagerActionHandler.class);
    private final ManagerRegistry registry;
    private final LockActionConfig config;

    /** @throws IllegalArgumentException when no manager is named */
    public LockManagerActionHandler(Action action, ManagerRegistry registry) {
        super(action);
        this.registry = registry;
        this.config = action.getConfiguration().as(LockActionConfig.class);
        if (config.manager.isBlank()) {
            throw new IllegalArgumentException("manager is required");
        }
    }

    @Override
    public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
        SurplusManagerAdapter manager = registry.surplusManager(config.manager);
        if (manager == null) {
            logger.warn("energymanager.LockManager: there is no energy manager '{}' (is a load's rule enabled?)",
                    config.manager);
            return null;
        }
        manager.setLocked(config.lock);
        return null;
    }
}
