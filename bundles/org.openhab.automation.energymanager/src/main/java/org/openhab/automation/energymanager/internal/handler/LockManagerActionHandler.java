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
import org.openhab.automation.energymanager.internal.manager.PeakManagerAdapter;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code energymanager.LockManager} action: Loxone's "Off" input of an energy manager (locked: it starts nothing)
 * or a load manager (off: it sheds nothing and gives back every shed as its hold allows), or on again. A name that
 * is both an energy manager and a load manager turns both: the action names a manager, and a rule that means one of
 * them only gives the two different names.
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
        this.manager = values.get(ModuleParameters.LOCKED_MANAGER);
        this.lock = values.get(ModuleParameters.LOCK);
    }

    @Override
    public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
        SurplusManagerAdapter energyManager = registry.surplusManager(manager);
        PeakManagerAdapter loadManager = registry.peakManager(manager);
        if (energyManager == null && loadManager == null) {
            logger.warn("energymanager.LockManager: there is no energy manager or load manager '{}' (is a load's rule "
                    + "enabled?)", manager);
            return null;
        }
        if (energyManager != null && loadManager != null) {
            logger.info("energymanager.LockManager: '{}' is an energy manager and a load manager: both are turned {}",
                    manager, lock ? "off" : "on");
        }
        if (energyManager != null) {
            energyManager.setLocked(lock);
        }
        if (loadManager != null) {
            loadManager.setOff(lock);
        }
        return null;
    }
}
