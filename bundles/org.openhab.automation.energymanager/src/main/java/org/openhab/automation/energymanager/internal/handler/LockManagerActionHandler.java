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
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.openhab.smartgrid.core.config.ParameterValues;
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
    private final String manager;
    private final boolean lock;

    /** @throws IllegalArgumentException naming the parameter, or an unknown parameter and the nearest known one */
    public LockManagerActionHandler(Action action, ManagerRegistry registry) {
        super(action);
        this.registry = registry;
        ParameterValues values = ModuleParameters.LOCK_MANAGER.read(action.getConfiguration().getProperties());
        this.manager = values.get(ModuleParameters.MANAGER);
        this.lock = values.get(ModuleParameters.LOCK);
    }

    @Override
    public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
        SurplusManagerAdapter adapter = registry.surplusManager(manager);
        if (adapter == null) {
            logger.warn("energymanager.LockManager: there is no energy manager '{}' (is a load's rule enabled?)",
                    manager);
            return null;
        }
        adapter.setLocked(lock);
        return null;
    }
}
