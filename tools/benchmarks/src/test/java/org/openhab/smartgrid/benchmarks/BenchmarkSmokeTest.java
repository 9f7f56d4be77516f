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

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.energy.EnergyManagerResult;
import org.openhab.smartgrid.core.load.LoadManagerResult;

/**
 * The benchmarks measure what they claim: each operation steps the engine with 12 loads, time moves forward, and
 * the input mix makes the engine change its decisions (a benchmark of a step that never decides anything would
 * flatter the figures). Not a timing test: nothing here measures time.
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
}
