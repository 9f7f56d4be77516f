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

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.EnergyManagerConstants;
import org.openhab.automation.energymanager.internal.config.LoadActionConfig;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code energymanager.ForceLoad} and {@code energymanager.ReleaseLoad} actions: force an energy-manager load
 * on for a duration, or end the force. A manager or load that does not exist is logged, not thrown: the rule goes
 * on with its other actions.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class LoadActionHandler extends BaseActionModuleHandler {

    private final Logger logger = LoggerFactory.getLogger(LoadActionHandler.class);
    private final ManagerRegistry registry;
    private final LoadActionConfig config;
    private final boolean force;

    /** @throws IllegalArgumentException naming the parameter when the configuration is invalid */
    public LoadActionHandler(Action action, ManagerRegistry registry) {
        super(action);
        this.registry = registry;
        this.config = action.getConfiguration().as(LoadActionConfig.class);
        this.force = EnergyManagerConstants.FORCE_LOAD_ACTION.equals(action.getTypeUID());
        if (config.manager.isBlank() || config.load.isBlank()) {
            throw new IllegalArgumentException("manager and load are required");
        }
        if (force && config.duration <= 0) {
            throw new IllegalArgumentException("duration must be more than 0 min, was " + config.duration + " min");
        }
    }

    @Override
    public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
        SurplusManagerAdapter manager = registry.surplusManager(config.manager);
        if (manager == null || !manager.loadNames().contains(config.load)) {
            logger.warn("{}: energy manager '{}' has no load '{}' (is its rule enabled?)", module.getTypeUID(),
                    config.manager, config.load);
            return null;
        }
        if (force) {
            manager.force(config.load, Duration.ofMinutes(config.duration));
        } else {
            manager.release(config.load);
        }
        return null;
    }
}
