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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;

/**
 * Manual force (for a duration, from the switch-on), release, and the manager-wide lock.
 */
@NonNullByDefault
class ForceAndLockRulesTest {

    @Test
    void aForcedLoadRunsForItsDurationWithoutSurplus() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.manager.force("boiler", minutes(30), rig.at("12:00:00"));
        rig.grid("12:00:00", 1500);
        rig.expect("boiler", true, Reason.FORCED, "12:30:00");
        rig.grid("12:20:00", 3500);
        rig.expect("boiler", true, Reason.FORCED, "12:30:00");
        rig.grid("12:30:00", 3500);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
    }

    @Test
    void aForceWaitsForTheMinOffTimeAndRunsItsFullDurationFromTheSwitchOn() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(10)).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:01:00", 500);
        rig.manager.force("boiler", minutes(30), rig.at("12:05:00"));
        rig.grid("12:05:00", 500);
        rig.expect("boiler", false, Reason.MIN_OFF_HOLD, "12:11:00");
        rig.grid("12:11:00", 500);
        rig.expect("boiler", true, Reason.FORCED, "12:41:00");
    }

    @Test
    void forcingARunningLoadExtendsItFromNow() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        rig.grid("12:00:00", -2500);
        rig.manager.force("boiler", minutes(15), rig.at("12:10:00"));
        rig.grid("12:10:00", 800);
        rig.expect("boiler", true, Reason.FORCED, "12:25:00");
    }

    @Test
    void aForceShorterThanTheMinOnTimeIsHeldToTheMinOnTime() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOnTime(minutes(20)).build());
        rig.manager.force("boiler", minutes(5), rig.at("12:00:00"));
        rig.grid("12:00:00", 800);
        rig.expect("boiler", true, Reason.FORCED, "12:20:00");
        rig.grid("12:05:00", 800);
        rig.expect("boiler", true, Reason.MIN_ON_HOLD, "12:20:00");
    }

    @Test
    void releaseReturnsTheLoadToAutomaticButKeepsTheMinOnTime() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOnTime(minutes(5)).build());
        rig.manager.force("boiler", minutes(60), rig.at("12:00:00"));
        rig.grid("12:00:00", 800);
        rig.manager.release("boiler", rig.at("12:02:00"));
        rig.grid("12:02:00", 800);
        rig.expect("boiler", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.grid("12:05:00", 800);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
    }

    @Test
    void theLockStartsNothingAndStopsRunningLoadsAfterTheirMinOnTime() {
        EnergyRig rig = new EnergyRig(load("a", 1000).priority(1).minOnTime(minutes(5)).build(),
                load("b", 1000).priority(2).build());
        rig.grid("12:00:00", -1500);
        rig.expect("a", true, Reason.SURPLUS);
        rig.manager.setLocked(true, rig.at("12:01:00"));
        rig.grid("12:01:00", -5000);
        rig.expect("a", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.expect("b", false, Reason.LOCKED);
        rig.grid("12:05:00", -5000);
        rig.expect("a", false, Reason.LOCKED);
        rig.manager.setLocked(false, rig.at("12:06:00"));
        rig.grid("12:06:00", -5000);
        rig.expect("a", true, Reason.SURPLUS);
        rig.expect("b", true, Reason.SURPLUS);
    }

    @Test
    void theLockDominatesForceAndDailyMinimum() {
        EnergyRig rig = new EnergyRig(load("forced", 1000).priority(1).build(),
                load("daily", 1000).priority(2).minOnTimePerDay(minutes(600)).build());
        rig.manager.setLocked(true, rig.at("20:00:00"));
        rig.manager.force("forced", minutes(10), rig.at("20:00:00"));
        rig.grid("20:00:00", 0);
        rig.expect("forced", false, Reason.LOCKED);
        rig.expect("daily", false, Reason.LOCKED);
        assertNull(rig.last.nextWakeUp(), "while locked only an input can change anything");
        rig.manager.setLocked(false, rig.at("20:30:00"));
        rig.grid("20:30:00", 0);
        rig.expect("forced", true, Reason.FORCED, "20:40:00");
        rig.expect("daily", true, Reason.DAILY_MINIMUM);
    }

    @Test
    void forcingAnUnknownLoadOrForANegativeTimeIsRejected() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> rig.manager.force("sauna", minutes(5), rig.at("12:00:00")));
        assertTrue(unknown.getMessage().contains("'sauna'"), unknown.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> rig.manager.force("boiler", minutes(-1), rig.at("12:00:00")));
        assertTrue(negative.getMessage().contains("force duration"), negative.getMessage());
    }

    @Test
    void aForceOfDurationZeroHoldsTheLoadOnUntilReleased() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(10)).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:01:00", 500); // stopped on import: the min off time holds until 12:11
        rig.manager.force("boiler", Duration.ZERO, rig.at("12:05:00"));
        rig.grid("12:05:00", 500);
        rig.expect("boiler", false, Reason.MIN_OFF_HOLD, "12:11:00");
        rig.grid("12:11:00", 500);
        rig.expect("boiler", true, Reason.FORCED);
        assertNull(rig.command("boiler").nextChange(), "nothing but a release ends it");
        assertEquals("forced on until released", rig.command("boiler").detail());
        rig.grid("23:59:00", 2500);
        rig.expect("boiler", true, Reason.FORCED);
        assertNull(rig.last.nextWakeUp(), "a held force plans no wake-up");
        rig.manager.release("boiler", rig.at("23:59:30"));
        rig.grid("23:59:30", 2500);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
    }

    @Test
    void aHeldForceKeepsTheMinOnTimeWhenReleasedAtOnceAndYieldsToTheLock() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOnTime(minutes(5)).build());
        rig.grid("12:00:00", -2500);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.manager.force("boiler", Duration.ZERO, rig.at("12:01:00")); // a running load: held from now
        rig.grid("12:01:00", 800);
        rig.expect("boiler", true, Reason.FORCED);
        rig.manager.release("boiler", rig.at("12:02:00"));
        rig.grid("12:02:00", 800);
        rig.expect("boiler", true, Reason.MIN_ON_HOLD, "12:05:00");

        rig.manager.force("boiler", Duration.ZERO, rig.at("12:03:00"));
        rig.manager.setLocked(true, rig.at("12:10:00"));
        rig.grid("12:10:00", 800);
        rig.expect("boiler", false, Reason.LOCKED);
    }
}
