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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.manager.LoadListener;
import org.openhab.automation.energymanager.internal.manager.ManagerAdapter;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.BaseTriggerModuleHandler;
import org.openhab.core.automation.handler.TriggerHandlerCallback;
import org.openhab.smartgrid.core.LoadCommand;

/**
 * A trigger for one managed load. It decides nothing: it joins its manager when created (a load that does not fit
 * is refused there, so the message reaches the rule's status), lets the manager fire it once the rule runs, and
 * leaves the manager when disposed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class LoadTriggerHandler extends BaseTriggerModuleHandler implements LoadListener {

    private @Nullable ManagerAdapter manager;

    protected LoadTriggerHandler(Trigger trigger) {
        super(trigger);
    }

    /** @return the load's name in its manager */
    public abstract String loadName();

    /**
     * Joins the manager.
     *
     * @throws IllegalArgumentException when the load does not fit its manager
     */
    public final void register() {
        manager = join();
    }

    protected abstract ManagerAdapter join();

    protected abstract void leave();

    @Override
    public void setCallback(ModuleHandlerCallback callback) {
        super.setCallback(callback);
        ManagerAdapter joined = manager;
        if (joined != null && callback instanceof TriggerHandlerCallback triggerCallback) {
            joined.activate(loadName(), triggerCallback.getScheduler());
        }
    }

    @Override
    public void commandChanged(LoadCommand command) {
        if (callback instanceof TriggerHandlerCallback triggerCallback) {
            triggerCallback.triggered(module, TriggerOutputs.of(command));
        }
    }

    @Override
    public void dispose() {
        if (manager != null) {
            leave();
            manager = null;
        }
        super.dispose();
    }
}
