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
package org.openhab.smartgrid.itests.differential;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;

/**
 * The decisions of one replay, in the order they were made: every command a load trigger fires (its first, then each
 * change: time, manager, load, ON/OFF, reason) and every change of the heat pump's effective mode or of its reason
 * (time, mode, reason). The simulator's side fills it as a {@link CoreEngineAdapter.Observer}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class DecisionLog implements CoreEngineAdapter.Observer {

    static final String ENERGY_MANAGER = "energy manager";
    static final String LOAD_MANAGER = "load manager";
    static final String HEAT_PUMP = "heat pump";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /**
     * One decision.
     *
     * @param subject the manager, or the heat pump
     * @param load the load's name, empty for the heat pump
     * @param command ON/OFF for a load (load manager: ON = shed), the effective mode for the heat pump
     * @param reason the reason code
     */
    record Decision(Instant at, String subject, String load, String command, String reason) {

        String describe(ZoneId zone) {
            return TIME.format(at.atZone(zone)) + " " + subject + (load.isEmpty() ? "" : " '" + load + "'") + ": "
                    + command + " (" + reason + ")";
        }
    }

    private final List<Decision> decisions = new ArrayList<>();
    private @Nullable SgMode mode;
    private @Nullable Reason modeReason;

    List<Decision> decisions() {
        return decisions;
    }

    void load(Instant at, String manager, String load, boolean on, String reason) {
        decisions.add(new Decision(at, manager, load, on ? "ON" : "OFF", reason));
    }

    @Override
    public void loadCommand(Instant at, String manager, LoadCommand command) {
        load(at, CoreEngineAdapter.ENERGY_MANAGER.equals(manager) ? ENERGY_MANAGER : LOAD_MANAGER, command.load(),
                command.on(), command.reason().name());
    }

    @Override
    public void controllerStep(SgStepResult result) {
        SgMode effective = result.effective();
        Reason reason = result.modeReason();
        if (effective != mode || reason != modeReason) {
            mode = effective;
            modeReason = reason;
            decisions.add(new Decision(result.at(), HEAT_PUMP, "", effective.name(), reason.name()));
        }
    }
}
