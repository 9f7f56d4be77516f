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
package org.openhab.smartgrid.simulator.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.smartgrid.core.testkit.PropertyCheck;
import org.openhab.smartgrid.simulator.model.HouseSample;

/**
 * The built-in days are deterministic per seed and plausible.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DayGeneratorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static List<HouseSample> day(BuiltInScenario scenario, long seed) {
        SimulationConfig config = scenario.config();
        List<HouseSample> samples = new ArrayList<>();
        scenario.generator(config, seed).forEachRemaining(samples::add);
        return samples;
    }

    private static HouseSample at(List<HouseSample> samples, int hour, int minute) {
        LocalTime wanted = LocalTime.of(hour, minute);
        return samples.stream().filter(s -> s.time().atZone(BRUSSELS).toLocalTime().equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample at " + wanted));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInScenario.class)
    void theSameSeedGivesTheSameDayAndAnotherSeedAnotherDay(BuiltInScenario scenario) {
        long seed = scenario.profile().seed();
        assertEquals(day(scenario, seed), day(scenario, seed), "two runs with seed " + seed + " must be equal");
        assertNotEquals(day(scenario, seed), day(scenario, seed + 1), "seed " + (seed + 1) + " must differ");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInScenario.class)
    void aDayIsOneFullLocalDayOfMinuteSamples(BuiltInScenario scenario) {
        List<HouseSample> samples = day(scenario, scenario.profile().seed());
        assertEquals(1440, samples.size(), "a 24 h local day in one-minute steps");
        assertEquals(LocalTime.MIDNIGHT, samples.get(0).time().atZone(BRUSSELS).toLocalTime(), "starts at midnight");
        for (int i = 1; i < samples.size(); i++) {
            assertEquals(Duration.ofMinutes(1), Duration.between(samples.get(i - 1).time(), samples.get(i).time()),
                    "one minute between samples " + (i - 1) + " and " + i);
        }
    }

    @Test
    void pvIsZeroAtNightAndProducesAroundNoonForEverySeed() {
        PropertyCheck.forAll("pv zero at night, positive at noon", 40, random -> {
            long seed = random.nextLong();
            for (BuiltInScenario scenario : BuiltInScenario.values()) {
                List<HouseSample> samples = day(scenario, seed);
                assertEquals(0.0, at(samples, 2, 0).pvPower(), scenario + " seed " + seed + ": no PV at 02:00");
                assertEquals(0.0, at(samples, 23, 30).pvPower(), scenario + " seed " + seed + ": no PV at 23:30");
                assertTrue(at(samples, 13, 30).pvPower() > 100,
                        scenario + " seed " + seed + ": PV at 13:30 local was " + at(samples, 13, 30).pvPower());
                for (HouseSample s : samples) {
                    assertTrue(s.pvPower() >= 0 && s.pvPower() <= 6000, "PV within 0..6 kWp: " + s);
                    assertTrue(s.householdPower() > 0, "the household always uses something: " + s);
                }
            }
        });
    }

    @Test
    void theSummerDayHasTheInductionHobPeakFromSixToTwentyToSeven() {
        PropertyCheck.forAll("cooking peak present", 40, random -> {
            long seed = random.nextLong();
            List<HouseSample> samples = day(BuiltInScenario.SUNNY_SUMMER, seed);
            for (int minute = 0; minute < 40; minute++) {
                double household = at(samples, 18, minute).householdPower();
                assertTrue(household >= 6000 && household <= 8500,
                        "seed " + seed + ": hob at 18:" + minute + " gives about 7 kW, was " + household);
            }
            assertTrue(at(samples, 18, 45).householdPower() < 3000, "seed " + seed + ": the hob is off at 18:45");
        });
    }

    @Test
    void theWinterDayHasExactlyTwoGridLockWindows() {
        List<HouseSample> samples = day(BuiltInScenario.WINTER_LOCKS, 1);
        int windows = 0;
        boolean previous = false;
        int lockedMinutes = 0;
        for (HouseSample s : samples) {
            if (s.gridLock() && !previous) {
                windows++;
            }
            lockedMinutes += s.gridLock() ? 1 : 0;
            previous = s.gridLock();
        }
        assertEquals(2, windows, "two lock windows");
        assertEquals(180, lockedMinutes, "11:30-12:30 and 17:00-19:00 are 180 minutes");
        assertTrue(at(samples, 11, 30).gridLock() && !at(samples, 11, 29).gridLock(), "the first starts at 11:30");
        assertTrue(at(samples, 18, 59).gridLock() && !at(samples, 19, 0).gridLock(), "the second ends at 19:00");
    }

    @Test
    void theCloudySpringDayProducesLessThanAClearOne() {
        List<HouseSample> cloudy = day(BuiltInScenario.CLOUDY_SPRING, 7);
        double energy = cloudy.stream().mapToDouble(HouseSample::pvPower).sum() / 60_000.0;
        // a clear April day gives about 6 kW * 13 h * 0.6 = 45 kWh on this sine model
        assertTrue(energy > 5 && energy < 35, "passing clouds: between 5 and 35 kWh, was " + energy);
    }
}
