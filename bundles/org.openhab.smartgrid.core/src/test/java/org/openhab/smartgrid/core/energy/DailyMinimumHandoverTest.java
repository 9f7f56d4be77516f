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
 * Loxone Energiemanager Gen 2's handover: a load that has run its daily minimum gives way, whatever the
 * priorities, to a load that still misses its own before its deadline (its min on time respected), so that minimum
 * runs on surplus instead of on grid power at the end of the day.
 */
@NonNullByDefault
class DailyMinimumHandoverTest {

    /** The boiler (priority 1, 30 min a day) and the pool pump (priority 2, 60 min a day), 1 kW of surplus each. */
    private static EnergyRig boilerAndPool(long boilerMinOnMinutes) {
        return new EnergyRig(
                load("boiler", 1000).priority(1).minOnTime(minutes(boilerMinOnMinutes)).minOffTime(minutes(10))
                        .minOnTimePerDay(minutes(30)).dailyDeadline(DailyDeadline.parse("20:00")).build(),
                load("pool", 1000).priority(2).minOnTime(minutes(5)).minOnTimePerDay(minutes(60))
                        .dailyDeadline(DailyDeadline.parse("20:00")).build());
    }

    @Test
    void aLoadThatRanItsDailyMinimumHandsTheSurplusToOneThatHasNot() {
        EnergyRig rig = boilerAndPool(0);
        rig.grid("10:00:00", -1200);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.expect("pool", false, Reason.NO_SURPLUS);
        rig.grid("10:29:00", -200); // the boiler has run 29 of its 30 min: it keeps the surplus
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.expect("pool", false, Reason.NO_SURPLUS);
        rig.grid("10:30:00", -200); // its minimum is met: the pool pump, short of its own, takes over
        rig.expect("boiler", false, Reason.PREEMPTED);
        rig.expect("pool", true, Reason.SURPLUS);
        assertEquals("daily minimum met: handed over to 'pool', which still needs 1 h of its daily minimum",
                rig.command("boiler").detail());

        rig.grid("10:45:00", -200); // the boiler's min off time is over, yet it does not take the surplus back
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        rig.expect("pool", true, Reason.SURPLUS);
        rig.grid("11:30:00", -200); // the pool pump has its hour: priority counts again
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.expect("pool", false, Reason.PREEMPTED);
    }

    @Test
    void theHandoverWaitsForTheMinOnTimeOfTheLoadThatGivesWay() {
        EnergyRig rig = boilerAndPool(40);
        rig.grid("10:00:00", -1200);
        rig.grid("10:30:00", -200);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.expect("pool", false, Reason.NO_SURPLUS);
        rig.grid("10:40:00", -200);
        rig.expect("boiler", false, Reason.PREEMPTED);
        rig.expect("pool", true, Reason.SURPLUS);
    }

    @Test
    void loadsWithoutADailyMinimumKeepTheirPriority() {
        EnergyRig rig = new EnergyRig(load("charger", 1000).priority(1).build(),
                load("pool", 1000).priority(2).minOnTimePerDay(minutes(60))
                        .dailyDeadline(DailyDeadline.parse("20:00")).build());
        rig.grid("10:00:00", -1200);
        rig.grid("11:00:00", -200);
        rig.expect("charger", true, Reason.SURPLUS);
        rig.expect("pool", false, Reason.NO_SURPLUS);
    }
}
