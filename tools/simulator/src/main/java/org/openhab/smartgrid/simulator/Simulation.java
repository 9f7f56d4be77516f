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

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.HeatPumpModel;
import org.openhab.smartgrid.simulator.model.HeatPumpTask;
import org.openhab.smartgrid.simulator.model.HotWaterSchedule;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.model.QuarterHourMeter;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Replays house samples through a {@link ControlEngine} and the simulated heat pump, streaming every step to the
 * sinks.
 * <p>
 * At each sample the engine sees the meter as it is (household, PV, battery and the managed loads as they ran
 * until now), decides, and its decisions hold until the next sample: the heat pump follows the effective mode and
 * energy manager loads other than the heat pump draw their {@code power} while on. The step's {@code gridPower} is
 * the power during that interval, after the decision. The engine also decides between samples, when a timer of
 * openHAB's fires ({@link CoreEngineAdapter}); the house sees such a decision from the next sample on.
 * <p>
 * The grid operator's lock contact is active when the sample says so (a trace's {@code grid_lock} column, a
 * built-in day's lock windows) or when a lock window of the configuration ({@code house.gridLocks}) holds the
 * sample's local time.
 * <p>
 * A long replay steps millions of samples, so the loop does plain arithmetic per sample: load states are arrays
 * indexed once, and the sinks get one step object filled again for every sample.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Simulation {

    private static final Duration DEFAULT_LAST_INTERVAL = Duration.ofMinutes(1);

    private final SimulationConfig config;
    private final ControlEngine engine;
    private final SimulationSink[] sinks;
    /** The sinks that take steps: those whose {@code step} does something. */
    private final SimulationSink[] stepSinks;

    public Simulation(SimulationConfig config, ControlEngine engine, List<SimulationSink> sinks) {
        this.config = config;
        this.engine = engine;
        this.sinks = sinks.toArray(SimulationSink[]::new);
        this.stepSinks = sinks.stream().filter(SimulationSink::takesSteps).toArray(SimulationSink[]::new);
    }

    /** @return the loads switched by a relay of their own: energy manager loads that are not the heat pump */
    public static List<String> relayLoads(SimulationConfig config) {
        List<String> relays = new ArrayList<>();
        for (LoadSetup load : config.energyLoads()) {
            if (!load.name().equals(config.house().boostLoad())) {
                relays.add(load.name());
            }
        }
        return relays;
    }

    /**
     * @return the loads of the load manager alone (not also an energy manager's): they run from the start until the
     *         load manager sheds them
     */
    public static List<String> shedLoads(SimulationConfig config) {
        List<String> energy = config.energyLoads().stream().map(LoadSetup::name).toList();
        return config.sheddableLoads().stream().map(LoadSetup::name).filter(name -> !energy.contains(name))
                .distinct().toList();
    }

    /** @return the run of {@code config} under the core engine, as every output names it */
    public static RunInfo runInfo(String scenario, String description, SimulationConfig config) {
        return new RunInfo(scenario, description, CoreEngineAdapter.LABEL, config.loadNames(), relayLoads(config),
                config.maxPower(), config.house().timeZone(), shedLoads(config));
    }

    /**
     * Runs the whole trace.
     *
     * @param info the run as the sinks see it; its {@link RunInfo#loads()} must be the configuration's loads in
     *            configuration order, because the steps give the loads' states by that index
     * @throws IllegalArgumentException when the samples are not in strictly increasing time order, or when
     *             {@code info} names other loads than the configuration
     * @throws IOException when a sink cannot write
     */
    public void run(RunInfo info, Iterator<HouseSample> samples) throws IOException {
        Run run = start(info);
        HouseSample current = samples.hasNext() ? samples.next() : null;
        while (current != null) {
            HouseSample following = samples.hasNext() ? samples.next() : null;
            run.sample(current, following);
            current = following;
        }
        run.finish();
    }

    /**
     * Starts a run that is handed its samples one by one ({@link Replay#accept}), for a sweep that feeds one pass of
     * a trace to many runs. The same samples give the same steps and events as {@link #run}.
     *
     * @throws IllegalArgumentException when {@code info} names other loads than the configuration
     * @throws IOException when a sink cannot write
     */
    public Replay replay(RunInfo info) throws IOException {
        return new Replay(start(info));
    }

    private Run start(RunInfo info) throws IOException {
        List<String> loadNames = config.loadNames();
        if (!info.loads().equals(loadNames)) {
            throw new IllegalArgumentException("the run's loads " + info.loads()
                    + " must be the configuration's loads in configuration order: " + loadNames);
        }
        for (SimulationSink sink : sinks) {
            sink.start(info);
        }
        return new Run(loadNames);
    }

    /**
     * A run fed one sample at a time: a sample is simulated when the next one arrives (its interval ends there), the
     * last one at {@link #finish()}.
     */
    public static final class Replay {

        private final Run run;
        private @Nullable HouseSample pending;

        private Replay(Run run) {
            this.run = run;
        }

        /**
         * @throws IllegalArgumentException when {@code sample} does not come after the one before
         * @throws IOException when a sink cannot write
         */
        public void accept(HouseSample sample) throws IOException {
            HouseSample before = pending;
            if (before != null) {
                run.sample(before, sample);
            }
            pending = sample;
        }

        /** Simulates the last sample and finishes the sinks. */
        public void finish() throws IOException {
            HouseSample last = pending;
            pending = null;
            if (last != null) {
                run.sample(last, null);
            }
            run.finish();
        }
    }

    /**
     * The state of one run. The work of a sample is a method of its own, so that the JIT compiles it as a whole
     * instead of through on-stack replacement of one long loop.
     */
    private final class Run {

        private final HeatPumpModel heatPump = new HeatPumpModel(config.house().heatPump());
        /** The run's quarter-hours, booked once for every sink: each finished one is handed to the sinks. */
        private final QuarterHourMeter quarterHours = new QuarterHourMeter(config.house().timeZone(), quarter -> {
            for (SimulationSink sink : sinks) {
                sink.quarter(quarter);
            }
        });
        private final HotWaterSchedule hotWater = new HotWaterSchedule(config.house().hotWater(),
                config.house().timeZone());
        private final ManagedLoads loads = new ManagedLoads(config);
        private final GridLockSchedule gridLocks = new GridLockSchedule(config.house().gridLocks(),
                config.house().timeZone());
        /** One step for the whole run, filled again at every sample: the sinks read it during their call only. */
        private final SimulationStep step;
        /** The engine's inputs for the whole run, filled again at every sample: it reads them during its call. */
        private final StepInputs inputs = new StepInputs();
        private Duration interval = DEFAULT_LAST_INTERVAL;
        /** {@link #interval} in seconds (its ms / 1000), worked out when it changes. */
        private double intervalSeconds = SimulationStep.seconds(DEFAULT_LAST_INTERVAL);
        /** A sample's values hold at most this long; a longer interval ends in a gap. */
        private final Duration maxSampleGap = config.house().maxSampleGap();
        private final double maxSampleGapSeconds = SimulationStep.seconds(maxSampleGap);

        Run(List<String> loadNames) {
            step = new SimulationStep(loadNames, quarterHours);
        }

        void finish() throws IOException {
            for (SimulationSink sink : sinks) {
                sink.finish();
            }
        }

        /**
         * Simulates {@code current} until {@code following}; the last sample lasts as long as the one before (a
         * minute when it is the only one), at most the house's maximum sample gap. Energy is booked for the interval
         * up to the maximum sample gap; the rest of a longer interval is a gap, unmeasured.
         */
        void sample(HouseSample current, @Nullable HouseSample following) throws IOException {
            if (following != null) {
                Duration next = between(current.time(), following.time(), interval);
                if (!next.equals(interval)) {
                    interval = next;
                    intervalSeconds = SimulationStep.seconds(next);
                }
            } else if (interval.compareTo(maxSampleGap) > 0) {
                // the last sample has no next one to make a gap: it lasts as long as the one before, at most this
                interval = maxSampleGap;
                intervalSeconds = maxSampleGapSeconds;
            }
            // the heat pump as it ran until now: what the meter shows and the engine sees before it decides
            double heatPumpBefore = heatPump.electricPower();
            double meter = current.gridPowerWith(heatPumpBefore + loads.relayPower());
            boolean gridLock = current.gridLock() || gridLocks.active(current.time());
            StepDecisions decisions = engine.step(inputs.set(current.time(), meter, current.gridPowerWith(0.0),
                    current.pvPower(), current.batteryPower(), current.stateOfCharge(), gridLock, heatPumpBefore,
                    heatPump.tankTemperature()));
            loads.apply(decisions.loads());
            heatPump.follow(decisions.effectiveMode());
            // the step shows the heat pump as it runs during the interval, before the interval has passed
            HeatPumpTask task = heatPump.task();
            double heatPumpPower = heatPump.electricPower();
            double tank = heatPump.tankTemperature();
            double buffer = heatPump.bufferTemperature();
            double drawn = hotWater.litersBetween(current.time(), interval);
            heatPump.advance(intervalSeconds, drawn);

            double grid = current.gridPowerWith(heatPumpPower + loads.relayPower());
            // a gap books no energy beyond the maximum sample gap: nobody knows what the house drew in it
            double measuredSeconds = Math.min(intervalSeconds, maxSampleGapSeconds);
            double quarterHour = quarterHours.add(current.time(), measuredSeconds, Math.max(0.0, grid));
            List<EngineEvent> events = decisions.events();
            if (!events.isEmpty()) {
                events(events);
            }
            step.set(current.time(), interval, grid, current.pvPower(), current.surplus(), quarterHour,
                    decisions.wantedMode(), decisions.effectiveMode(), gridLock, loads.runs())
                    .heatPump(task, heatPumpPower, tank, buffer).measuredFor(measuredSeconds);
            for (SimulationSink sink : stepSinks) {
                sink.step(step);
            }
        }
    }

    /**
     * Hands a step's events to the sinks. Most samples have none: a method of its own keeps the loop out of the
     * per-sample code, whose compiled form the JIT would otherwise throw away and compile again (a costly compile
     * of the whole step) once its speculation about this loop fails.
     */
    private void events(List<EngineEvent> events) throws IOException {
        for (int e = 0; e < events.size(); e++) {
            for (SimulationSink sink : sinks) {
                sink.event(events.get(e));
            }
        }
    }

    /**
     * @return the time from {@code from} to {@code to}; {@code previous} itself when the spacing is the same, so
     *         that a trace sampled at a fixed rate allocates no duration per sample
     * @throws IllegalArgumentException when {@code to} does not come after {@code from}
     */
    private static Duration between(Instant from, Instant to, Duration previous) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        int nanos = to.getNano() - from.getNano();
        if (seconds == previous.getSeconds() && nanos == previous.getNano()) {
            return previous;
        }
        Duration interval = Duration.between(from, to);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(
                    "samples must be in strictly increasing time order: " + to + " does not come after " + from);
        }
        return interval;
    }
}
