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
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.Reason;

/**
 * The daily minimum runtime: forced in just in time before the deadline, on grid power if need be, counted per
 * local day.
 */
@NonNullByDefault
class DailyMinimumRulesTest {

    private static SurplusLoadConfig boiler(long minutesPerDay, String deadline) {
        return load("boiler", 2000).minOnTimePerDay(minutes(minutesPerDay))
                .dailyDeadline(DailyDeadline.parse(deadline)).build();
    }

    @Test
    void theDailyMinimumIsForcedInJustInTimeOnGridPower() {
        EnergyRig rig = new EnergyRig(boiler(60, "18:00"));
        rig.grid("10:00:00", 400);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "17:00:00");
        rig.grid("16:59:59", 400);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "17:00:00");
        rig.grid("17:00:00", 400);
        rig.expect("boiler", true, Reason.DAILY_MINIMUM, "18:00:00");
        rig.grid("17:30:00", 2400); // importing 2.4 kW does not stop it
        rig.expect("boiler", true, Reason.DAILY_MINIMUM, "18:00:00");
        rig.grid("18:00:00", 2400);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        assertEquals(Duration.ofMinutes(60), rig.manager.runtimeToday("boiler"), "exactly the minimum ran");
    }

    @Test
    void runtimeOnSurplusCountsTowardsTheDailyMinimum() {
        EnergyRig rig = new EnergyRig(boiler(60, "18:00"));
        rig.grid("12:00:00", -2500);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.grid("12:40:00", 500);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "17:40:00");
        assertEquals(Duration.ofMinutes(40), rig.manager.runtimeToday("boiler"));
        rig.grid("17:40:00", 500);
        rig.expect("boiler", true, Reason.DAILY_MINIMUM, "18:00:00");
    }

    @Test
    void aRunningLoadStaysOnWhenStoppingItWouldMakeTheMinimumUnreachable() {
        // 60 min a day before 18:00, min off 30 min: stopped at 16:40 with 60 min left, it could restart only at
        // 17:10, too late for a 17:00 start; so it keeps running from 16:40 until the minimum is met at 17:40
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(30)).minOnTimePerDay(minutes(60))
                .dailyDeadline(DailyDeadline.at(LocalTime.of(18, 0))).build());
        rig.grid("16:40:00", -2500);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.grid("16:40:30", 1000);
        rig.expect("boiler", true, Reason.DAILY_MINIMUM, "17:40:00");
        rig.grid("17:40:00", 1000);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        assertEquals(Duration.ofMinutes(60), rig.manager.runtimeToday("boiler"));
    }

    @Test
    void aLoadFarFromItsDeadlineStopsNormally() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(30)).minOnTimePerDay(minutes(60))
                .dailyDeadline(DailyDeadline.at(LocalTime.of(18, 0))).build());
        rig.grid("12:00:00", -2500);
        rig.grid("12:10:00", 1000);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "17:10:00");
    }

    @Test
    void theMinOffTimeIsNotCutShortByTheDailyMinimum() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).minOffTime(minutes(30)).minOnTimePerDay(minutes(60))
                .dailyDeadline(DailyDeadline.at(LocalTime.of(18, 0))).build());
        rig.manager.force("boiler", minutes(1), rig.at("16:49:00"));
        rig.grid("16:49:00", 0);
        rig.grid("16:50:00", 0); // the force ends, 59 min left: 16:50 + 30 min off > 17:01 -> kept on
        rig.expect("boiler", true, Reason.DAILY_MINIMUM, "17:49:00");
    }

    @Test
    void afterTheDeadlineNothingIsForcedUntilTheNextDay() {
        EnergyRig rig = new EnergyRig(boiler(60, "18:00"));
        rig.manager.setLocked(true, rig.at("16:00:00"));
        rig.grid("16:00:00", 500);
        rig.manager.setLocked(false, rig.at("18:00:00"));
        rig.grid("18:00:00", 500);
        rig.expect("boiler", false, Reason.NO_SURPLUS);
        assertEquals(rig.on(SUMMER_DAY.plusDays(1)).at("00:00:00"), rig.command("boiler").nextChange(),
                "the counters reset at midnight");
        rig.grid("00:00:00", 500);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "17:00:00");
    }

    @Test
    void theEndOfDayDeadlineForcesTheMinimumBeforeMidnight() {
        EnergyRig rig = new EnergyRig(boiler(90, "24:00"));
        rig.grid("20:00:00", 300);
        rig.expect("boiler", false, Reason.NO_SURPLUS, "22:30:00");
        rig.grid("22:30:00", 300);
        rig.expect("boiler", true, Reason.DAILY_MINIMUM);
        assertEquals(rig.on(SUMMER_DAY.plusDays(1)).at("00:00:00"), rig.command("boiler").nextChange());
    }

    @Test
    void countersResetAtLocalMidnight() {
        EnergyRig rig = new EnergyRig(boiler(60, "18:00"));
        rig.grid("23:30:00", -2500);
        rig.expect("boiler", true, Reason.SURPLUS);
        rig.grid("23:59:59", -2500);
        assertEquals(Duration.ofSeconds(1799), rig.manager.runtimeToday("boiler"));
        rig.on(SUMMER_DAY.plusDays(1)).grid("00:10:00", -2500);
        assertEquals(Duration.ofMinutes(10), rig.manager.runtimeToday("boiler"),
                "only the 10 minutes after local midnight count for the new day");
    }

    @ParameterizedTest(name = "{0}: a day of {1} h")
    @CsvSource({ "2026-03-29, 23", "2026-10-25, 25" })
    void countersResetAtLocalMidnightOnDaylightSavingDays(LocalDate day, long hours) {
        EnergyRig rig = new EnergyRig(boiler(60, "24:00")).on(day.minusDays(1));
        rig.grid("23:00:00", -2500);
        rig.on(day).grid("00:00:00", -2500);
        assertEquals(Duration.ZERO, rig.manager.runtimeToday("boiler"), "reset at midnight");
        rig.grid("12:00:00", -2500);
        rig.grid("23:59:00", -2500);
        assertEquals(Duration.ofHours(hours).minusMinutes(1), rig.manager.runtimeToday("boiler"),
                "runtime counts real time on a " + hours + " h day");
        rig.on(day.plusDays(1)).grid("00:00:00", -2500);
        assertEquals(Duration.ZERO, rig.manager.runtimeToday("boiler"), "reset at the next local midnight");
    }

    @Test
    void aDeadlineInsideTheSpringForwardGapMovesForwardByTheGap() {
        EnergyRig rig = new EnergyRig(boiler(30, "02:30")).on(LocalDate.of(2026, 3, 29));
        rig.grid("00:00:00", 0);
        // 02:30 does not exist on 29 March 2026 in Brussels; it resolves to 03:30 CEST (= 01:30 UTC)
        assertEquals(rig.at("03:00:00"), rig.command("boiler").nextChange(), "forcing starts 30 min before 03:30");
    }

    @Test
    void aSunsetDeadlineIsTodaysSunsetAtTheManagersLocation() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withLocation(BRUSSELS_LOCATION),
                load("boiler", 2000).minOnTimePerDay(minutes(30)).dailyDeadline(DailyDeadline.sunset()).build());
        rig.grid("12:00:00", 0);
        // almanac sunset in Brussels on 21 June 2026: about 22:00 CEST
        Duration offBy = Duration.between(rig.at("21:30:00"), rig.command("boiler").nextChange()).abs();
        assertTrue(offBy.compareTo(Duration.ofMinutes(3)) <= 0,
                "forcing starts 30 min before the 22:00 sunset (±3 min), was " + rig.command("boiler").nextChange());
        rig.expect("boiler", false, Reason.NO_SURPLUS);
    }
}
