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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.benchmarks.addon.AddonRig;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.energy.EnergyManagerResult;
import org.openhab.smartgrid.core.load.LoadManagerResult;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.RunOutputs;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.output.Summary;

/**
 * The benchmarks measure what they claim: each operation steps the engine with 12 loads, time moves forward, and
 * the input mix makes the engine change its decisions (a benchmark of a step that never decides anything would
 * flatter the figures); the add-on's benchmarks go through its real event filter, registry and trigger handlers up
 * to the rules' callbacks; the simulator's benchmark gets the summary of a normal run. Not a timing test: nothing
 * here measures time.
 */
@NonNullByDefault
class BenchmarkSmokeTest {

    private static final int OPERATIONS = 20_000;

    @Test
    void theModeStepBenchmarkChangesModesAndMovesTimeForward() {
        ModeStepBenchmark benchmark = new ModeStepBenchmark();
        benchmark.setUp();
        Set<Object> modes = new HashSet<>();
        SgStepResult last = benchmark.requestChangeAndStep();
        for (int i = 0; i < OPERATIONS; i++) {
            SgStepResult result = benchmark.requestChangeAndStep();
            assertFalse(result.at().isBefore(last.at()), "time never goes back");
            modes.add(result.effective());
            last = result;
        }
        assertTrue(modes.size() >= 3, "the mix reaches several modes: " + modes);
        assertNotNull(benchmark.scheduledStep());
    }

    @Test
    void theEnergyManagerBenchmarkSwitchesTwelveLoads() {
        EnergyManagerStepBenchmark benchmark = new EnergyManagerStepBenchmark();
        benchmark.setUp();
        Set<String> switchedOn = new HashSet<>();
        for (int i = 0; i < OPERATIONS; i++) {
            EnergyManagerResult result = benchmark.sampleAndStep();
            assertEquals(12, result.commands().size(), "12 loads per step");
            result.commands().stream().filter(LoadCommand::on).forEach(c -> switchedOn.add(c.load()));
        }
        assertTrue(switchedOn.size() >= 2, "surplus starts several loads over the run: " + switchedOn);
    }

    @Test
    void theEnergyManagerDecideBenchmarkSwitchesLoadsOnAndOff() {
        EnergyManagerStepBenchmark benchmark = new EnergyManagerStepBenchmark();
        benchmark.setUp();
        Set<Integer> counts = new HashSet<>();
        for (int i = 0; i < OPERATIONS; i++) {
            counts.add(benchmark.sampleAndDecide());
        }
        assertTrue(counts.size() >= 3, "the number of running loads changes over the run: " + counts);
    }

    @ParameterizedTest(name = "load manager in {0} mode sheds loads")
    @ValueSource(strings = { "PEAK", "BOTH" })
    void theLoadManagerBenchmarkShedsAmongTwelveLoads(String mode) {
        LoadManagerStepBenchmark benchmark = new LoadManagerStepBenchmark();
        benchmark.mode = mode;
        benchmark.setUp();
        Set<String> shed = new HashSet<>();
        for (int i = 0; i < OPERATIONS; i++) {
            LoadManagerResult result = benchmark.sampleAndStep();
            assertEquals(12, result.commands().size(), "12 loads per step");
            result.commands().stream().filter(LoadCommand::on).forEach(c -> shed.add(c.load()));
        }
        assertFalse(shed.isEmpty(), "the trace exceeds the limit and sheds loads");
    }

    @ParameterizedTest(name = "load manager in {0} mode sheds and restores through decide")
    @ValueSource(strings = { "PEAK", "BOTH" })
    void theLoadManagerDecideBenchmarkShedsAndRestores(String mode) {
        LoadManagerStepBenchmark benchmark = new LoadManagerStepBenchmark();
        benchmark.mode = mode;
        benchmark.setUp();
        Set<Integer> counts = new HashSet<>();
        for (int i = 0; i < OPERATIONS; i++) {
            counts.add(benchmark.sampleAndDecide());
        }
        assertTrue(counts.size() >= 2, "loads are shed and restored over the run: " + counts);
    }

    @ParameterizedTest(name = "{0} with {1} storage: meter events reach the triggers and switch loads both ways")
    @CsvSource({ "LOAD_MANAGER, JSON", "LOAD_MANAGER, MEMORY", "ENERGY_MANAGER, JSON", "ENERGY_MANAGER, MEMORY" })
    void theAddonMeterEventBenchmarkFiresTheTriggersOfTwelveLoads(String manager, String storage) {
        AddonMeterEventBenchmark benchmark = new AddonMeterEventBenchmark();
        benchmark.manager = manager;
        benchmark.storage = storage;
        benchmark.setUp();
        AddonRig rig = benchmark.rig();
        List<AddonRig.Rule> rules = rig.rules();
        assertEquals(12, rules.size(), "12 loads, one rule each");
        long firstCommands = rig.firings();
        assertEquals(12, firstCommands, "every load's trigger fired its first command once its rule ran");
        Instant start = rig.now();
        long fired = firstCommands;
        for (int i = 0; i < OPERATIONS; i++) {
            fired = benchmark.meterEvent();
        }
        assertEquals(start.plusSeconds(OPERATIONS), rig.now(), "openHAB's clock moved 1 s per event");
        assertTrue(fired > firstCommands, "the meter events made the triggers fire: " + fired);
        long loadsOn = rules.stream().filter(rule -> rule.ons() > 0).count();
        long loadsBackOff = rules.stream().filter(rule -> rule.backToOff() > 0).count();
        assertTrue(loadsOn >= 3, loadsOn + " loads were switched ON (run or shed) through their triggers");
        assertTrue(loadsBackOff >= 2, loadsBackOff + " loads went back OFF (stopped or restored)");
    }

    @Test
    void theEventFilterBenchmarkDropsUnrelatedItemsAndPassesTheMetersOfTwoManagers() {
        EventFilterBenchmark benchmark = new EventFilterBenchmark();
        benchmark.setUp();
        assertEquals(24, benchmark.rig().rules().size(), "an energy manager and a load manager, 12 loads each");
        for (int i = 0; i < OPERATIONS; i++) {
            int item = i;
            assertFalse(benchmark.unrelatedItem(), () -> "no manager reads " + benchmark.unrelatedEvent(item));
        }
        assertTrue(benchmark.meterItem(), "both managers read the meter");
        assertTrue(benchmark.rig().deliver(benchmark.meterEvent()), "the meter's event is delivered");
    }

    @ParameterizedTest(name = "{0}: the in-memory replay gives the summary of a normal run")
    @ValueSource(strings = { "sunny-summer", "winter-locks" })
    void theSimulatedSampleBenchmarkReplaysWhatARunWouldReplay(String day, @TempDir Path folder) throws IOException {
        SimulatedSampleBenchmark benchmark = new SimulatedSampleBenchmark();
        benchmark.day = day;
        benchmark.setUp();
        List<HouseSample> samples = benchmark.samples();
        assertEquals(SimulatedSampleBenchmark.SAMPLES, samples.size(), "the day repeated");
        assertTrue(SimulatedSampleBenchmark.SAMPLES >= 500_000, "at least half a million samples per operation");
        Instant first = samples.get(0).time();
        assertEquals(first.plus(Duration.ofDays(1)), samples.get(SimulatedSampleBenchmark.SAMPLES_PER_DAY).time(),
                "the second repetition starts 24 h after the first");
        assertEquals(first.plusSeconds(1), samples.get(1).time(), "one sample a second, as a recorded trace");
        assertEquals(first.plus(Duration.ofDays(SimulatedSampleBenchmark.DAYS)).minusSeconds(1),
                samples.get(SimulatedSampleBenchmark.SAMPLES - 1).time(), "the last second of the last repetition");

        Summary measured = benchmark.replay();
        Summary run = RunOutputs.write(folder.resolve(day), benchmark.config(),
                new CoreEngineAdapter(benchmark.config()), benchmark.info(), samples.iterator(), false);

        assertEquals(SimulatedSampleBenchmark.SAMPLES, measured.samples(), "every sample was simulated");
        assertEquals(day, measured.scenario());
        assertEquals(run, measured, "the benchmark simulates what `run --no-timeline` simulates");
        assertTrue(measured.relaySwitches() > 0, "the engine switches along the way: " + measured);

        Summary undecided = benchmark.replayWithoutDecisions();
        assertEquals(SimulatedSampleBenchmark.SAMPLES, undecided.samples(), "every sample was simulated");
        assertEquals(0, undecided.relaySwitches(), "no load switches: " + undecided);
        assertEquals(0.0, undecided.evuLockMinutes(), "the heat pump is never locked: " + undecided);
        assertEquals(measured.pvKwh(), undecided.pvKwh(), 1e-9, "the same house and PV");
        assertNotEquals(measured.importKwh(), undecided.importKwh(), "the engine's decisions change the import");
    }
}
