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
package org.openhab.smartgrid.simulator.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A step is filled again for every sample; a copy keeps its values, and loads are read by index or name.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulationStepTest {

    private static final Instant T0 = Instant.parse("2026-06-21T10:00:00Z");
    private static final HeatPumpStatus IDLE = new HeatPumpStatus(HeatPumpTask.IDLE, 0, 45, 35);

    private static SimulationStep fill(SimulationStep step, int second, double grid, boolean boilerOn) {
        return step.set(T0.plusSeconds(second), Duration.ofSeconds(1), grid, 0, 0, 0, SgMode.NORMAL, SgMode.BOOST,
                false, new boolean[] { true, boilerOn }, IDLE);
    }

    @Test
    void aCopyKeepsItsValuesWhenTheStepIsFilledAgain() {
        SimulationStep step = new SimulationStep(List.of("heatpump boost", "boiler"));
        SimulationStep kept = fill(step, 0, 1500, true).copy();
        fill(step, 1, -300, false);
        assertEquals(T0, kept.time(), "the copy keeps the first time");
        assertEquals(1500.0, kept.gridPower(), "and the first grid power");
        assertTrue(kept.loadRuns("boiler"), "and the first load states");
        assertEquals(-300.0, step.gridPower(), "while the step itself has the second sample");
        assertFalse(step.loadRuns(1), "and the second load states");
    }

    @Test
    void theLoadStatesAreCopiedNotShared() {
        SimulationStep step = new SimulationStep(List.of("boiler"));
        boolean[] runs = { true };
        step.set(T0, Duration.ofSeconds(1), 0, 0, 0, 0, SgMode.NORMAL, SgMode.NORMAL, false, runs, IDLE);
        runs[0] = false;
        assertTrue(step.loadRuns(0), "changing the caller's array later does not change the step");
    }

    @Test
    void theIntervalInSecondsCountsWholeMillisecondsLikeEveryOutput() {
        SimulationStep step = new SimulationStep(List.of());
        step.set(T0, Duration.ofNanos(1_500_999_999), 0, 0, 0, 0, SgMode.NORMAL, SgMode.NORMAL, false,
                new boolean[0], IDLE);
        assertEquals(1.5, step.intervalSeconds(), "1.500999999 s counts as 1500 ms");
    }

    @Test
    void anUnknownLoadIsRejectedNamingTheLoads() {
        SimulationStep step = fill(new SimulationStep(List.of("heatpump boost", "boiler")), 0, 0, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> step.loadRuns("pool"));
        assertTrue(e.getMessage().contains("pool") && e.getMessage().contains("boiler"),
                "the message names the load asked for and the known loads: " + e.getMessage());
    }

    @Test
    void loadStatesOfAnotherLengthAreRejected() {
        SimulationStep step = new SimulationStep(List.of("heatpump boost", "boiler"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> step.set(T0,
                Duration.ofSeconds(1), 0, 0, 0, 0, SgMode.NORMAL, SgMode.NORMAL, false, new boolean[1], IDLE));
        assertTrue(e.getMessage().contains("loadRuns"), "the message names the parameter: " + e.getMessage());
    }
}
