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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The replay loop feeds the engine the meter, applies its decisions to the model and streams every step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulationTest {

    private static final Instant T0 = Instant.parse("2026-01-20T09:00:00Z");

    private static final SimulationConfig CONFIG = ConfigLoader.parse("test.yaml", """
            house:
              heatPump:
                initialTankTemperature: 38
                boostLoad: heatpump boost
            energyManager:
              gridItem: Grid_Power
              loads:
                - load: heatpump boost
                  switchOnPower: 3000
                  power: 2000
                - load: boiler
                  switchOnPower: 2500
                  power: 2400
            loadManager:
              gridItem: Grid_Power
              maxPower: 5000
              loads:
                - load: heatpump
                  power: 2000
            """);

    /** Records what the engine saw and what the sinks got. */
    private static final class Recorder implements SimulationSink {
        final List<SimulationStep> steps = new ArrayList<>();
        final List<EngineEvent> events = new ArrayList<>();
        boolean finished;

        @Override
        public void event(EngineEvent event) {
            events.add(event);
        }

        @Override
        public void step(SimulationStep step) {
            steps.add(step.copy()); // the simulation fills the same step again for the next sample
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    private static List<HouseSample> samples(int minutes, double household, boolean lock) {
        List<HouseSample> samples = new ArrayList<>();
        for (int m = 0; m < minutes; m++) {
            samples.add(new HouseSample(T0.plusSeconds(60L * m), household, 0, 0, OptionalDouble.empty(), lock));
        }
        return samples;
    }

    private static RunInfo info() {
        return new RunInfo("test", "", "scripted", CONFIG.loadNames(), Simulation.relayLoads(CONFIG), 5000,
                CONFIG.house().timeZone());
    }

    private static Recorder run(List<HouseSample> samples, List<StepInputs> seen,
            Function<StepInputs, StepDecisions> script) throws IOException {
        Recorder recorder = new Recorder();
        ControlEngine engine = in -> {
            // the run fills the same inputs at every step: keep a copy
            seen.add(in.copy());
            return script.apply(in);
        };
        new Simulation(CONFIG, engine, List.of(recorder)).run(info(), samples.iterator());
        return recorder;
    }

    private static StepDecisions mode(SgMode mode, boolean boilerOn, List<EngineEvent> events) {
        return new StepDecisions(mode, mode, Reason.DEFAULT,
                List.of(new LoadCommand("boiler", boilerOn, Reason.SURPLUS, null, "scripted")), events);
    }

    @Test
    void evuKeepsTheHeatPumpOffAndTheMeterShowsOnlyTheHousehold() throws IOException {
        List<StepInputs> seen = new ArrayList<>();
        Recorder r = run(samples(10, 400, true), seen, in -> mode(SgMode.EVU, false, List.of()));
        assertEquals(10, r.steps.size());
        for (SimulationStep s : r.steps) {
            assertEquals(0.0, s.heatPump().electricPower(), "EVU blocks the compressor at " + s.time());
            assertEquals(400.0, s.gridPower(), 1e-9, "grid = household while locked");
        }
        assertTrue(r.finished, "sinks are finished");
    }

    @Test
    void theHeatPumpDecidedAtOneStepIsSeenByTheMeterAtTheNext() throws IOException {
        List<StepInputs> seen = new ArrayList<>();
        Recorder r = run(samples(3, 400, false), seen, in -> mode(SgMode.NORMAL, false, List.of()));
        // tank 38 °C is below the normal start 42 °C: the compressor runs from the first step
        assertEquals(2400.0, r.steps.get(0).gridPower(), 1e-9, "household 400 + heat pump 2000 during step 0");
        assertEquals(400.0, seen.get(0).meterPower(), 1e-9, "the engine saw the heat pump off before deciding");
        assertEquals(2400.0, seen.get(1).meterPower(), 1e-9, "and on at the next step");
        assertEquals(400.0, seen.get(1).basePower(), 1e-9, "base power excludes managed loads");
    }

    @Test
    void aRelayLoadDrawsItsPowerWhileOnAndEventsAreForwarded() throws IOException {
        List<StepInputs> seen = new ArrayList<>();
        EngineEvent event = new EngineEvent(T0, "energy-manager", EventKind.DECISION, Reason.SURPLUS, "boiler on");
        Recorder r = run(samples(2, 400, true), seen,
                in -> mode(SgMode.EVU, true, in.time().equals(T0) ? List.of(event) : List.of()));
        assertEquals(2800.0, r.steps.get(0).gridPower(), 1e-9, "household 400 + boiler 2400");
        assertEquals(List.of(event), r.events, "the engine's events go to the sinks");
        assertTrue(r.steps.get(0).loadRuns("boiler"), "the boiler column shows on");
        assertEquals(List.of("heatpump boost", "boiler", "heatpump"), r.steps.get(0).loads(),
                "every load, in config order");
        assertFalse(r.steps.get(0).loadRuns("heatpump boost"), "an energy manager load without a command is off");
        assertTrue(r.steps.get(0).loadRuns("heatpump"), "a load manager load runs until it is shed");
    }

    @Test
    void aLoadWithoutACommandKeepsItsState() throws IOException {
        // EVU keeps the heat pump off, so the grid shows the household and the boiler only
        Recorder r = run(samples(3, 400, false), new ArrayList<>(),
                in -> in.time().equals(T0) ? mode(SgMode.EVU, true, List.of())
                        : new StepDecisions(SgMode.EVU, SgMode.EVU, Reason.DEFAULT, List.of(), List.of()));
        assertTrue(r.steps.get(2).loadRuns("boiler"), "the boiler switched on at the first step still runs");
        assertEquals(2800.0, r.steps.get(2).gridPower(), 1e-9, "and still draws its 2400 W");
    }

    @Test
    void eachStepLastsUntilTheNextSampleAlsoWhenTheSpacingChanges() throws IOException {
        List<HouseSample> samples = new ArrayList<>();
        for (long second : new long[] { 0, 60, 70, 130, 190 }) {
            samples.add(new HouseSample(T0.plusSeconds(second), 100, 0, 0, OptionalDouble.empty(), false));
        }
        Recorder r = run(samples, new ArrayList<>(), in -> mode(SgMode.EVU, false, List.of()));
        assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(60)), r.steps.stream().map(SimulationStep::interval).toList(),
                "the time to the next sample; the last step as long as the one before");
    }

    @Test
    void aRunWhoseLoadsAreNotTheConfigurationsIsRejected() {
        RunInfo other = new RunInfo("test", "", "scripted", List.of("boiler", "heatpump boost", "heatpump"),
                Simulation.relayLoads(CONFIG), 5000, CONFIG.house().timeZone());
        Simulation simulation = new Simulation(CONFIG, in -> mode(SgMode.NORMAL, false, List.of()), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> simulation.run(other, samples(1, 400, false).iterator()));
        assertTrue(e.getMessage().contains("configuration order"), "the message says what is expected: "
                + e.getMessage());
    }

    @Test
    void samplesOutOfOrderAreRejected() {
        List<HouseSample> samples = new ArrayList<>(samples(2, 400, false));
        samples.add(samples.get(0));
        assertThrows(IllegalArgumentException.class,
                () -> run(samples, new ArrayList<>(), in -> mode(SgMode.NORMAL, false, List.of())));
    }

    @Test
    void theLastStepLastsAsLongAsTheOneBefore() throws IOException {
        List<HouseSample> samples = List.of(new HouseSample(T0, 100, 0, 0, OptionalDouble.empty(), false),
                new HouseSample(T0.plusSeconds(10), 100, 0, 0, OptionalDouble.empty(), false));
        Recorder r = run(samples, new ArrayList<>(), in -> mode(SgMode.EVU, false, List.of()));
        assertEquals(Duration.ofSeconds(10), r.steps.get(1).interval());
    }
}
