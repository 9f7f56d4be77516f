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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sunset deadlines for Brussels (50.8503 N, 4.3517 E) against almanac figures, within 3 minutes.
 * <p>
 * Almanac figures used (standard sunset: the sun's upper limb on the horizon, refraction included), local time
 * Europe/Brussels: 21 June 2026 about 22:00 CEST (the Belgian public broadcaster's solstice figure is "the sun
 * sets at 10 pm sharp"); 21 December 2026 about 16:40 CET (the common almanac tables give 16:39-16:41 for the
 * winter solstice in Brussels, the year's earliest sunsets being 16:36 in mid-December).
 */
@NonNullByDefault
class SunsetCalculatorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final SunsetCalculator CALCULATOR = new SunsetCalculator(new GeoLocation(50.8503, 4.3517));

    @ParameterizedTest(name = "{0}: sunset {1} local time")
    @CsvSource({ "2026-06-21, 22:00", "2026-12-21, 16:40" })
    void brusselsSunsetMatchesTheAlmanac(LocalDate date, LocalTime almanac) {
        Instant sunset = CALCULATOR.sunset(date, BRUSSELS);
        assertNotNull(sunset, "the sun sets in Brussels every day");
        Instant expected = date.atTime(almanac).atZone(BRUSSELS).toInstant();
        Duration off = Duration.between(expected, sunset).abs();
        assertTrue(off.compareTo(Duration.ofMinutes(3)) <= 0,
                "sunset on " + date + " should be " + almanac + " ±3 min, was " + sunset.atZone(BRUSSELS));
    }

    @Test
    void thereIsNoSunsetOnAPolarDay() {
        SunsetCalculator svalbard = new SunsetCalculator(new GeoLocation(78.22, 15.65));
        assertNull(svalbard.sunset(LocalDate.of(2026, 6, 21), ZoneId.of("Arctic/Longyearbyen")),
                "midnight sun: the deadline falls back to the end of the day");
    }

    @Test
    void theSunsetOfADaylightSavingDayFallsOnThatDay() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Instant sunset = CALCULATOR.sunset(springForward, BRUSSELS);
        assertNotNull(sunset);
        assertEquals(springForward, sunset.atZone(BRUSSELS).toLocalDate());
        assertEquals(20, sunset.atZone(BRUSSELS).getHour(), "about 20:10 CEST on the first summer-time day");
    }
}
