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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Running averages over fixed clock quarter-hours.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class QuarterHourMeterTest {

    @Test
    void theRunningAverageRestartsAtEachLocalQuarterHour() {
        QuarterHourMeter meter = new QuarterHourMeter(ZoneId.of("Europe/Brussels"));
        Instant start = Instant.parse("2026-06-21T16:10:00Z"); // 18:10 local
        Duration minute = Duration.ofMinutes(1);
        assertEquals(6000.0, meter.add(start, minute, 6000), 1e-9);
        assertEquals(4000.0, meter.add(start.plusSeconds(60), minute, 2000), 1e-9, "(6000 + 2000) / 2");
        // 18:15 starts a new quarter-hour
        assertEquals(1000.0, meter.add(start.plusSeconds(300), minute, 1000), 1e-9, "a fresh quarter-hour");
        // quarter 18:00-18:15 held 8000 W·min of 15 min: 533.3 W billed
        assertEquals(8000.0 / 15, meter.peakAverage(), 1e-9, "a partly covered quarter-hour counts over 15 min");
    }

    @Test
    void anIntervalAcrossAQuarterBoundaryIsSplitLikeTheCoreMeterSplitsIt() {
        QuarterHourMeter meter = new QuarterHourMeter(ZoneId.of("Europe/Brussels"));
        Instant start = Instant.parse("2026-06-21T16:10:00Z"); // 18:10 local
        assertEquals(1200.0, meter.add(start, Duration.ofMinutes(10), 1200), 1e-9, "its own average so far");
        // 18:10-18:15 in one quarter, 18:15-18:20 in the next: 6000 W·min each, 400 W over 15 min
        assertEquals(400.0, meter.peakAverage(), 1e-9, "not 800 W booked into the quarter where it starts");
        assertEquals(1200.0, meter.add(start.plusSeconds(600), Duration.ofMinutes(5), 1200), 1e-9,
                "the second quarter so far: 10 min at 1200 W");
        assertEquals(800.0, meter.peakAverage(), 1e-9, "18:15-18:25 at 1200 W, the open quarter");
    }
}
