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
package org.openhab.smartgrid.simulator.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.HeatPumpStatus;
import org.openhab.smartgrid.simulator.model.HeatPumpTask;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Small builders of hand-made steps for the output tests.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Steps {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 2026-06-21 12:00 local. */
    static final Instant NOON = Instant.parse("2026-06-21T10:00:00Z");

    private Steps() {
    }

    static RunInfo info() {
        return new RunInfo("tiny", "a hand-made timeline", "core engine", List.of("heatpump boost", "boiler"),
                List.of("boiler"), 5000, BRUSSELS);
    }

    static SimulationStep step(int minute, double grid, double pv, SgMode mode, boolean boostOn, boolean boilerOn) {
        return new SimulationStep(info().loads()).set(NOON.plusSeconds(60L * minute), Duration.ofMinutes(1), grid,
                pv, Math.max(0, -grid), Math.max(0, grid), mode, mode, false, new boolean[] { boostOn, boilerOn },
                new HeatPumpStatus(boostOn ? HeatPumpTask.TAP_WATER : HeatPumpTask.IDLE, boostOn ? 2000 : 0,
                        50 + minute, 35));
    }
}
