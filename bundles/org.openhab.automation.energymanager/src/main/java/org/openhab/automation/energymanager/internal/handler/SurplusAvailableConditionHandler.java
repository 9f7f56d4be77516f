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
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.handler.BaseConditionModuleHandler;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * The {@code energymanager.SurplusAvailable} condition: the energy manager's surplus was at least {@code power} W
 * at every step of the last {@code duration} s (a stale meter counts as no surplus). An unknown manager is not
 * satisfied.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class SurplusAvailableConditionHandler extends BaseConditionModuleHandler {

    private final ManagerRegistry registry;
    private final String manager;
    private final double watts;
    private final Duration heldFor;

    /**
     * @throws IllegalArgumentException naming the parameter when the configuration is invalid, or an unknown
     *             parameter and the nearest known one
     */
    public SurplusAvailableConditionHandler(Condition condition, ManagerRegistry registry) {
        super(condition);
        this.registry = registry;
        ParameterValues values = ModuleParameters.SURPLUS_AVAILABLE
                .read(condition.getConfiguration().getProperties());
        this.manager = values.get(ModuleParameters.MANAGER);
        this.watts = values.get(ModuleParameters.SURPLUS);
        this.heldFor = values.get(ModuleParameters.HELD_FOR);
    }

    @Override
    public boolean isSatisfied(Map<String, Object> context) {
        SurplusManagerAdapter adapter = registry.surplusManager(manager);
        return adapter != null && adapter.surplusHeld(watts, heldFor);
    }
}
