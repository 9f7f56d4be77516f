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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;

/**
 * The seed's Loxone setting for the heat pump boost (output Q1): activation 0 s, min on 5 min, min off 10 min,
 * min on/day 0, deadline sunset, switch-on power 3 kW, power 2 kW; offset 0. This is the worked timeline of
 * docs/energy-manager.md, on 21 June 2026 in Brussels (meter settle time 30 s).
 */
@NonNullByDefault
class SeedExampleTest {

    private final EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withLocation(BRUSSELS_LOCATION),
            load("boost", 2000).switchOnPower(3000).activationDelay(seconds(0)).minOnTime(minutes(5))
                    .minOffTime(minutes(10)).minOnTimePerDay(minutes(0)).dailyDeadline(DailyDeadline.sunset())
                    .build());

    @Test
    void theSeedBoostFollowsTheWorkedTimeline() {
        rig.grid("11:58:00", -2500);
        rig.expect("boost", false, Reason.NO_SURPLUS);
        assertNull(rig.command("boost").nextChange(), "without a daily minimum only a new sample changes it");

        // 3.5 kW export: 3500 W >= 3000 W switch-on, activation 0 s -> on at once, held until 12:05
        rig.grid("12:00:00", -3500);
        rig.expect("boost", true, Reason.SURPLUS, "12:05:00");
        assertEquals(3500, rig.last.surplus(), 0.001, "surplus = offset 0 - import -3500");

        // the meter does not show the heat pump yet: its 2 kW are promised, 1.5 kW are left
        rig.grid("12:00:10", -3500);
        rig.expect("boost", true, Reason.SURPLUS);
        assertEquals(2000, rig.last.balance().promised(), 0.001, "2 kW promised until the meter catches up");
        assertEquals(1500, rig.last.surplus(), 0.001, "surplus after the promise");

        // 30 s after the start the meter shows it: export 1.5 kW, the promise ends
        rig.grid("12:00:30", -1500);
        rig.expect("boost", true, Reason.SURPLUS);
        assertEquals(0, rig.last.balance().promised(), 0.001, "promise ends once the meter caught up");

        // a cloud: 500 W import > offset 0, but the min on time holds until 12:05
        rig.grid("12:02:00", 500);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");
        rig.grid("12:04:30", 500);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");

        // the wake-up at 12:05 (the 12:04:30 sample is still fresh): importing -> off, min off time until 12:15
        rig.stepAt("12:05:00");
        rig.expect("boost", false, Reason.NO_SURPLUS);

        // the sun is back, 4 kW export, but the min off time holds until 12:15
        rig.grid("12:08:00", -2000);
        rig.expect("boost", false, Reason.NO_SURPLUS);
        rig.grid("12:09:00", -4000);
        rig.expect("boost", false, Reason.MIN_OFF_HOLD, "12:15:00");

        rig.grid("12:15:00", -4000);
        rig.expect("boost", true, Reason.SURPLUS, "12:20:00");

        // 1 kW export with the boost on: import -1000 W <= offset: it stays on (switch-on 3 kW vs power 2 kW)
        rig.grid("12:30:00", -1000);
        rig.expect("boost", true, Reason.SURPLUS);
        assertEquals(rig.at("12:31:00").plusNanos(1), rig.last.nextWakeUp(),
                "next wake-up: the sample is stale once older than 60 s");

        // no more samples: just after 12:31 the meter is stale and the surplus load stops (STALE_METER)
        rig.stepAt(Objects.requireNonNull(rig.last.nextWakeUp()));
        rig.expect("boost", false, Reason.STALE_METER);
        assertEquals(MeterStatus.STALE, rig.last.meter());
    }
}
