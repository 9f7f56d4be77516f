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
package org.openhab.smartgrid.core.load;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;

/**
 * The seed's Lastmanager: maximum 5 kW, the Thermia heat pump as the load to shed while cooking. This is the worked
 * timeline of {@code docs/load-manager.md}; its numbers are asserted here.
 * <p>
 * Brussels, Thursday 15 January 2026. House base load 600 W, heat pump 2000 W (priority 1, hysteresis 200 W,
 * 10 min shed / 10 min release), driven by a relay. Induction hob: 3500 W from 17:50, 4000 W from 17:52 to 18:20,
 * 4000 W again from 18:25 to 18:40. Meter sample and step every 10 s.
 */
@NonNullByDefault
class SeedExampleTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 1, 15, 17, 45, 0, 0, BRUSSELS);
    private static final SheddableLoadConfig HEAT_PUMP = SheddableLoadConfig.of("heatPump", 1, 2000);

    private static double hob(LocalTime time) {
        if (time.isBefore(LocalTime.of(17, 50))) {
            return 0;
        }
        if (time.isBefore(LocalTime.of(17, 52))) {
            return 3500;
        }
        if (time.isBefore(LocalTime.of(18, 20))) {
            return 4000;
        }
        if (time.isBefore(LocalTime.of(18, 25))) {
            return 0;
        }
        return time.isBefore(LocalTime.of(18, 40)) ? 4000 : 0;
    }

    /** Runs 17:45 to 18:50 and returns the result of the step at each local time. */
    private static Map<LocalTime, LoadManagerResult> evening(LoadManagerMode mode) {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of(HEAT_PUMP)).withMode(mode);
        House house = new House(config, START.toInstant());
        Map<LocalTime, LoadManagerResult> results = new HashMap<>();
        for (int s = 0; s <= 65 * 60; s += 10) {
            house.now = START.plusSeconds(s).toInstant();
            LocalTime time = house.now.atZone(BRUSSELS).toLocalTime();
            house.base = 600 + hob(time);
            results.put(time, house.sample());
        }
        return results;
    }

    private static LoadCommand heatPump(Map<LocalTime, LoadManagerResult> results, String time) {
        LoadCommand command = results.get(LocalTime.parse(time)).command("heatPump");
        assertNotNull(command, time);
        return command;
    }

    @Test
    void inPeakModeTheCookRunsWhileTheQuarterBudgetLastsAndTheHeatPumpYieldsAtTheRightMoments() {
        Map<LocalTime, LoadManagerResult> r = evening(LoadManagerMode.PEAK);

        // 17:50 hob on, 6100 W: 300 s at 2600 W used 780 kJ; (4500 - 780) kJ / 600 s = 6200 W allowed
        assertEquals(6200, r.get(LocalTime.of(17, 50)).allowedWatts(), 1e-6);
        assertFalse(heatPump(r, "17:50:00").on(), "6100 W <= 6200 W: the quarter can take it");

        // 17:52 hob at 4000 W, 6600 W: 1512 kJ used; (4500 - 1512) kJ / 480 s = 6225 W allowed
        LoadManagerResult shed = r.get(LocalTime.of(17, 52));
        assertEquals(6225, shed.allowedWatts(), 1e-6);
        assertEquals(Reason.SHED_PEAK, shed.reason());
        assertTrue(heatPump(r, "17:52:00").on());
        assertEquals(START.withMinute(52).plusMinutes(10).toInstant(), heatPump(r, "17:52:00").nextChange(),
                "earliest restore 18:02");

        // 18:00 the 17:45 quarter ends at (780 + 732 + 4600 W * 480 s) kJ / 900 s = 4133 W
        assertEquals(4133.33, r.get(LocalTime.of(18, 0)).monthPeakWatts(), 0.01);

        // 18:02 the hold is over, but 5000 - 4600 = 400 W of headroom < 2200 W
        assertTrue(heatPump(r, "18:02:00").on());
        assertEquals(Reason.SHED_PEAK, heatPump(r, "18:02:00").reason());

        // 18:15 the 18:00 quarter ends at 4600 W, the month's peak
        assertEquals(4600, r.get(LocalTime.of(18, 15)).monthPeakWatts(), 1e-6);

        // 18:20 hob off: 5000 - 600 = 4400 W >= 2200 W
        assertEquals(Reason.RESTORED, heatPump(r, "18:20:00").reason());
        assertEquals(START.withHour(18).withMinute(30).toInstant(), heatPump(r, "18:20:00").nextChange(),
                "no new shed before 18:30");

        // 18:25 hob on again, 6600 W: 2160 kJ used; (4500 - 2160) kJ / 300 s = 7800 W allowed
        assertEquals(7800, r.get(LocalTime.of(18, 25)).allowedWatts(), 1e-6);
        assertFalse(heatPump(r, "18:25:00").on());

        // 18:30 new quarter, 5000 W allowed, and the re-arm window ends now
        assertEquals(Reason.SHED_PEAK, heatPump(r, "18:30:00").reason());
        assertEquals(4600, r.get(LocalTime.of(18, 30)).monthPeakWatts(), 1e-6, "18:15 quarter: 4140 kJ, 4600 W");

        // 18:40 hob off, the 10 min hold ends: restored
        assertEquals(Reason.RESTORED, heatPump(r, "18:40:00").reason());
        // 18:44:50, 890 s into the 18:30 quarter: 4600 W * 600 s + 2600 W * 290 s = 3514 kJ = 976.1 Wh
        assertEquals(3_514_000 / 3600.0, r.get(LocalTime.of(18, 44, 50)).quarter().energyWh(), 1e-6);
        // so it ends at (2760 + 780) kJ / 900 s = 3933 W, under the month peak
        assertEquals(4600, r.get(LocalTime.of(18, 45)).monthPeakWatts(), 1e-6);
        assertFalse(heatPump(r, "18:50:00").on());
    }

    @Test
    void inOverloadModeTheHeatPumpYieldsAtOnceAndTheRearmWindowLeavesAnUncoveredExcess() {
        Map<LocalTime, LoadManagerResult> r = evening(LoadManagerMode.OVERLOAD);
        assertEquals(Reason.SHED_OVERLOAD, heatPump(r, "17:50:00").reason(), "6100 W > 5000 W sheds at once");
        assertEquals(Reason.RESTORED, heatPump(r, "18:20:00").reason());
        LoadManagerResult rearm = r.get(LocalTime.of(18, 25));
        assertEquals(Reason.LOCK_REARM, heatPump(r, "18:25:00").reason(), "restored at 18:20: no shed before 18:30");
        assertEquals(1600, rearm.uncoveredWatts(), 1e-6, "6600 W against 5000 W with nothing to shed");
        assertEquals(Reason.SHED_OVERLOAD, heatPump(r, "18:30:00").reason());
        // 18:30: the 18:15 quarter (4600 W * 300 s + 2600 W * 300 s + 6600 W * 300 s) / 900 s = 4600 W
        assertEquals(4600, r.get(LocalTime.of(18, 30)).monthPeakWatts(), 1e-6);
    }
}
