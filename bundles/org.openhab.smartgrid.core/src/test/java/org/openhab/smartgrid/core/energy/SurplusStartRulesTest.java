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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * When loads start on surplus: switch-on power, offset, activation delay, strict priority and promised power.
 */
@NonNullByDefault
class SurplusStartRulesTest {

    @ParameterizedTest(name = "offset {0} W, grid {1} W -> surplus {2} W, starts {3}")
    @CsvSource({ //
            "0,    -2999, 2999, false", // one watt short of the 3 kW switch-on power
            "0,    -3000, 3000, true", //
            "500,  -2500, 3000, true", // a positive offset allows 500 W of import
            "500,  -2499, 2999, false", //
            "-500, -3000, 2500, false", // a negative offset keeps 500 W of export
            "-500, -3500, 3000, true" })
    void aLoadStartsWhenOffsetMinusImportReachesItsSwitchOnPower(double offset, double grid, double surplus,
            boolean starts) {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withOffset(offset),
                load("boiler", 2000).switchOnPower(3000).build());
        rig.grid("12:00:00", grid);
        assertEquals(surplus, rig.last.surplus(), 0.001, "surplus = offset - grid import");
        rig.expect("boiler", starts, starts ? Reason.SURPLUS : Reason.NO_SURPLUS);
    }

    @Test
    void theStartConditionMustHoldForTheWholeActivationDelay() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).switchOnPower(3000).activationDelay(seconds(60)).build());
        rig.grid("12:00:00", -3500);
        rig.expect("boiler", false, Reason.ACTIVATION_DELAY, "12:01:00");
        rig.grid("12:00:59", -3500);
        rig.expect("boiler", false, Reason.ACTIVATION_DELAY, "12:01:00");
        rig.stepAt("12:01:00");
        rig.expect("boiler", true, Reason.SURPLUS);
    }

    @Test
    void theActivationTimerRestartsWhenTheSurplusDropsInBetween() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).switchOnPower(3000).activationDelay(seconds(60)).build());
        rig.grid("12:00:00", -3500);
        rig.grid("12:00:30", -2000);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        rig.grid("12:00:40", -3500);
        rig.expect("boiler", false, Reason.ACTIVATION_DELAY, "12:01:40");
        rig.stepAt("12:01:00");
        rig.expect("boiler", false, Reason.ACTIVATION_DELAY);
        rig.grid("12:01:40", -3500);
        rig.expect("boiler", true, Reason.SURPLUS);
    }

    @Test
    void strictPriorityServesTheHigherLoadFirst() {
        EnergyRig rig = new EnergyRig(load("low", 2000).priority(5).build(), load("high", 2000).priority(2).build());
        rig.grid("12:00:00", -3000);
        rig.expect("high", true, Reason.SURPLUS);
        rig.expect("low", false, Reason.NO_SURPLUS);
        assertTrue(rig.command("low").detail().contains("surplus 1000 W < switch-on 2000 W"),
                "the lower load sees what the higher one left: " + rig.command("low").detail());
    }

    @Test
    void aLowerLoadMayUseSurplusTheHigherLoadCannotUse() {
        EnergyRig rig = new EnergyRig(load("high", 5000).priority(1).build(), load("low", 1000).priority(2).build());
        rig.grid("12:00:00", -2000);
        rig.expect("high", false, Reason.NO_SURPLUS);
        rig.expect("low", true, Reason.SURPLUS);
    }

    @Test
    void aHigherLoadWaitingForItsActivationDelayReservesItsPower() {
        EnergyRig rig = new EnergyRig(load("high", 2000).priority(1).activationDelay(seconds(60)).build(),
                load("low", 2000).priority(2).build());
        rig.grid("12:00:00", -3000);
        rig.expect("high", false, Reason.ACTIVATION_DELAY);
        rig.expect("low", false, Reason.NO_SURPLUS);
        rig.grid("12:01:00", -3000);
        rig.expect("high", true, Reason.SURPLUS);
        rig.expect("low", false, Reason.NO_SURPLUS);
    }

    @Test
    void twoLoadsStartInTheSameStepOnlyWhenTheSurplusCoversBoth() {
        EnergyRig rig = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 2000).priority(2).build());
        rig.grid("12:00:00", -3999);
        rig.expect("a", true, Reason.SURPLUS);
        rig.expect("b", false, Reason.NO_SURPLUS);

        EnergyRig both = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 2000).priority(2).build());
        both.grid("12:00:00", -4000);
        both.expect("a", true, Reason.SURPLUS);
        both.expect("b", true, Reason.SURPLUS);
    }

    @Test
    void twoLoadsNeverStartOnTheSameKilowattsInSuccessiveSteps() {
        EnergyRig rig = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 1500).priority(2).build());
        rig.grid("12:00:00", -3000);
        rig.expect("a", true, Reason.SURPLUS);
        rig.expect("b", false, Reason.NO_SURPLUS);
        // samples taken before the meter can show 'a' still read 3 kW export: 2 kW of it are promised to 'a'
        for (String time : new String[] { "12:00:05", "12:00:15", "12:00:29" }) {
            rig.grid(time, -3000);
            assertEquals(1000, rig.last.surplus(), 0.001, "3000 W export - 2000 W promised at " + time);
            rig.expect("b", false, Reason.NO_SURPLUS);
        }
        // a sample 30 s (the settle time) after the start is trusted to show 'a'; the sun came out a bit more
        rig.grid("12:00:30", -1500);
        assertEquals(0, rig.last.balance().promised(), 0.001, "the promise ended");
        rig.expect("b", true, Reason.SURPLUS);
    }

    @Test
    void aSampleTakenBeforeTheSwitchNeverEndsThePromise() {
        EnergyRig rig = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 1500).priority(2).build());
        rig.grid("12:00:00", -3000);
        // a late sample, delivered at 12:00:40 but taken at 11:59:59: it cannot show 'a'
        rig.manager.updateGrid(new PowerReading(rig.at("11:59:59"), -3000));
        rig.stepAt("12:00:40");
        assertEquals(2000, rig.last.balance().promised(), 0.001, "a sample older than the switch keeps the promise");
        rig.expect("b", false, Reason.NO_SURPLUS);
    }

    @Test
    void thePromiseEndsEarlyWhenTheLoadsOwnMeasurementShowsIt() {
        EnergyRig rig = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 1500).priority(2).build());
        rig.grid("12:00:00", -3000);
        rig.manager.updateLoadPower("a", 1200, rig.at("12:00:02"));
        rig.grid("12:00:03", -2300);
        assertEquals(800, rig.last.balance().promised(), 0.001, "2000 W promised - 1200 W the meter already shows");
        assertEquals(1500, rig.last.surplus(), 0.001, "2300 W export - 800 W still promised");
        rig.expect("b", true, Reason.SURPLUS);
    }

    @Test
    void aMeasurementNewerThanTheGridSampleDoesNotReduceThePromise() {
        EnergyRig rig = new EnergyRig(load("a", 2000).priority(1).build(), load("b", 1500).priority(2).build());
        rig.grid("12:00:00", -3000);
        rig.manager.updateGrid(new PowerReading(rig.at("12:00:02"), -3000));
        rig.manager.updateLoadPower("a", 2000, rig.at("12:00:03"));
        rig.stepAt("12:00:04");
        assertEquals(2000, rig.last.balance().promised(), 0.001, "the grid sample is older than the measurement");
        rig.expect("b", false, Reason.NO_SURPLUS);
    }

    @Test
    void aMeasurementThatMayStillShowThePreviousRunDoesNotEndTheNewPromise() {
        EnergyRig rig = new EnergyRig(load("a", 2000).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:00:40", -500);
        rig.grid("12:01:00", 600);
        rig.expect("a", false, Reason.NO_SURPLUS);
        rig.grid("12:01:05", -2600);
        rig.expect("a", true, Reason.SURPLUS);
        // within 30 s (the settle time) of the stop, 2000 W measured may be the previous run still winding down
        rig.manager.updateLoadPower("a", 2000, rig.at("12:01:06"));
        rig.grid("12:01:07", -2600);
        assertEquals(2000, rig.last.balance().promised(), 0.001, "the new run is still promised in full");
        rig.manager.updateLoadPower("a", 2000, rig.at("12:01:30"));
        rig.grid("12:01:31", -600);
        assertEquals(0, rig.last.balance().promised(), 0.001, "a measurement after the settle window counts");
    }

    @Test
    void aSampleOfTheSwitchInstantItselfNeverShowsTheSwitchEvenWithoutSettleTime() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withSettleTime(seconds(0)),
                load("a", 2000).priority(1).build(), load("b", 1500).priority(2).activationDelay(seconds(5)).build());
        rig.grid("12:00:00", -3000);
        rig.expect("a", true, Reason.SURPLUS);
        rig.stepAt("12:00:05"); // no new sample: the 12:00:00 one was taken before 'a' switched on
        assertEquals(2000, rig.last.balance().promised(), 0.001, "'a' is still promised");
        rig.expect("b", false, Reason.NO_SURPLUS);
        rig.grid("12:00:06", -1000); // any later sample shows 'a' when the settle time is 0
        assertEquals(0, rig.last.balance().promised(), 0.001, "the promise ended");
    }
}
