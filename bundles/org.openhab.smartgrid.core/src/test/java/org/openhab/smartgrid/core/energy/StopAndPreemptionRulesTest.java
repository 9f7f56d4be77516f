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
 * When running loads stop: import above the offset (lowest priority first, never before the min on time), the
 * min off time afterwards, and pre-emption by a higher-priority load.
 */
@NonNullByDefault
class StopAndPreemptionRulesTest {

    /** Three 1 kW loads, started together on 3 kW of export at 12:00 and seen by the meter from 12:00:30. */
    private EnergyRig threeRunningLoads(long minOnMinutes) {
        EnergyRig rig = new EnergyRig(load("p1", 1000).priority(1).minOnTime(minutes(minOnMinutes)).build(),
                load("p2", 1000).priority(2).minOnTime(minutes(minOnMinutes)).build(),
                load("p3", 1000).priority(3).minOnTime(minutes(minOnMinutes)).build());
        rig.grid("12:00:00", -3000);
        rig.expect("p1", true, Reason.SURPLUS);
        rig.expect("p2", true, Reason.SURPLUS);
        rig.expect("p3", true, Reason.SURPLUS);
        rig.grid("12:00:30", 0);
        return rig;
    }

    @Test
    void importAboveTheOffsetStopsTheLowestPriorityFirstAndOnlyAsManyAsNeeded() {
        EnergyRig rig = threeRunningLoads(0);
        rig.grid("12:10:00", 600);
        rig.expect("p3", false, Reason.NO_SURPLUS);
        rig.expect("p2", true, Reason.SURPLUS);
        rig.expect("p1", true, Reason.SURPLUS);
        assertTrue(rig.command("p3").detail().contains("import 600 W > offset 0 W"), rig.command("p3").detail());
    }

    @Test
    void aStopTheMeterDoesNotShowYetCountsAsReleasedSoNoSecondLoadStops() {
        EnergyRig rig = threeRunningLoads(0);
        rig.grid("12:10:00", 600);
        rig.grid("12:10:05", 600); // the meter still shows p3
        assertEquals(1000, rig.last.balance().released(), 0.001, "p3's 1 kW count as released");
        rig.expect("p2", true, Reason.SURPLUS);
        rig.grid("12:10:30", -400); // a sample 30 s after the stop: p3 is gone from it
        assertEquals(0, rig.last.balance().released(), 0.001, "the release ended");
        rig.expect("p2", true, Reason.SURPLUS);
    }

    @Test
    void aLargeImportStopsSeveralLoadsInOneStep() {
        EnergyRig rig = threeRunningLoads(0);
        rig.grid("12:10:00", 1500);
        rig.expect("p3", false, Reason.NO_SURPLUS);
        rig.expect("p2", false, Reason.NO_SURPLUS);
        rig.expect("p1", true, Reason.SURPLUS);
    }

    @Test
    void aRunningLoadStaysOnWhileTheImportIsWithinTheOffset() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withOffset(300),
                load("boiler", 2000).switchOnPower(3000).build());
        rig.grid("12:00:00", -2700);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.grid("12:01:00", 300); // import equal to the offset: within it
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.grid("12:02:00", 301);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
    }

    @Test
    void aRunningLoadNeverStopsBeforeItsMinOnTime() {
        EnergyRig rig = threeRunningLoads(5);
        rig.grid("12:04:59", 600);
        rig.expect("p3", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.stepAt("12:05:00");
        rig.expect("p3", false, Reason.NO_SURPLUS);
        rig.expect("p2", true, Reason.SURPLUS);
    }

    @Test
    void whileTheLowestLoadIsHeldTheNextLowestThatMayStopStops() {
        EnergyRig rig = new EnergyRig(load("p1", 1000).priority(1).build(), load("p2", 1000).priority(2).build(),
                load("p3", 1000).priority(3).minOnTime(minutes(30)).build());
        rig.grid("12:00:00", -3000);
        rig.grid("12:00:30", 0);
        rig.grid("12:10:00", 600);
        rig.expect("p3", true, Reason.MIN_ON_HOLD, "12:30:00");
        rig.expect("p2", false, Reason.NO_SURPLUS);
        rig.expect("p1", true, Reason.SURPLUS);
    }

    @Test
    void aStoppedLoadStaysOffForItsMinOffTime() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(10)).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:01:00", 800);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        rig.grid("12:05:00", -5000);
        rig.expect("boiler", false, Reason.MIN_OFF_HOLD, "12:11:00");
        rig.grid("12:10:59", -5000);
        rig.expect("boiler", false, Reason.MIN_OFF_HOLD);
        rig.stepAt("12:11:00");
        rig.expect("boiler", true, Reason.SURPLUS);
    }

    @Test
    void aHigherLoadPreemptsALowerLoadThatMetItsMinOnTime() {
        EnergyRig rig = new EnergyRig(load("high", 3000).priority(1).minOffTime(minutes(10)).build(),
                load("low", 2000).priority(5).minOnTime(minutes(5)).build());
        rig.grid("12:00:00", -2500); // enough for 'low' only
        rig.expect("high", false, Reason.NO_SURPLUS);
        rig.expect("low", true, Reason.SURPLUS);
        rig.grid("12:01:00", -1000); // 'low' shows: 1 kW export + its 2 kW = 3 kW for 'high', but 'low' is held
        rig.expect("high", false, Reason.NO_SURPLUS);
        rig.expect("low", true, Reason.SURPLUS);
        rig.grid("12:05:00", -1000);
        rig.expect("high", true, Reason.SURPLUS);
        rig.expect("low", false, Reason.PREEMPTED);
        assertTrue(rig.command("high").detail().contains("with 2000 W of lower-priority loads"),
                rig.command("high").detail());
    }

    @Test
    void preemptionNeedsEnoughFreedPower() {
        EnergyRig rig = new EnergyRig(load("high", 3000).priority(1).build(), load("low", 1000).priority(5).build());
        rig.grid("12:00:00", -1500);
        rig.grid("12:01:00", -500); // 500 W + 1000 W of 'low' < 3000 W
        rig.expect("high", false, Reason.NO_SURPLUS);
        rig.expect("low", true, Reason.SURPLUS);
    }

    @Test
    void equalPrioritiesNeverPreemptEachOther() {
        EnergyRig rig = new EnergyRig(load("first", 3000).priority(3).build(), load("second", 2000).priority(3).build());
        rig.grid("12:00:00", -2500);
        rig.expect("second", true, Reason.SURPLUS);
        rig.grid("12:01:00", -1000);
        rig.expect("first", false, Reason.NO_SURPLUS);
        rig.expect("second", true, Reason.SURPLUS);
    }

    @Test
    void aPreemptingLoadWithAnActivationDelayKeepsTheLowerLoadRunningUntilItStarts() {
        EnergyRig rig = new EnergyRig(load("high", 3000).priority(1).activationDelay(seconds(60)).build(),
                load("low", 2000).priority(5).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:01:00", -1000);
        rig.expect("high", false, Reason.ACTIVATION_DELAY, "12:02:00");
        rig.expect("low", true, Reason.SURPLUS);
        rig.grid("12:02:00", -1000);
        rig.expect("high", true, Reason.SURPLUS);
        rig.expect("low", false, Reason.PREEMPTED);
    }

    @Test
    void loadsBetweenNeverStartOnThePowerOfAPendingPreemption() {
        // 'high' waits 60 s to pre-empt 'low'; 'middle' must not start on 'low's watts meanwhile: they are not free
        EnergyRig rig = new EnergyRig(load("high", 1500).priority(1).activationDelay(seconds(60)).build(),
                load("middle", 500).priority(5).build(), load("low", 2500).priority(9).build());
        rig.manager.force("low", minutes(1), rig.at("12:00:00"));
        rig.grid("12:00:00", 0);
        rig.expect("low", true, Reason.FORCED);
        rig.grid("12:01:00", -100); // the force ended; 'low' runs on within the offset
        rig.expect("high", false, Reason.ACTIVATION_DELAY);
        rig.expect("middle", false, Reason.NO_SURPLUS);
        rig.expect("low", true, Reason.SURPLUS);
        rig.grid("12:02:00", -100);
        rig.expect("high", true, Reason.SURPLUS);
        rig.expect("low", false, Reason.PREEMPTED);
        // now 'low's 2500 W are freed, 'high' takes 1500 W: 100 + 2500 - 1500 = 1100 W are left for 'middle'
        rig.expect("middle", true, Reason.SURPLUS);
    }
}
