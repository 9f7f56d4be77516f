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
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;

/**
 * The decisions of one replay, in the order they were made: every command a load trigger fires (its first, then each
 * change: time, manager, load, ON/OFF, reason, the detail text) and every change of the heat pump's effective mode or
 * of its reason (time, mode, reason, the text of the last guard event: the Thing's last-event channel). The texts
 * are what a person reads, with local times of the house's zone: openHAB's and the simulator's must be the same. The
 * simulator's side fills it as a {@link CoreEngineAdapter.Observer}.
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
     * @param text the load command's detail; the heat pump's last guard event
     */
    record Decision(Instant at, String subject, String load, String command, String reason, String text) {

        String describe(ZoneId zone) {
            return TIME.format(at.atZone(zone)) + " " + subject + (load.isEmpty() ? "" : " '" + load + "'") + ": "
                    + command + " (" + reason + ") \"" + text + "\"";
        }
    }

    private final List<Decision> decisions = new ArrayList<>();
    private final ZoneId zone;
    private @Nullable SgMode mode;
    private @Nullable Reason modeReason;
    private String lastEvent = "";

    /** @param zone the house's time zone, in which the simulator's texts give their times */
    DecisionLog(ZoneId zone) {
        this.zone = zone;
    }

    List<Decision> decisions() {
        return decisions;
    }

    void load(Instant at, String manager, String load, boolean on, String reason, String detail) {
        decisions.add(new Decision(at, manager, load, on ? "ON" : "OFF", reason, detail));
    }

    @Override
    public void loadCommand(Instant at, String manager, LoadCommand command) {
        load(at, CoreEngineAdapter.ENERGY_MANAGER.equals(manager) ? ENERGY_MANAGER : LOAD_MANAGER, command.load(),
                command.on(), command.reason().name(), command.detail());
    }

    /**
     * A controller step: a heat pump decision when the mode or its reason changed, with the text of the last guard
     * event so far (as the Thing's last-event channel has it).
     *
     * @return whether it was a decision
     */
    boolean step(SgStepResult result) {
        for (GuardEvent event : result.events()) {
            if (event.kind() != GuardEvent.Kind.RESTORED) {
                // openHAB starts by restoring the Thing's (quiet) history, the simulator's engine starts afresh
                lastEvent = event.detail(zone);
            }
        }
        SgMode effective = result.effective();
        Reason reason = result.modeReason();
        if (effective == mode && reason == modeReason) {
            return false;
        }
        mode = effective;
        modeReason = reason;
        decisions.add(new Decision(result.at(), HEAT_PUMP, "", effective.name(), reason.name(), lastEvent));
        return true;
    }

    /** openHAB's side: the heat pump decision just logged gets the text the Thing's last-event channel shows. */
    void lastEventShown(String text) {
        Decision last = decisions.get(decisions.size() - 1);
        decisions.set(decisions.size() - 1,
                new Decision(last.at(), last.subject(), last.load(), last.command(), last.reason(), text));
    }

    @Override
    public void controllerStep(SgStepResult result) {
        step(result);
    }
}
