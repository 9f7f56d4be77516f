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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;

/**
 * The safe state without fresh meter data: nothing starts on surplus, surplus loads stop after their min on time,
 * forced and daily-minimum loads carry on.
 */
@NonNullByDefault
class StaleMeterRulesTest {

    @Test
    void withoutAnyReadingNothingStarts() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.stepAt("12:00:00");
        rig.expect("boiler", false, Reason.STALE_METER);
        assertEquals(MeterStatus.MISSING, rig.last.meter());
    }

    @Test
    void aReadingOlderThanStaleAfterStopsSurplusLoadsAfterTheirMinOnTime() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOnTime(minutes(5)).build());
        rig.grid("12:00:00", -2500);
        rig.expect("boiler", true, Reason.SURPLUS, "12:05:00");
        rig.stepAt("12:01:00");
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.stepAt("12:01:01");
        assertEquals(MeterStatus.STALE, rig.last.meter(), "60 s is the default staleAfter");
        rig.expect("boiler", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.stepAt("12:05:00");
        rig.expect("boiler", false, Reason.STALE_METER);
    }

    @Test
    void aRunningSurplusLoadWakesUpWhenItsReadingGoesStale() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:00:40", -500);
        assertEquals(rig.at("12:01:40").plusNanos(1), rig.last.nextWakeUp(),
                "the reading of 12:00:40 is stale once older than 60 s");
    }

    @Test
    void anUndefinedReadingIsTreatedAsMissing() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.grid("12:00:00", -2500);
        rig.manager.invalidateGrid();
        rig.stepAt("12:00:10");
        assertEquals(MeterStatus.MISSING, rig.last.meter());
        rig.expect("boiler", false, Reason.STALE_METER);
    }

    @Test
    void forcedAndDailyMinimumLoadsKeepRunningOnAStaleMeter() {
        EnergyRig rig = new EnergyRig(load("forced", 1000).priority(1).build(),
                load("daily", 1000).priority(2).minOnTimePerDay(minutes(60)).build());
        rig.manager.force("forced", minutes(30), rig.at("22:50:00"));
        rig.stepAt("23:00:00");
        rig.expect("forced", true, Reason.FORCED);
        rig.expect("daily", true, Reason.DAILY_MINIMUM);
        assertEquals(MeterStatus.MISSING, rig.last.meter());
        rig.stepAt("23:30:00");
        rig.expect("forced", false, Reason.STALE_METER);
        rig.expect("daily", true, Reason.DAILY_MINIMUM);
    }

    @Test
    void aFreshReadingAfterAGapResumesSurplusStarts() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.stepAt("12:00:00");
        rig.expect("boiler", false, Reason.STALE_METER);
        rig.grid("12:00:05", -2500);
        rig.expect("boiler", true, Reason.SURPLUS);
    }
}
