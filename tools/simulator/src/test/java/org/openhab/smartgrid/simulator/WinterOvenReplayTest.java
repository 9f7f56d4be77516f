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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The winter day of the capacity-tariff issue, replayed through the whole engine (the simulated heat pump, its
 * Thing's guards with the seed's lock budget, the load manager at 5 kW PEAK): a breakfast and a lunch peak spend two
 * of the day's three locks; from 17:46 an oven cycles 4 min on, 2 min off for 84 min. A plan within every rule
 * exists: keep the third lock for the whole oven session (under the 120-min block, within 360 min a day). With the
 * Thing's budget given to the heat pump's load the replay stays under the limit; without it the manager gives the
 * lock back in an off-phase, and the Thing's spent budget refuses the next shed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class WinterOvenReplayTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant MIDNIGHT = Instant.parse("2026-01-19T23:00:00Z");

    private static SimulationConfig config(String budget) {
        return ConfigLoader.parse("winter-oven.yaml", """
                house:
                  timeZone: Europe/Brussels
                  heatPump:
                    electricPower: 2000
                    spaceHeatingDemand: 4500
                    initialBufferTemperature: 30
                    shedLoad: heatpump
                guard:
                  minLockMinutes: 10
                  minReleaseMinutes: 10
                  maxLockMinutes: 120
                  maxLocksPerDay: 3
                  maxLockMinutesPerDay: 360
                loadManager:
                  gridItem: Grid_Power
                  mode: PEAK
                  maxPower: 5000
                  loads:
                    - load: heatpump
                      shedFeedbackItem: HeatPump_SG_Mode
                      priority: 1
                      power: 2000
                      restoreHysteresis: 300
                      minShedTime: 10
                      minReleaseTime: 10
                """ + budget);
    }

    /** The household (without the heat pump) at local {@code time}: base, breakfast, lunch, the cycling oven. */
    private static double household(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        double watts = 600;
        if (minute >= 7 * 60 && minute < 7 * 60 + 25) {
            watts += 3500; // kettle, toaster and coffee
        }
        if (minute >= 12 * 60 && minute < 12 * 60 + 30) {
            watts += 3500; // lunch on the hob
        }
        int oven = minute - (17 * 60 + 46);
        if (oven >= 0 && oven < 84 && oven % 6 < 4) {
            watts += 3900; // the oven's element: 4 min on, 2 min off
        }
        return watts;
    }

    private record Replay(Summary summary, int evuBlocks, boolean evuAllOven) {
    }

    private static Replay replay(SimulationConfig config) throws IOException {
        List<HouseSample> samples = new ArrayList<>();
        for (int s = 0; s < 24 * 360; s++) {
            Instant at = MIDNIGHT.plusSeconds(10L * s);
            samples.add(new HouseSample(at, household(at.atZone(BRUSSELS).toLocalTime()), 0, 0,
                    OptionalDouble.empty(), false));
        }
        SummaryAccumulator summary = new SummaryAccumulator();
        EvuBlocks blocks = new EvuBlocks();
        RunInfo info = Simulation.runInfo("winter-oven", "winter day with a cycling oven", config);
        new Simulation(config, new CoreEngineAdapter(config), List.of(summary, blocks)).run(info, samples.iterator());
        return new Replay(summary.summary(), blocks.blocks, blocks.heldThroughOven);
    }

    /** Counts the EVU blocks of the day and whether one held from the oven's start to its end. */
    private static final class EvuBlocks implements SimulationSink {
        int blocks;
        boolean evu;
        boolean heldThroughOven;
        @Nullable
        Instant start;

        @Override
        public void step(SimulationStep step) {
            boolean now = step.effectiveMode() == SgMode.EVU;
            if (now && !evu) {
                blocks++;
                start = step.time();
            } else if (!now && evu) {
                Instant began = start;
                LocalTime from = began == null ? LocalTime.MAX : began.atZone(BRUSSELS).toLocalTime();
                LocalTime to = step.time().atZone(BRUSSELS).toLocalTime();
                heldThroughOven |= !from.isAfter(LocalTime.of(17, 50)) && !to.isBefore(LocalTime.of(19, 10));
            }
            evu = now;
        }
    }

    @Test
    void withTheThingsBudgetOnItsLoadTheEveningStaysUnderTheLimit() throws IOException {
        Replay replay = replay(config("""
                      maxShedTime: 120
                      maxShedsPerDay: 3
                      maxShedTimePerDay: 360
                """));
        assertTrue(replay.summary().peakQuarterHourKw() <= 5.0,
                "the billed peak stays within 5 kW, was " + replay.summary().peakQuarterHourKw() + " kW");
        assertTrue(replay.evuBlocks() <= 3, "at most the Thing's 3 locks, were " + replay.evuBlocks());
        assertTrue(replay.evuAllOven(), "the third lock holds through the oven session");
    }

    @Test
    void withoutItTheLockIsGivenBackInAnOffPhaseAndTheQuarterGoesOver() throws IOException {
        Replay replay = replay(config(""));
        assertFalse(replay.evuAllOven(), "the lock is given back while the oven still cycles");
        assertTrue(replay.summary().guardDeferrals() > 0, "the Thing's spent budget defers the next shed");
        assertTrue(replay.summary().peakQuarterHourKw() > 5.0,
                "a quarter over the limit, the peak " + replay.summary().peakQuarterHourKw() + " kW");
    }
}
