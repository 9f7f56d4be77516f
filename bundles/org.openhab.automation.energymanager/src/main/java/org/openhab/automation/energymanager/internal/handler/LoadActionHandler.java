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
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.openhab.smartgrid.core.config.ParameterValues;
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
    private final String manager;
    private final String load;
    /** How long the load is forced on; null for ReleaseLoad. */
    private final @Nullable Duration duration;

    /**
     * @throws IllegalArgumentException naming the parameter when the configuration is invalid, or an unknown
     *             parameter and the nearest known one
     */
    public LoadActionHandler(Action action, ManagerRegistry registry) {
        super(action);
        this.registry = registry;
        boolean force = EnergyManagerConstants.FORCE_LOAD_ACTION.equals(action.getTypeUID());
        ParameterValues values = (force ? ModuleParameters.FORCE_LOAD : ModuleParameters.RELEASE_LOAD)
                .read(action.getConfiguration().getProperties());
        this.manager = values.get(ModuleParameters.MANAGER);
        this.load = values.get(ModuleParameters.LOAD);
        this.duration = force ? values.get(ModuleParameters.FORCE_DURATION) : null;
    }

    @Override
    public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
        SurplusManagerAdapter adapter = registry.surplusManager(manager);
        if (adapter == null || !adapter.loadNames().contains(load)) {
            logger.warn("{}: energy manager '{}' has no load '{}' (is its rule enabled?)", module.getTypeUID(),
                    manager, load);
            return null;
        }
        Duration forced = duration;
        if (forced != null) {
            adapter.force(load, forced);
        } else {
            adapter.release(load);
        }
        return null;
    }
}
