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
package org.openhab.smartgrid.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The replay's fast hot water bookkeeping gives the litres of the profile's local-time definition.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class HotWaterSchedulePropertyTest {

    @Test
    void theScheduleDrawsWhatTheProfileDrawsAcrossDaysAndDstChanges() {
        PropertyCheck.forAll("schedule litres = profile litres", 300, random -> {
            List<HotWaterDraw> draws = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                draws.add(new HotWaterDraw(LocalTime.ofSecondOfDay(random.nextInt(86_400)),
                        Duration.ofSeconds(1 + random.nextInt(3600)), random.nextInt(80)));
            }
            HotWaterProfile profile = new HotWaterProfile(draws);
            ZoneId zone = ZoneId.of(random.nextBoolean() ? "Europe/Brussels" : "America/New_York");
            HotWaterSchedule schedule = new HotWaterSchedule(profile, zone);
            // around the spring DST change of 2026 in Europe, with steps of 1 s to 20 min
            Instant t = Instant.parse("2026-03-27T00:00:00Z").plusSeconds(random.nextInt(86_400));
            for (int step = 0; step < 400; step++) {
                Duration interval = Duration.ofSeconds(1 + random.nextInt(1200));
                double expected = profile.litersBetween(t.atZone(zone).toLocalDateTime(), interval);
                double actual = schedule.litersBetween(t, interval);
                assertEquals(expected, actual, 1e-9, "litres from " + t + " for " + interval + " in " + zone);
                t = t.plus(interval);
            }
        });
    }
    @Test
    void atReplaySpacingTheQuietSpansBetweenDrawsGiveTheProfilesLitres() {
        PropertyCheck.forAll("schedule litres = profile litres at 0.5 s to 2 min steps", 100, random -> {
            List<HotWaterDraw> draws = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                draws.add(new HotWaterDraw(LocalTime.ofSecondOfDay(random.nextInt(86_400)),
                        Duration.ofSeconds(1 + random.nextInt(1800)), 1 + random.nextInt(80)));
            }
            HotWaterProfile profile = new HotWaterProfile(draws);
            ZoneId zone = ZoneId.of(random.nextBoolean() ? "Europe/Brussels" : "America/New_York");
            HotWaterSchedule schedule = new HotWaterSchedule(profile, zone);
            // from up to an hour before the first draw, so that the steps pass draws and the quiet spans between
            Instant t = LocalDate.of(2026, 3, 28).atTime(draws.get(0).start()).atZone(zone).toInstant()
                    .minusSeconds(random.nextInt(3600));
            double total = 0;
            for (int step = 0; step < 2000; step++) {
                Duration interval = Duration.ofMillis(500 + random.nextInt(120_000));
                double expected = profile.litersBetween(t.atZone(zone).toLocalDateTime(), interval);
                double actual = schedule.litersBetween(t, interval);
                assertEquals(expected, actual, 1e-9, "litres from " + t + " for " + interval + " in " + zone);
                total += actual;
                t = t.plus(interval);
            }
            assertTrue(total > 0, "the steps passed at least the first draw: " + draws);
        });
    }
}
