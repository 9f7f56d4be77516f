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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.manager.ManagerAdapter;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.PeakLoadSpec;
import org.openhab.core.automation.Trigger;

/**
 * The {@code energymanager.PeakLoad} trigger: one load of a load manager. Fires {@code command} ON when the load
 * should be shed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class PeakLoadTriggerHandler extends LoadTriggerHandler {

    private final ManagerRegistry registry;
    private final PeakLoadSpec spec;

    /**
     * @throws IllegalArgumentException naming the parameter when the configuration is invalid, or an unknown
     *             parameter and the nearest known one
     */
    public PeakLoadTriggerHandler(Trigger trigger, ManagerRegistry registry) {
        super(trigger);
        this.registry = registry;
        this.spec = PeakLoadSpec.from(ModuleParameters.PEAK_LOAD.read(trigger.getConfiguration().getProperties()));
    }

    @Override
    public String loadName() {
        return spec.load().name();
    }

    @Override
    protected ManagerAdapter join() {
        return registry.addPeakLoad(spec, this);
    }

    @Override
    protected void leave() {
        registry.removePeakLoad(spec.manager(), spec.load().name());
    }
}
