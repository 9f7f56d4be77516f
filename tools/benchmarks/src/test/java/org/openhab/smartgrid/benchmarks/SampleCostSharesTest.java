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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.benchmarks.SampleCostShares.Part;
import org.openhab.smartgrid.benchmarks.SampleCostShares.Shares;

import jdk.jfr.Recording;

/**
 * A sample's stack goes to the part of the step that does the work: the managers' rules apart from what they must
 * do at every sample, the JDK's and the core helpers' frames to their caller, the simulator's own use of core code to
 * the simulator.
 */
@NonNullByDefault
class SampleCostSharesTest {

    private static final String SIM = "org.openhab.smartgrid.simulator.";
    private static final String CORE = "org.openhab.smartgrid.core.";
    /** The replay's thread below the engine adapter, outermost last. */
    private static final List<String> ENGINE = List.of(SIM + "CoreEngineAdapter.deliver",
            SIM + "CoreEngineAdapter.step", SIM + "Simulation$Run.sample", SIM + "Simulation.run",
            "org.openhab.smartgrid.benchmarks.SimulatedSampleBenchmark.replay");

    private static List<String> stack(String... innermost) {
        List<String> frames = new ArrayList<>(List.of(innermost));
        frames.addAll(ENGINE);
        return frames;
    }

    @Test
    void aSampleOutsideAReplayIsNotCounted() {
        assertNull(SampleCostShares.classify(List.of(CORE + "energy.StepPlanner.plan", "java.lang.Thread.run")));
    }

    @Test
    void theEnergyManagersPlanIsRulesAndItsClockBookkeeping() {
        assertEquals(Part.ENERGY_RULES, SampleCostShares.classify(stack("java.time.Instant.isBefore",
                CORE + "energy.StepPlanner.planSurplusStart", CORE + "energy.StepPlanner.plan",
                CORE + "energy.EnergyManager.decide", SIM + "CoreEngineAdapter.stepEnergy")));
        assertEquals(Part.ENERGY_RULES, SampleCostShares.classify(stack(CORE + "Elapsed.exceeds",
                CORE + "energy.EnergyManager.decide", SIM + "CoreEngineAdapter.stepEnergy")));
        assertEquals(Part.ENERGY_BOOKKEEPING, SampleCostShares.classify(stack(CORE + "energy.LocalDay.isOutside",
                CORE + "energy.EnergyManager.advanceClock", CORE + "energy.EnergyManager.decide")));
        assertEquals(Part.ENERGY_BOOKKEEPING,
                SampleCostShares.classify(stack(CORE + "meter.PowerReading.checkWatts",
                        CORE + "energy.EnergyManager.updateGrid")));
    }

    @Test
    void theLoadManagersMeterAndBudgetsAreBookkeepingItsShedsRules() {
        assertEquals(Part.LOAD_BOOKKEEPING, SampleCostShares.classify(stack(CORE + "load.QuarterHourMeter.integrate",
                CORE + "load.QuarterHourMeter.commitHeld", CORE + "load.LoadManager.updateGrid")));
        assertEquals(Part.LOAD_BOOKKEEPING, SampleCostShares.classify(stack("java.time.Instant.isBefore",
                CORE + "guard.LockBudget.advance", CORE + "load.SheddableLoad.advanceBudget",
                CORE + "load.LoadManager.decide")));
        assertEquals(Part.LOAD_BOOKKEEPING, SampleCostShares.classify(
                stack(CORE + "guard.LockTimingGuard.observe", CORE + "load.LoadManager.decide")));
        assertEquals(Part.LOAD_RULES, SampleCostShares.classify(
                stack(CORE + "load.LoadManager.nextWakeUp", CORE + "load.LoadManager.decide")));
        assertEquals(Part.LOAD_RULES, SampleCostShares.classify(stack(CORE + "load.LoadManager.decide")));
    }

    @Test
    void theControllersGuardsAreTheControllers() {
        assertEquals(Part.CONTROLLER, SampleCostShares.classify(stack(CORE + "guard.LockBudget.advance",
                CORE + "guard.ModeGuard.step", CORE + "SgController.step", SIM + "CoreEngineAdapter.stepController")));
    }

    @Test
    void theSimulatorsOwnWorkIsTheSimulators() {
        // the simulator books its quarter-hours through the core's meter: that is not the load manager's work
        assertEquals(Part.HOUSE_MODEL, SampleCostShares.classify(List.of(CORE + "load.QuarterHourMeter.integrate",
                SIM + "model.QuarterHourMeter.add", SIM + "Simulation$Run.sample", SIM + "Simulation.run")));
        assertEquals(Part.HOUSE_MODEL, SampleCostShares.classify(List.of("java.time.Instant.getNano",
                SIM + "model.HeatPumpModel.advance", SIM + "Simulation$Replay.accept", SIM + "SweepReplay.work")));
        assertEquals(Part.OUTPUT_SINKS, SampleCostShares.classify(List.of(SIM + "output.ChartBucket.add",
                SIM + "output.ReportHtmlWriter.step", SIM + "Simulation$Run.sample", SIM + "Simulation.run")));
        assertEquals(Part.ADAPTER, SampleCostShares.classify(stack("java.util.ArrayList.clear")));
    }

    @Test
    void theSharesAddUpAndTheRulesAreTheManagersRulesOnly() {
        List<List<String>> stacks = List.of(stack(CORE + "energy.StepPlanner.plan"),
                stack(CORE + "load.LoadManager.decide"), stack(CORE + "load.QuarterHourMeter.integrate"),
                stack("java.util.ArrayList.clear"), List.of("java.lang.Thread.run"));
        Shares shares = SampleCostShares.count(stacks);
        assertEquals(4, shares.total());
        assertEquals(25.0, shares.percent(Part.ENERGY_RULES), 1e-9);
        assertEquals(0.0, shares.percent(Part.HOUSE_MODEL), 1e-9);
        assertEquals(50.0, shares.rulesPercent(), 1e-9);
        double sum = 0;
        for (Part part : Part.values()) {
            sum += shares.percent(part);
        }
        assertEquals(100.0, sum, 1e-9);
    }

    @Test
    void aRealRecordingOfTheBenchmarksReplayShowsTheEnginesParts(@TempDir Path folder) throws IOException {
        SimulatedSampleBenchmark benchmark = new SimulatedSampleBenchmark();
        benchmark.setUp();
        Path file = folder.resolve("replay.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            // half a million samples: a second or more of work, hundreds of execution samples
            benchmark.replay();
            recording.stop();
            recording.dump(file);
        }
        Shares shares = SampleCostShares.count(SampleCostShares.executionSamples(file));

        assertTrue(shares.total() > 0, "the replay's thread was sampled");
        assertTrue(shares.rulesPercent() > 0 && shares.rulesPercent() < 100, "rules and other work: " + shares);
        assertTrue(shares.percent(Part.HOUSE_MODEL) > 0, "the house model: " + shares);
    }
}
