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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * A replay books the quarter-hours once, in the run's meter, and the summary reads them from there: its figures
 * and the quarters it hands on are those of a summary that books the same steps itself.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SummaryQuarterHoursTest {

    /** Keeps a copy of every step (without the run's meter) and the quarters the run finished. */
    private static final class Recorder implements SimulationSink {
        final List<SimulationStep> steps = new ArrayList<>();
        final List<FinishedQuarter> quarters = new ArrayList<>();

        @Override
        public void quarter(FinishedQuarter quarter) {
            quarters.add(quarter);
        }

        @Override
        public void step(SimulationStep step) {
            assertNotNull(step.quarterHours(), "a run's steps carry its meter");
            steps.add(step.copy());
        }
    }

    @Test
    void theSummaryOfAReplayIsTheSummaryOfItsStepsBookedAgain() throws IOException {
        for (BuiltInScenario scenario : BuiltInScenario.values()) {
            SimulationConfig config = scenario.config();
            RunInfo info = Simulation.runInfo(scenario.id(), "", config);
            SummaryAccumulator live = new SummaryAccumulator();
            List<FinishedQuarter> liveQuarters = new ArrayList<>();
            live.onQuarter(liveQuarters::add);
            Recorder recorder = new Recorder();
            new Simulation(config, new CoreEngineAdapter(config), List.of(live, recorder)).run(info,
                    scenario.generator(config));

            SummaryAccumulator again = new SummaryAccumulator();
            List<FinishedQuarter> againQuarters = new ArrayList<>();
            again.onQuarter(againQuarters::add);
            again.start(info);
            for (SimulationStep step : recorder.steps) {
                assertNull(step.copy().quarterHours(), "a copy does not carry the meter, which books on");
                again.step(step);
            }
            again.finish();

            assertEquals(again.summary().toJson(), live.summary().toJson(), scenario.id());
            assertEquals(againQuarters, liveQuarters, scenario.id());
            assertTrue(recorder.quarters.size() > 90, scenario.id() + ": a day's quarters reach the sinks");
            assertEquals(recorder.quarters, liveQuarters.subList(0, liveQuarters.size() - 1),
                    scenario.id() + ": the finished ones as the run's meter finished them, then the last one");
        }
    }
}
