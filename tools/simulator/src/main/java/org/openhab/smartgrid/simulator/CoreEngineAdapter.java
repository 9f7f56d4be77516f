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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.energy.EnergyManager;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
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
 * (arbiter and guards of the heat pump Thing), {@link EnergyManager} and {@link LoadManager}, stepped at the instants
 * and in the order openHAB steps them, so that a replay decides exactly what openHAB would have decided.
 * <p>
 * <b>openHAB, as modelled here.</b> openHAB starts at the first sample: the heat pump Thing initializes (its
 * controller steps once, with a quiet guard history), then the load rules are enabled one by one (each load that
 * joins rebuilds its manager, restored from the state so far, and schedules a step of its manager
 * {@link #RULE_FIRST_STEP_DELAY} later). Everything else is an item event, delivered one at a time in the
 * order it was posted, as openHAB's event bus does, each at the instant it happens:
 * <ul>
 * <li>a sample is the grid meter's state (with the heat pump's power and tank temperature, for the loads whose
 * loadPowerItem or stopTemperatureItem reads them): the energy manager, then the load manager take it and step;</li>
 * <li>a manager step fires each load whose output changed; the rule of the boost load commands the Thing's
 * {@code pv-boost}, the rule of the heat pump's shed its {@code peak-shed}; the trace's utility lock commands
 * {@code grid-lock} when it changes (before the sample's meter);</li>
 * <li>every command to a request channel steps the controller, and every step publishes the Thing's effective mode
 * ({@code sg-mode}); a load manager whose heat pump load has a {@code shedFeedbackItem} takes that state as the
 * shed's feedback (EVU = in effect) and steps; a report that contradicts the last command within
 * {@code feedbackTimeout} of it is dated just before the command, as the add-on dates it;</li>
 * <li>another load manager load with a {@code shedFeedbackItem} (a relay) reports its shed as soon as it is
 * commanded, then its manager steps.</li>
 * </ul>
 * Between samples the timers fire at their own instants, in due order (ties in the order they were planned, as
 * Java's scheduler runs them): each manager's wake-up at its {@code nextWakeUp}, planned again after every step
 * with the delay rounded up to the millisecond as the add-on's {@code ManagerAdapter} does; the controller's step
 * at {@link SgStepResult#stepAgainAt()}, with the delay rounded down to the millisecond as the Thing's timer does,
 * kept when the same instant is asked for again. A timer due at a sample's instant fires before that sample. What a
 * timer between samples decides is in force from that instant on; the simulated house sees it from the next sample
 * on (its heat pump and relay loads are simulated per sample).
 * <p>
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
    /**
     * openHAB's rule engine refuses what a trigger fires before its rule is running, so the automation add-on's
     * load trigger steps its manager this long after the rule is enabled (its {@code ManagerAdapter.FIRST_STEP_DELAY}).
     */
    public static final Duration RULE_FIRST_STEP_DELAY = Duration.ofSeconds(1);

    static final String CONTROLLER = "sg-controller";
    public static final String ENERGY_MANAGER = "energy-manager";
    public static final String LOAD_MANAGER = "load-manager";

    /** Sees every decision the moment it is made (for tests that compare the simulator with openHAB). */
    public interface Observer {
        /**
         * A manager changed a load's output, or gave it its first command: what openHAB's trigger fires.
         *
         * @param manager {@link #ENERGY_MANAGER} or {@link #LOAD_MANAGER}
         * @param command as the trigger fires it: for the load manager, on = shed
         */
        void loadCommand(Instant at, String manager, LoadCommand command);

        /** The controller stepped. */
        void controllerStep(SgStepResult result);
    }

    private static final Observer NO_OBSERVER = new Observer() {
        @Override
        public void loadCommand(Instant at, String manager, LoadCommand command) {
        }

        @Override
        public void controllerStep(SgStepResult result) {
        }
    };

    private static final long NANOS_PER_MILLI = 1_000_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000;
    /** More events at one instant than this is a loop between the managers and the controller. */
    private static final int MAX_EVENTS_PER_INSTANT = 10_000;

    // event kinds (openHAB's item events, and the commands the rules send)
    private static final int METER = 0;
    private static final int GRID_LOCK = 1;
    private static final int PV_BOOST = 2;
    private static final int PEAK_SHED = 3;
    private static final int SG_MODE = 4;
    private static final int RELAY_FEEDBACK = 5;

    // timer kinds
    private static final int ENERGY_WAKE_UP = 0;
    private static final int LOAD_WAKE_UP = 1;
    private static final int CONTROLLER_STEP = 2;
    private static final int ENERGY_FIRST_STEP = 3;
    private static final int LOAD_FIRST_STEP = 4;

    private final SgController controller;
    /** The house's time zone: the events' texts give its local times. */
    private final ZoneId zone;
    private @Nullable EnergyManager energy;
    private @Nullable LoadManager loads;
    private final Observer observer;
    /** The load manager's loads' names, as its configuration holds them (so that they are found at a glance). */
    private final String[] shedNames;
    /** Per load manager load: whether it has a shed feedback item. */
    private final boolean[] feedback;
    /** Index of the boost load among the energy manager's loads, -1 when none. */
    private final int boostIndex;
    /** Index of the heat pump among the load manager's loads, -1 when none. */
    private final int shedIndex;
    /** Whether the load manager reads the Thing's effective mode (its heat pump load has a shed feedback item). */
    private final boolean readsMode;
    /** Whether the load manager's heat pump load has a loadPowerItem: it is then told the heat pump's power. */
    private final boolean measuresHeatPump;
    /** The boost load's name when it has a stopTemperatureItem: it is then told the tank's temperature; else null. */
    private final @Nullable String boostTemperatureLoad;
    private final long feedbackTimeoutNanos;
    private final int energyLoads;
    private final int shedLoads;
    /** Last "runs" state per load (energy loads first, then load manager loads). */
    private final boolean[] running;
    /** Per load, the command that set its current state (on = runs), in the order of {@link #running}. */
    private final LoadCommand[] inForce;
    /** Per load manager load: whether a manager step has commanded it yet, the last command (shed) and when. */
    private final boolean[] commanded;
    private final boolean[] commandedShed;
    private final long[] commandedAtNanos;
    private boolean energyStepped;
    private boolean loadStepped;
    private boolean started;
    // the controller's last step, which holds until the next one
    private SgMode wanted = SgMode.NORMAL;
    private SgMode effective = SgMode.NORMAL;
    private Reason modeReason = Reason.DEFAULT;
    /** The events of the step being made; one list for the whole run, copied into the step's decisions. */
    private final List<EngineEvent> events = new ArrayList<>();
    /** The decisions of the last step; handed out again while nothing changes. */
    private @Nullable StepDecisions decisions;
    private boolean loadsChanged;
    private boolean modeChanged;
    /** The utility lock item's state (OFF before the first sample). */
    private boolean gridLock;
    private double meterPower;
    private double heatPumpPower;
    private double tankTemperature;
    private double batteryPower;
    private OptionalDouble stateOfCharge = OptionalDouble.empty();
    private long nowNanos;
    private Instant now = Instant.EPOCH;

    // the item events not yet delivered, first in first out; a ring whose length is a power of two, so that a
    // position wraps with a mask (a sample posts and delivers at least one event, and a remainder is a division)
    private int[] queueKind = new int[16];
    private int[] queueIndex = new int[16];
    private boolean[] queueValue = new boolean[16];
    private int queueHead;
    private int queueSize;

    // the pending timers: due instant (epoch ns), the order they were planned in, kind
    private long[] timerDue = new long[8];
    private long[] timerOrder = new long[8];
    private int[] timerKind = new int[8];
    private int timers;
    private long planned;

    /**
     * Builds the core's controller and managers from the configuration's values, with the parameter model's
     * {@code config(...)} (every parameter the core takes, as openHAB's add-ons build them).
     *
     * @throws IllegalArgumentException naming the parameter (and load) when core rejects the configuration
     */
    public CoreEngineAdapter(SimulationConfig config) {
        this(config, NO_OBSERVER);
    }

    /** @param observer sees every load command and controller step as it is made */
    public CoreEngineAdapter(SimulationConfig config, Observer observer) {
        this.observer = observer;
        zone = config.house().timeZone();
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
        feedback = new boolean[shedLoads];
        for (int i = 0; i < shedLoads; i++) {
            feedback[i] = sheddable.get(i).shedFeedback();
        }
        readsMode = shedIndex >= 0 && feedback[shedIndex];
        // as in openHAB, the load manager knows the heat pump's power iff its load has a loadPowerItem
        measuresHeatPump = shedIndex >= 0 && config.sheddableLoads().get(shedIndex).hasLoadPowerItem();
        // as in openHAB, the boost load reads the tap water temperature iff it has a stopTemperatureItem
        boostTemperatureLoad = boostIndex >= 0 && config.energyLoads().get(boostIndex).hasStopTemperatureItem()
                ? boostLoad
                : null;
        feedbackTimeoutNanos = shedding == null ? 0 : shedding.feedbackTimeout().toNanos();
        running = new boolean[energyLoads + shedLoads];
        inForce = new LoadCommand[running.length];
        commanded = new boolean[shedLoads];
        commandedShed = new boolean[shedLoads];
        commandedAtNanos = new long[shedLoads];
    }

    @Override
    public StepDecisions step(StepInputs in) {
        long sampleNanos = nanos(in.time());
        events.clear();
        loadsChanged = false;
        modeChanged = false;
        if (!started) {
            start(in.time(), sampleNanos);
        }
        runTimersUntil(sampleNanos);
        at(in.time(), sampleNanos);
        meterPower = in.meterPower();
        heatPumpPower = in.heatPumpPower();
        tankTemperature = in.tankTemperature();
        batteryPower = in.batteryPower();
        stateOfCharge = in.stateOfCharge();
        if (in.gridLock() != gridLock) {
            gridLock = in.gridLock();
            post(GRID_LOCK, 0, gridLock);
        }
        post(METER, 0, false);
        deliver();

        StepDecisions last = decisions;
        // most samples change nothing: the decisions of the step before are handed out again (not its events)
        if (last == null || loadsChanged || modeChanged || !events.isEmpty() || !last.events().isEmpty()) {
            last = new StepDecisions(wanted, effective, modeReason,
                    loadsChanged || last == null ? List.of(inForce) : last.loads(), events);
            decisions = last;
        }
        return last;
    }

    /**
     * openHAB starts: the Thing initializes and steps (no rule listens yet), then the load rules are enabled, energy
     * manager loads first, each planning its manager's first step.
     */
    private void start(Instant time, long timeNanos) {
        started = true;
        at(time, timeNanos);
        stepController(false);
        enableRules(time);
        long first = timeNanos + RULE_FIRST_STEP_DELAY.toNanos();
        for (int i = 0; i < energyLoads; i++) {
            plan(ENERGY_FIRST_STEP, first);
        }
        for (int i = 0; i < shedLoads; i++) {
            plan(LOAD_FIRST_STEP, first);
        }
    }

    /**
     * The load rules are enabled one by one, as openHAB enables them: each load that joins its manager rebuilds it
     * with the loads so far, restored from the manager before (the add-on's {@code join}); a restore dates the
     * restored loads' state at this instant.
     */
    private void enableRules(Instant time) {
        EnergyManager em = energy;
        if (em != null) {
            List<SurplusLoadConfig> all = em.loads();
            EnergyManager joined = null;
            for (int k = 1; k <= all.size(); k++) {
                EnergyManager fresh = new EnergyManager(em.config(), all.subList(0, k));
                if (joined != null) {
                    fresh.restore(joined.snapshot(), time);
                }
                fresh.setLocked(false, time);
                joined = fresh;
            }
            energy = joined;
        }
        LoadManager lm = loads;
        if (lm != null) {
            LoadManagerConfig c = lm.config();
            LoadManager joined = null;
            for (int k = 1; k <= c.loads().size(); k++) {
                LoadManager fresh = new LoadManager(c.withLoads(c.loads().subList(0, k)));
                if (joined != null) {
                    fresh.restore(joined.snapshot(), time);
                }
                joined = fresh;
            }
            loads = joined;
        }
    }

    private void at(Instant time, long timeNanos) {
        now = time;
        nowNanos = timeNanos;
    }

    /** Fires every timer due up to {@code until}, in due order, each with the events it causes. */
    private void runTimersUntil(long until) {
        while (timers > 0) {
            int next = 0;
            for (int t = 1; t < timers; t++) {
                if (timerDue[t] < timerDue[next] || timerDue[t] == timerDue[next] && timerOrder[t] < timerOrder[next]) {
                    next = t;
                }
            }
            long due = timerDue[next];
            if (due > until) {
                return;
            }
            int kind = timerKind[next];
            removeTimer(next);
            at(instant(due), due);
            switch (kind) {
                case ENERGY_WAKE_UP, ENERGY_FIRST_STEP -> stepEnergy();
                case LOAD_WAKE_UP, LOAD_FIRST_STEP -> stepLoads();
                default -> stepController(true);
            }
            deliver();
        }
    }

    private void post(int kind, int index, boolean value) {
        if (queueSize == queueKind.length) {
            int[] kinds = new int[queueSize * 2];
            int[] indexes = new int[queueSize * 2];
            boolean[] values = new boolean[queueSize * 2];
            for (int i = 0; i < queueSize; i++) {
                int from = (queueHead + i) & (queueSize - 1);
                kinds[i] = queueKind[from];
                indexes[i] = queueIndex[from];
                values[i] = queueValue[from];
            }
            queueKind = kinds;
            queueIndex = indexes;
            queueValue = values;
            queueHead = 0;
        }
        int slot = (queueHead + queueSize) & (queueKind.length - 1);
        queueKind[slot] = kind;
        queueIndex[slot] = index;
        queueValue[slot] = value;
        queueSize++;
    }

    /** Delivers the posted events one at a time, with those they cause, until none is left. */
    private void deliver() {
        int delivered = 0;
        while (queueSize > 0) {
            int kind = queueKind[queueHead];
            int index = queueIndex[queueHead];
            boolean value = queueValue[queueHead];
            queueHead = (queueHead + 1) & (queueKind.length - 1);
            queueSize--;
            if (++delivered > MAX_EVENTS_PER_INSTANT) {
                throw new IllegalStateException("the managers and the controller keep answering each other at " + now);
            }
            switch (kind) {
                case METER -> {
                    EnergyManager em = energy;
                    if (em != null) {
                        String temperatureLoad = boostTemperatureLoad;
                        if (temperatureLoad != null) {
                            // the Thing's tap-water-temperature item updates with the meter; it steps nothing itself
                            em.updateLoadTemperature(temperatureLoad, tankTemperature, now);
                        }
                        em.updateGrid(now, meterPower);
                        if (stateOfCharge.isPresent()) {
                            em.updateBattery(new PowerReading(now, batteryPower), stateOfCharge.getAsDouble());
                        }
                        stepEnergy();
                    }
                    LoadManager lm = loads;
                    if (lm != null) {
                        if (measuresHeatPump) {
                            // the Thing's electric-power item updates with the meter; it steps nothing itself
                            lm.updateLoadPower(shedNames[shedIndex], heatPumpPower, now);
                        }
                        lm.updateGrid(now, meterPower);
                        stepLoads();
                    }
                }
                case GRID_LOCK -> {
                    controller.setGridLock(value, now);
                    stepController(true);
                }
                case PV_BOOST -> {
                    controller.setPvSurplus(value, now);
                    stepController(true);
                }
                case PEAK_SHED -> {
                    controller.setPeakShed(value, now);
                    stepController(true);
                }
                case SG_MODE, RELAY_FEEDBACK -> {
                    report(index, value);
                    stepLoads();
                }
                default -> throw new IllegalStateException("unknown event " + kind);
            }
        }
    }

    /** The energy manager steps: changed loads fire (the boost load's rule commands pv-boost), its wake-up is planned. */
    private void stepEnergy() {
        EnergyManager em = energy;
        if (em == null) {
            return;
        }
        em.decide(now);
        for (int i = 0; i < energyLoads; i++) {
            boolean on = em.isOn(i);
            if (!energyStepped || on != running[i]) {
                LoadCommand command = em.command(i);
                track(i, command, ENERGY_MANAGER, !energyStepped);
                observer.loadCommand(now, ENERGY_MANAGER, command);
                if (i == boostIndex) {
                    post(PV_BOOST, 0, on);
                }
            }
        }
        energyStepped = true;
        wakeUp(ENERGY_WAKE_UP, em.nextWakeUp());
    }

    /**
     * Plans a manager's wake-up again, as the add-on does after every step: the one planned before is cancelled, the
     * delay rounded up to the millisecond (a wake-up never comes before it is due).
     */
    private void wakeUp(int kind, @Nullable Instant next) {
        if (next == null) {
            cancel(kind);
        } else {
            wakeUp(kind, nanos(next));
        }
    }

    private void wakeUp(int kind, long nextNanos) {
        long delay = Math.max(0, nextNanos - nowNanos);
        long due = nowNanos + (delay + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI * NANOS_PER_MILLI;
        int pending = find(kind);
        if (pending < 0) {
            plan(kind, due);
        } else {
            // cancelled and planned again: a new place in the order of timers due at one instant
            timerDue[pending] = due;
            timerOrder[pending] = planned++;
        }
    }

    /** The load manager steps: changed loads fire (the heat pump's rule commands peak-shed), its wake-up is planned. */
    private void stepLoads() {
        LoadManager lm = loads;
        if (lm == null) {
            return;
        }
        lm.decide(now);
        for (int i = 0; i < shedLoads; i++) {
            boolean shed = lm.isShed(i);
            // as the add-on: the last command and its instant, for dating the feedback
            if (commanded[i] ? commandedShed[i] != shed : shed) {
                commanded[i] = true;
                commandedShed[i] = shed;
                commandedAtNanos[i] = nowNanos;
            }
            if (!loadStepped || shed == running[energyLoads + i]) {
                LoadCommand command = lm.command(i);
                // core's load manager says on = shed; the seam says on = the load runs
                track(energyLoads + i, command.inverted(), LOAD_MANAGER, !loadStepped);
                observer.loadCommand(now, LOAD_MANAGER, command);
                if (i == shedIndex) {
                    post(PEAK_SHED, 0, shed);
                } else if (feedback[i]) {
                    post(RELAY_FEEDBACK, i, shed);
                }
            }
        }
        loadStepped = true;
        wakeUp(LOAD_WAKE_UP, lm.nextWakeUpMillis() * NANOS_PER_MILLI);
    }

    /**
     * A load's shed feedback item reports (the heat pump's: the Thing's effective mode); a report that contradicts
     * the last command within {@code feedbackTimeout} of it is dated just before the command, as the add-on does.
     */
    private void report(int index, boolean inEffect) {
        LoadManager lm = loads;
        if (lm == null) {
            return;
        }
        long at = nowNanos;
        if (commanded[index] && commandedShed[index] != inEffect
                && nowNanos < commandedAtNanos[index] + feedbackTimeoutNanos) {
            at = commandedAtNanos[index] - NANOS_PER_MILLI;
        }
        lm.reportShedState(shedNames[index], inEffect, at == nowNanos ? now : instant(at));
    }

    /**
     * The controller steps, as the Thing steps it: the result's mode is published (the load manager reads it when
     * {@code publish}), the next step is planned.
     */
    private void stepController(boolean publish) {
        SgStepResult result = controller.step(now);
        observer.controllerStep(result);
        SgMode stepWanted = result.wanted();
        SgMode stepEffective = result.effective();
        Reason stepReason = result.modeReason();
        modeChanged |= stepWanted != wanted || stepEffective != effective || stepReason != modeReason;
        wanted = stepWanted;
        effective = stepEffective;
        modeReason = stepReason;
        for (GuardEvent event : result.events()) {
            events.add(toEngineEvent(event, zone));
        }
        if (publish && readsMode) {
            post(SG_MODE, shedIndex, effective == SgMode.EVU);
        }
        // as the Thing's timer: rounded down to the millisecond; the instant already planned stays planned
        long delay = Math.max(0, nanos(result.stepAgainAt()) - nowNanos) / NANOS_PER_MILLI * NANOS_PER_MILLI;
        long due = nowNanos + delay;
        int pending = find(CONTROLLER_STEP);
        if (pending < 0 || timerDue[pending] != due) {
            cancel(CONTROLLER_STEP);
            plan(CONTROLLER_STEP, due);
        }
    }

    private void plan(int kind, long due) {
        if (timers == timerDue.length) {
            timerDue = Arrays.copyOf(timerDue, timers * 2);
            timerOrder = Arrays.copyOf(timerOrder, timers * 2);
            timerKind = Arrays.copyOf(timerKind, timers * 2);
        }
        timerDue[timers] = due;
        timerOrder[timers] = planned++;
        timerKind[timers] = kind;
        timers++;
    }

    private int find(int kind) {
        for (int t = 0; t < timers; t++) {
            if (timerKind[t] == kind) {
                return t;
            }
        }
        return -1;
    }

    private void cancel(int kind) {
        int pending = find(kind);
        if (pending >= 0) {
            removeTimer(pending);
        }
    }

    private void removeTimer(int t) {
        timers--;
        timerDue[t] = timerDue[timers];
        timerOrder[t] = timerOrder[timers];
        timerKind[t] = timerKind[timers];
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    /**
     * Takes note of a load's new command, with an event for a change (none for its first command: that is the
     * initial state).
     */
    private void track(int index, LoadCommand command, String component, boolean first) {
        boolean runs = command.on();
        if (!first) {
            events.add(new EngineEvent(now, component, EventKind.DECISION, command.reason(),
                    command.load() + (runs ? " runs: " : " stops: ") + command.detail()));
        }
        running[index] = runs;
        inForce[index] = command;
        loadsChanged = true;
    }

    private static EngineEvent toEngineEvent(GuardEvent event, ZoneId zone) {
        ModeSource source = event.source();
        String detail = event.detail(zone);
        return switch (event.kind()) {
            case APPLIED, RESTORED -> new EngineEvent(event.at(), CONTROLLER, EventKind.DECISION,
                    source == null ? event.reason() : source.reason(), detail);
            case DEFERRED -> new EngineEvent(event.at(), CONTROLLER, EventKind.DEFERRAL, event.reason(), detail);
            case OVERRIDDEN -> new EngineEvent(event.at(), CONTROLLER, EventKind.OVERRIDE,
                    source == null ? event.reason() : source.reason(), detail);
        };
    }
}
