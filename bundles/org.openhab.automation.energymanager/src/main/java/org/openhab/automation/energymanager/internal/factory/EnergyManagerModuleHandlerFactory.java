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
package org.openhab.automation.energymanager.internal.factory;

import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.handler.LoadActionHandler;
import org.openhab.automation.energymanager.internal.handler.LoadTriggerHandler;
import org.openhab.automation.energymanager.internal.handler.LockManagerActionHandler;
import org.openhab.automation.energymanager.internal.handler.PeakLoadTriggerHandler;
import org.openhab.automation.energymanager.internal.handler.SurplusAvailableConditionHandler;
import org.openhab.automation.energymanager.internal.handler.SurplusLoadTriggerHandler;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.BaseModuleHandlerFactory;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the add-on's module handlers. An invalid configuration, or a load that does not fit its manager, throws
 * here: openHAB then shows the message in the rule's status and leaves the rule uninitialized.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ModuleHandlerFactory.class)
public class EnergyManagerModuleHandlerFactory extends BaseModuleHandlerFactory {

    private static final List<String> TYPES = List.of(SURPLUS_LOAD_TRIGGER, PEAK_LOAD_TRIGGER, FORCE_LOAD_ACTION,
            RELEASE_LOAD_ACTION, LOCK_MANAGER_ACTION, SURPLUS_AVAILABLE_CONDITION);

    private final Logger logger = LoggerFactory.getLogger(EnergyManagerModuleHandlerFactory.class);
    private final ManagerRegistry registry;

    @Activate
    public EnergyManagerModuleHandlerFactory(@Reference ManagerRegistry registry) {
        this.registry = registry;
    }

    @Override
    @Deactivate
    protected void deactivate() {
        super.deactivate();
    }

    @Override
    public Collection<String> getTypes() {
        return TYPES;
    }

    @Override
    protected @Nullable ModuleHandler internalCreate(Module module, String ruleUID) {
        try {
            return create(module);
        } catch (IllegalArgumentException e) {
            logger.warn("Rule '{}', module '{}' ({}): {}", ruleUID, module.getId(), module.getTypeUID(),
                    e.getMessage());
            throw e;
        }
    }

    private @Nullable ModuleHandler create(Module module) {
        String type = module.getTypeUID();
        if (module instanceof Trigger trigger) {
            LoadTriggerHandler handler = switch (type) {
                case SURPLUS_LOAD_TRIGGER -> new SurplusLoadTriggerHandler(trigger, registry);
                case PEAK_LOAD_TRIGGER -> new PeakLoadTriggerHandler(trigger, registry);
                default -> null;
            };
            if (handler != null) {
                handler.register();
            }
            return handler;
        }
        if (module instanceof Action action) {
            return switch (type) {
                case FORCE_LOAD_ACTION, RELEASE_LOAD_ACTION -> new LoadActionHandler(action, registry);
                case LOCK_MANAGER_ACTION -> new LockManagerActionHandler(action, registry);
                default -> null;
            };
        }
        if (module instanceof Condition condition && SURPLUS_AVAILABLE_CONDITION.equals(type)) {
            return new SurplusAvailableConditionHandler(condition, registry);
        }
        return null;
    }
}
