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
 * evcc's disable threshold and delay on a surplus load: a running load stops only once the import has been above
 * offset + stopThreshold for the whole stopDelay; its min on time still applies.
 */
@NonNullByDefault
class StopThresholdAndDelayRulesTest {

    /** A 2 kW boost started on 3 kW of export at 12:00, seen by the meter from 12:00:30. */
    private static EnergyRig runningBoost(SurplusLoadConfig.Builder boost) {
        EnergyRig rig = new EnergyRig(boost.build());
        rig.grid("12:00:00", -3000);
        rig.expect("boost", true, Reason.SURPLUS);
        rig.grid("12:00:30", -1000);
        rig.expect("boost", true, Reason.SURPLUS);
        return rig;
    }

    private static SurplusLoadConfig.Builder boost() {
        return load("boost", 2000).switchOnPower(3000);
    }

    @Test
    void aDipShorterThanTheStopDelayKeepsTheLoadOn() {
        EnergyRig rig = runningBoost(boost().stopDelay(seconds(180)));
        rig.grid("12:10:00", 800);
        rig.expect("boost", true, Reason.STOP_DELAY); // next change: the reading goes stale before the delay ends
        assertTrue(rig.command("boost").detail().contains("stop delay holds 3 min more"),
                rig.command("boost").detail());
        rig.grid("12:11:00", 800);
        rig.expect("boost", true, Reason.STOP_DELAY);
        rig.grid("12:12:00", 800);
        rig.expect("boost", true, Reason.STOP_DELAY, "12:13:00");
        rig.grid("12:12:30", -200); // the cloud passes after 2.5 min
        rig.expect("boost", true, Reason.SURPLUS);
        rig.grid("12:13:00", 800); // a new dip starts its own delay
        rig.expect("boost", true, Reason.STOP_DELAY);
        rig.grid("12:14:00", 800);
        rig.grid("12:15:00", 800);
        rig.expect("boost", true, Reason.STOP_DELAY, "12:16:00");
    }

    @Test
    void aDipLongerThanTheStopDelayStopsTheLoadAfterExactlyTheDelay() {
        EnergyRig rig = runningBoost(boost().stopDelay(seconds(180)));
        rig.grid("12:10:00", 800);
        rig.grid("12:11:00", 800);
        rig.grid("12:12:00", 800);
        rig.grid("12:12:59", 800);
        rig.expect("boost", true, Reason.STOP_DELAY, "12:13:00");
        rig.stepAt("12:13:00"); // the wake-up at the end of the delay
        rig.expect("boost", false, Reason.NO_SURPLUS);
        assertEquals(rig.at("12:13:00"), rig.now);
    }

    @Test
    void theMinOnTimeStillHoldsAfterTheStopDelay() {
        EnergyRig rig = runningBoost(boost().stopDelay(seconds(60)).minOnTime(minutes(5)));
        rig.grid("12:01:00", 800);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.grid("12:02:00", 800);
        rig.grid("12:03:00", 800);
        rig.grid("12:04:00", 800);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.stepAt("12:05:00"); // the delay ran out during the min on time: the load stops as soon as it may
        rig.expect("boost", false, Reason.NO_SURPLUS);
    }

    @Test
    void theStopDelayRunsOnWhenTheMinOnTimeEndsFirst() {
        EnergyRig rig = runningBoost(boost().stopDelay(seconds(300)).minOnTime(minutes(5)));
        rig.grid("12:04:00", 800);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.grid("12:05:00", 800);
        rig.grid("12:06:00", 800);
        rig.grid("12:07:00", 800);
        rig.grid("12:08:00", 800);
        rig.expect("boost", true, Reason.STOP_DELAY, "12:09:00");
        rig.stepAt("12:09:00");
        rig.expect("boost", false, Reason.NO_SURPLUS);
    }

    @Test
    void importWithinTheStopThresholdKeepsTheLoadOn() {
        EnergyRig rig = runningBoost(boost().stopThreshold(500));
        rig.grid("12:10:00", 500);
        rig.expect("boost", true, Reason.SURPLUS);
        assertTrue(rig.command("boost").detail().contains("<= offset 0 W + stop threshold 500 W"),
                rig.command("boost").detail());
        rig.grid("12:11:00", 501);
        rig.expect("boost", false, Reason.NO_SURPLUS);
        assertTrue(rig.command("boost").detail().contains("import 501 W > offset 0 W + stop threshold 500 W"),
                rig.command("boost").detail());
    }

    @Test
    void aNegativeStopThresholdStopsTheLoadWhileExportIsBelowIt() {
        EnergyRig rig = runningBoost(boost().stopThreshold(-500));
        rig.grid("12:10:00", -600);
        rig.expect("boost", true, Reason.SURPLUS);
        rig.grid("12:11:00", -400);
        rig.expect("boost", false, Reason.NO_SURPLUS);
    }

    @Test
    void aLoadInItsStopDelayLetsTheNextLowestLoadWithoutDelayStopInstead() {
        EnergyRig rig = new EnergyRig(load("heatpump", 1000).priority(2).stopDelay(seconds(300)).build(),
                load("charger", 1000).priority(1).build());
        rig.grid("12:00:00", -2000);
        rig.grid("12:00:30", 0);
        rig.grid("12:10:00", 600);
        rig.expect("heatpump", true, Reason.STOP_DELAY);
        rig.expect("charger", false, Reason.NO_SURPLUS);
    }

    @Test
    void theDefaultsStopOnAnyImportAtOnceAsBefore() {
        SurplusLoadConfig defaults = boost().build();
        assertEquals(0, defaults.stopThreshold());
        assertTrue(defaults.stopDelay().isZero());
        EnergyRig rig = runningBoost(boost());
        rig.grid("12:10:00", 1);
        rig.expect("boost", false, Reason.NO_SURPLUS);
        assertEquals("import 1 W > offset 0 W: lowest priority stops first", rig.command("boost").detail());
    }

    @Test
    void aNegativeStopDelayIsRejectedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> boost().stopDelay(seconds(-1)).build());
        assertTrue(e.getMessage().contains("stopDelay"), e.getMessage());
    }
}
