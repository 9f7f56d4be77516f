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
package org.openhab.smartgrid.simulator;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;

/**
 * What the engine decided at one time step.
 *
 * @param wantedMode the mode the arbiter wants
 * @param effectiveMode the mode applied to the relays after the guards (what the heat pump gets)
 * @param modeReason why the effective mode is what it is
 * @param loads per managed load, the command that set its current state (it changes when the state does);
 *            {@code on} means the load RUNS (an adapter over the load manager inverts its "shed" output); loads
 *            missing from the list keep their previous state
 * @param events every decision, deferral and override made at this step, for {@code events.csv}
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record StepDecisions(SgMode wantedMode, SgMode effectiveMode, Reason modeReason, List<LoadCommand> loads,
        List<EngineEvent> events) {

    public StepDecisions {
        loads = List.copyOf(loads);
        events = List.copyOf(events);
    }
}
