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
package org.openhab.smartgrid.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.ControlEngine;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.Simulation;
import org.openhab.smartgrid.simulator.StepDecisions;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.output.EventsCsvWriter;
import org.openhab.smartgrid.simulator.output.ReportHtmlWriter;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.DayGenerator;
import org.openhab.smartgrid.simulator.scenario.DayProfile;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator's whole step per sample, as {@code smartgrid-sim run --no-timeline} does it but without parsing a
 * trace and without the reading thread: the core engine ({@link CoreEngineAdapter}), the heat pump, hot water and
 * quarter-hour meter of {@link Simulation}, and the sinks of a run without timeline (summary, events, report), which
 * write into {@link Writer#nullWriter()} so no disk I/O is measured. This is the calling thread's share of the
 * replay figures in docs/performance.md, measured on its own so that a change to the step shows up without the
 * noise of the trace reader.
 * <p>
 * One operation is a whole replay, with a fresh engine and fresh sinks, of a built-in day sampled once a second (as
 * a recorded trace is, and as {@code bench-replay}'s trace is; the built-in day itself has a sample a minute, which
 * crosses quarter-hours and wakes the managers 60 times as often per sample) and repeated {@link #DAYS} times, each
 * repetition 24 h later: about half a million samples made in the setup. JMH divides by {@link #SAMPLES}, so the
 * figure is per sample. The serial collector, as in the replay figures. Long iterations:
 * an operation takes a few tenths of a second warm, several seconds while the JIT still compiles the engine.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
@OperationsPerInvocation(SimulatedSampleBenchmark.SAMPLES)
public class SimulatedSampleBenchmark {

    /** Samples of a day: one a second. */
    static final int SAMPLES_PER_DAY = 86_400;
    /** Repetitions of the day: enough for at least 500,000 samples per operation. */
    static final int DAYS = 6;
    /** Samples of one operation. */
    static final int SAMPLES = SAMPLES_PER_DAY * DAYS;

    /** What an engine that decides nothing answers at every step. */
    private static final StepDecisions NO_DECISIONS = new StepDecisions(SgMode.NORMAL, SgMode.NORMAL,
            Reason.DEFAULT, List.of(), List.of());

    /** A built-in day's id ({@link BuiltInScenario#id()}). */
    @Param({ "sunny-summer", "winter-locks" })
    public String day = "sunny-summer";

    private SimulationConfig config = BuiltInScenario.SUNNY_SUMMER.config();
    private RunInfo info = Simulation.runInfo("", "", config);
    private List<HouseSample> samples = List.of();

    @Setup(Level.Trial)
    public void setUp() {
        BuiltInScenario scenario = BuiltInScenario.byId(day);
        config = scenario.config();
        info = Simulation.runInfo(scenario.id(), scenario.description(), config);
        List<HouseSample> oneDay = new ArrayList<>(SAMPLES_PER_DAY);
        DayProfile builtIn = scenario.profile();
        DayProfile everySecond = new DayProfile(builtIn.date(), builtIn.seed(), Duration.ofSeconds(1),
                builtIn.pvPeak(), builtIn.cloudiness(), builtIn.cookingPeak(), builtIn.locks());
        DayGenerator generator = new DayGenerator(everySecond, config.house().latitude(), config.house().longitude(),
                config.house().timeZone());
        while (generator.hasNext()) {
            oneDay.add(generator.next());
        }
        if (oneDay.size() != SAMPLES_PER_DAY) {
            throw new IllegalStateException(
                    day + " has " + oneDay.size() + " samples, the benchmark counts " + SAMPLES_PER_DAY + " a day");
        }
        List<HouseSample> all = new ArrayList<>(SAMPLES);
        for (int d = 0; d < DAYS; d++) {
            Duration shift = Duration.ofDays(d);
            for (HouseSample s : oneDay) {
                all.add(new HouseSample(s.time().plus(shift), s.householdPower(), s.pvPower(), s.batteryPower(),
                        s.stateOfCharge(), s.gridLock()));
            }
        }
        samples = List.copyOf(all);
    }

    /** @return the run's summary: a replay of all samples with a fresh engine and fresh sinks */
    @Benchmark
    public Summary replay() throws IOException {
        return replayWith(new CoreEngineAdapter(config));
    }

    /**
     * The same replay with an engine that decides nothing: the heat pump stays in NORMAL and the relay loads stay
     * off, so no event is written and the heat pump never changes its task for a decision. What is left is the
     * simulator's own work per sample (the house, the heat pump model, the quarter-hours and the sinks): the part of
     * {@link #replay()} that no change to the core engine can take away, and a bound on what a sweep gains from a
     * cheaper engine (docs/performance.md).
     *
     * @return the run's summary
     */
    @Benchmark
    public Summary replayWithoutDecisions() throws IOException {
        return replayWith(inputs -> NO_DECISIONS);
    }

    private Summary replayWith(ControlEngine engine) throws IOException {
        SummaryAccumulator summary = new SummaryAccumulator();
        // the sinks of RunOutputs.Recording without timeline, in its order
        new Simulation(config, engine, List.of(summary, new EventsCsvWriter(Writer.nullWriter()),
                new ReportHtmlWriter(Writer.nullWriter(), summary))).run(info, samples.iterator());
        return summary.summary();
    }

    SimulationConfig config() {
        return config;
    }

    RunInfo info() {
        return info;
    }

    List<HouseSample> samples() {
        return samples;
    }
}
