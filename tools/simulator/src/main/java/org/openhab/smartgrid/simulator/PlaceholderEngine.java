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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.scenario.EnergyLoadConfig;
import org.openhab.smartgrid.simulator.scenario.ShedLoadConfig;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * A deliberately naive stand-in policy so that the simulator can be tried before the core engine is wired. It is
 * NOT the core engine and its results do NOT show what the add-ons would do: no priorities, no activation delay,
 * no daily minimum, no battery, no lock timing guards, no quarter-hour forecast. Outputs of a run with it say so.
 * <ul>
 * <li>grid lock contact → EVU;</li>
 * <li>an energy manager load starts when export ≥ its switchOnPower and its minOffTime has passed, and stops when
 * import exceeds the offset after its minOnTime;</li>
 * <li>a load manager load is shed while instantaneous import exceeds maxPower, and restored after its
 * minShedTime once import + its power + restoreHysteresis fits under maxPower;</li>
 * <li>the heat pump follows: shed → EVU, boost load on → pvBoostMode, otherwise NORMAL.</li>
 * </ul>
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class PlaceholderEngine implements ControlEngine {

    private static final String COMPONENT = "placeholder";

    private final SimulationConfig config;
    private final Map<String, Boolean> running = new HashMap<>();
    private final Map<String, Instant> lastChange = new HashMap<>();
    private SgMode mode = SgMode.NORMAL;

    PlaceholderEngine(SimulationConfig config) {
        this.config = config;
    }

    @Override
    public StepDecisions step(StepInputs in) {
        List<EngineEvent> events = new ArrayList<>();
        List<LoadCommand> commands = new ArrayList<>();
        double meter = in.meterPower();
        for (EnergyLoadConfig load : config.energyManager().loads()) {
            boolean on = running.getOrDefault(load.name(), false);
            boolean next = on;
            Reason reason;
            if (on) {
                boolean stop = meter > config.energyManager().offset();
                next = !stop || !held(load.name(), in.time(), load.minOnTime().toSeconds());
                reason = next ? (stop ? Reason.MIN_ON_HOLD : Reason.SURPLUS) : Reason.NO_SURPLUS;
            } else {
                boolean start = -meter >= load.switchOnPower();
                next = start && held(load.name(), in.time(), load.minOffTime().toSeconds());
                reason = next ? Reason.SURPLUS : (start ? Reason.MIN_OFF_HOLD : Reason.NO_SURPLUS);
            }
            String detail = String.format(java.util.Locale.ROOT, "meter %.0f W, switch-on %.0f W", meter,
                    load.switchOnPower());
            commands.add(change(load.name(), next, reason, detail, in.time(), events, "energy-manager"));
        }
        for (ShedLoadConfig load : config.loadManager().loads()) {
            boolean on = running.getOrDefault(load.name(), true);
            double max = config.loadManager().maxPower();
            boolean next;
            Reason reason;
            if (on) {
                next = meter <= max;
                reason = next ? Reason.WITHIN_LIMIT : Reason.SHED_OVERLOAD;
            } else {
                boolean fits = meter + load.power() + load.restoreHysteresis() <= max;
                next = fits && held(load.name(), in.time(), load.minShedTime().toSeconds());
                reason = next ? Reason.RESTORED : Reason.SHED_OVERLOAD;
            }
            String detail = String.format(java.util.Locale.ROOT, "import %.0f W, max %.0f W", meter, max);
            commands.add(change(load.name(), next, reason, detail, in.time(), events, "load-manager"));
        }

        String shed = config.house().shedLoad();
        String boost = config.house().boostLoad();
        SgMode wanted;
        Reason why;
        if (in.gridLock()) {
            wanted = SgMode.EVU;
            why = Reason.GRID_LOCK;
        } else if (shed != null && !running.getOrDefault(shed, true)) {
            wanted = SgMode.EVU;
            why = Reason.PEAK_SHED;
        } else if (boost != null && running.getOrDefault(boost, false)) {
            wanted = config.guard().pvBoostMode();
            why = Reason.PV_SURPLUS;
        } else {
            wanted = SgMode.NORMAL;
            why = Reason.DEFAULT;
        }
        if (wanted != mode) {
            events.add(new EngineEvent(in.time(), COMPONENT + "/arbiter", EventKind.DECISION, why,
                    mode + " -> " + wanted + " (placeholder: no guards)"));
            mode = wanted;
        }
        return new StepDecisions(wanted, wanted, why, commands, events);
    }

    private boolean held(String load, Instant now, long seconds) {
        Instant since = lastChange.get(load);
        return since == null || !now.isBefore(since.plusSeconds(seconds));
    }

    private LoadCommand change(String load, boolean next, Reason reason, String detail, Instant now,
            List<EngineEvent> events, String component) {
        Boolean before = running.get(load);
        if (before == null || before != next) {
            if (before != null) {
                events.add(new EngineEvent(now, COMPONENT + "/" + component, EventKind.DECISION, reason,
                        load + (next ? " on: " : " off: ") + detail));
                lastChange.put(load, now);
            }
            running.put(load, next);
        }
        return new LoadCommand(load, next, reason, null, detail);
    }
}
