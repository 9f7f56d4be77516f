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
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.energy.EnergyManager;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.load.LoadManager;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Runs the core engine of the openHAB add-ons (the very same classes, not a copy): core's {@link SgController}
 * (arbiter and guards of the heat pump Thing), {@link EnergyManager} and {@link LoadManager}, wired the way the
 * automation add-on wires them. Per sample: the meter reading goes to both managers, they decide, the energy
 * manager's boost load becomes the PV surplus request, the load manager's heat pump shed the peak shed request, the
 * operator's contact the grid lock. The controller steps as the Thing steps it in openHAB: when one of its requests
 * changes and when its own next step instant has come; in between its last result holds. As in openHAB, a load
 * manager load reports whether its shed is in effect only when it has a {@code shedFeedbackItem}: the heat pump's
 * shed then is in effect only while the controller applies EVU (a deferred shed frees no power), another load's
 * (a relay) at once; a load without one counts as shed the moment the shed is commanded.
 * <p>
 * The managers step at each sample (each meter update), as in openHAB; a timer that falls between two samples fires
 * at the next one (with one-minute built-in days at most a minute late, with one-second traces at most a second).
 * A replay steps millions of samples and most change nothing, so the adapter reads the managers' decisions with
 * {@code decide} and {@code isOn}/{@code isShed} (the same decisions {@code step} makes, without building a result),
 * asks for a load's command only when its state changes, and hands out the decisions of the step before while
 * nothing changes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class CoreEngineAdapter implements ControlEngine {

    /** How outputs name this engine. */
    public static final String LABEL = "core engine";

    static final String CONTROLLER = "sg-controller";
    static final String ENERGY_MANAGER = "energy-manager";
    static final String LOAD_MANAGER = "load-manager";

    private final SgController controller;
    private final @Nullable EnergyManager energy;
    private final @Nullable LoadManager loads;
    /** The load manager's loads' names, as its configuration holds them (so that they are found at a glance). */
    private final String[] shedNames;
    /** Indexes of the load manager's loads that report whether their shed is in effect. */
    private final int[] feedback;
    /** Index of the boost load among the energy manager's loads, -1 when none. */
    private final int boostIndex;
    /** Index of the heat pump among the load manager's loads, -1 when none. */
    private final int shedIndex;
    private final int energyLoads;
    private final int shedLoads;
    /** Last "runs" state per load (energy loads first, then load manager loads). */
    private final boolean[] running;
    /** Per load, the command that set its current state (on = runs), in the order of {@link #running}. */
    private final LoadCommand[] inForce;
    private boolean started;
    // the controller's last step, which holds until the requests change or its next step instant comes
    private SgMode wanted = SgMode.NORMAL;
    private SgMode effective = SgMode.NORMAL;
    private Reason modeReason = Reason.DEFAULT;
    private Instant nextStepAt = Instant.MIN;
    /** The events of the step being made; one list for the whole run, copied into the step's decisions. */
    private final List<EngineEvent> events = new ArrayList<>();
    /** The decisions of the last step; handed out again while nothing changes. */
    private @Nullable StepDecisions decisions;
    private boolean gridLock;
    private boolean peakShed;
    private boolean pvSurplus;

    /**
     * Builds the core's controller and managers from the configuration's values, with the parameter model's
     * {@code config(...)} (every parameter the core takes, as openHAB's add-ons build them).
     *
     * @throws IllegalArgumentException naming the parameter (and load) when core rejects the configuration
     */
    public CoreEngineAdapter(SimulationConfig config) {
        var zone = config.house().timeZone();
        controller = new SgController(config.guardConfig(), config.pvSurplusMode(), zone);
        energy = config.energyManager() == null ? null
                : new EnergyManager(config.energyManagerConfig(), config.surplusLoads());
        LoadManagerConfig shedding = config.loadManager() == null ? null : config.loadManagerConfig();
        loads = shedding == null ? null : new LoadManager(shedding);

        // the managers return their commands in configuration order: look loads up by index, not by name
        List<String> energyNames = config.energyLoads().stream().map(LoadSetup::name).toList();
        List<SheddableLoadConfig> sheddable = shedding == null ? List.of() : shedding.loads();
        shedNames = sheddable.stream().map(SheddableLoadConfig::name).toArray(String[]::new);
        energyLoads = energyNames.size();
        shedLoads = shedNames.length;
        String boostLoad = config.house().boostLoad();
        String heatPump = config.house().shedLoad();
        boostIndex = boostLoad == null ? -1 : energyNames.indexOf(boostLoad);
        shedIndex = heatPump == null ? -1 : List.of(shedNames).indexOf(heatPump);
        // as in openHAB, only a load with a shedFeedbackItem reports whether its shed is in effect
        feedback = IntStream.range(0, shedLoads).filter(i -> sheddable.get(i).shedFeedback()).toArray();
        running = new boolean[energyLoads + shedLoads];
        inForce = new LoadCommand[running.length];
    }

    @Override
    public StepDecisions step(StepInputs in) {
        Instant now = in.time();
        PowerReading meter = new PowerReading(now, in.meterPower());
        events.clear();
        boolean loadsChanged = false;

        boolean boost = false;
        EnergyManager em = energy;
        if (em != null) {
            em.updateGrid(meter);
            if (in.stateOfCharge().isPresent()) {
                em.updateBattery(new PowerReading(now, in.batteryPower()), in.stateOfCharge().getAsDouble());
            }
            em.decide(now);
            for (int i = 0; i < energyLoads; i++) {
                if (!started || em.isOn(i) != running[i]) {
                    loadsChanged = true;
                    track(i, em.command(i), ENERGY_MANAGER, now);
                }
            }
            boost = boostIndex >= 0 && em.isOn(boostIndex);
        }

        boolean shed = false;
        LoadManager lm = loads;
        if (lm != null) {
            lm.updateGrid(meter);
            lm.decide(now);
            for (int i = 0; i < shedLoads; i++) {
                if (!started || lm.isShed(i) == running[energyLoads + i]) {
                    loadsChanged = true;
                    // core's load manager says on = shed; the seam says on = the load runs
                    track(energyLoads + i, lm.command(i).inverted(), LOAD_MANAGER, now);
                }
            }
            shed = shedIndex >= 0 && lm.isShed(shedIndex);
        }

        // As the Thing does in openHAB: the controller steps when a request changes (the automation add-on commands
        // the request channels only on a change) and at the next step instant it asked for, not at every sample.
        boolean requestsChanged = !started || in.gridLock() != gridLock || shed != peakShed || boost != pvSurplus;
        if (requestsChanged) {
            controller.setGridLock(in.gridLock(), now);
            controller.setPeakShed(shed, now);
            controller.setPvSurplus(boost, now);
            gridLock = in.gridLock();
            peakShed = shed;
            pvSurplus = boost;
        }
        StepDecisions last = decisions;
        boolean modeChanged = false;
        if (requestsChanged || !now.isBefore(nextStepAt)) {
            SgStepResult result = controller.step(now);
            SgMode stepWanted = result.wanted();
            SgMode stepEffective = result.effective();
            Reason stepReason = stepEffective == stepWanted ? result.source().reason() : result.guardReason();
            modeChanged = stepWanted != wanted || stepEffective != effective || stepReason != modeReason;
            wanted = stepWanted;
            effective = stepEffective;
            modeReason = stepReason;
            nextStepAt = result.nextStepAt();
            for (GuardEvent event : result.events()) {
                events.add(toEngineEvent(event));
            }
        }
        started = true;
        if (lm != null) {
            // the heat pump's shed is in effect while the controller applies EVU (not while its guards defer it);
            // any other load with feedback is a relay, whose shed is in effect at once
            for (int i : feedback) {
                lm.reportShedState(shedNames[i], i == shedIndex ? effective == SgMode.EVU : lm.isShed(i), now);
            }
        }
        // most samples change nothing: the decisions of the step before are handed out again (not its events)
        if (last == null || loadsChanged || modeChanged || !events.isEmpty() || !last.events().isEmpty()) {
            last = new StepDecisions(wanted, effective, modeReason,
                    loadsChanged || last == null ? List.of(inForce) : last.loads(), events);
            decisions = last;
        }
        return last;
    }

    /**
     * Takes note of a load's new command, with an event for a change (none on the first step: that is the initial
     * state).
     */
    private void track(int index, LoadCommand command, String component, Instant now) {
        boolean runs = command.on();
        if (started) {
            events.add(new EngineEvent(now, component, EventKind.DECISION, command.reason(),
                    command.load() + (runs ? " runs: " : " stops: ") + command.detail()));
        }
        running[index] = runs;
        inForce[index] = command;
    }

    private static EngineEvent toEngineEvent(GuardEvent event) {
        ModeSource source = event.source();
        return switch (event.kind()) {
            case APPLIED, RESTORED -> new EngineEvent(event.at(), CONTROLLER, EventKind.DECISION,
                    source == null ? event.reason() : source.reason(), event.detail());
            case DEFERRED -> new EngineEvent(event.at(), CONTROLLER, EventKind.DEFERRAL, event.reason(),
                    event.detail());
            case OVERRIDDEN -> new EngineEvent(event.at(), CONTROLLER, EventKind.OVERRIDE,
                    source == null ? event.reason() : source.reason(), event.detail());
        };
    }
}
