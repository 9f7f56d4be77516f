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
package org.openhab.smartgrid.core.energy;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.smartgrid.core.energy.EnergyRig.*;

import java.time.Duration;
import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;

/**
 * The state that survives a restart: runtime today (with its day), on-since and forces.
 */
@NonNullByDefault
class SnapshotRestoreTest {

    private static SurplusLoadConfig boiler() {
        return load("boiler", 2000).minOnTime(minutes(20)).minOnTimePerDay(minutes(60))
                .dailyDeadline(DailyDeadline.at(LocalTime.of(18, 0))).build();
    }

    @Test
    void aRestoreOnTheSameDayKeepsRuntimeAndTheMinOnTime() {
        EnergyRig before = new EnergyRig(boiler());
        before.grid("12:00:00", -2500);
        before.grid("12:10:00", -500);
        EnergyManagerSnapshot saved = before.manager.snapshot();
        assertEquals(SUMMER_DAY, saved.day());
        assertEquals(Duration.ofMinutes(10), saved.loads().get(0).runtimeToday());

        EnergyRig after = new EnergyRig(boiler());
        after.manager.restore(saved, after.at("12:12:00"));
        assertEquals(Duration.ofMinutes(10), after.manager.runtimeToday("boiler"));
        after.grid("12:12:00", 800);
        after.expect("boiler", true, Reason.MIN_ON_HOLD, "12:20:00");
        assertEquals(2000, after.last.balance().promised(), 0.001,
                "a restored running load counts as promised until the meter catches up");
        after.grid("12:20:00", 800);
        // 10 min before the restart + 8 min after it: 42 min left, forced in from 17:18
        after.expect("boiler", false, Reason.NO_SURPLUS, "17:18:00");
    }

    @Test
    void aRestoreOnAnotherDayStartsTheRuntimeAtZero() {
        EnergyRig before = new EnergyRig(boiler());
        before.grid("12:00:00", -2500);
        before.grid("12:30:00", -500);
        EnergyManagerSnapshot saved = before.manager.snapshot();

        EnergyRig after = new EnergyRig(boiler()).on(SUMMER_DAY.plusDays(1));
        after.manager.restore(saved, after.at("08:00:00"));
        assertEquals(Duration.ZERO, after.manager.runtimeToday("boiler"));
        after.grid("08:00:00", 500);
        after.expect("boiler", false, Reason.NO_SURPLUS, "17:00:00");
    }

    @Test
    void aSnapshotKeepsAForceAndIgnoresUnknownLoads() {
        EnergyRig before = new EnergyRig(boiler(), load("sauna", 3000).priority(2).build());
        before.manager.force("boiler", minutes(45), before.at("12:00:00"));
        before.grid("12:00:00", 500);
        EnergyManagerSnapshot saved = before.manager.snapshot();

        EnergyRig after = new EnergyRig(boiler());
        after.manager.restore(saved, after.at("12:05:00"));
        after.grid("12:05:00", 500);
        after.expect("boiler", true, Reason.FORCED, "12:45:00");
    }
}
