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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.load.QuarterStatus;
import org.openhab.smartgrid.core.meter.PowerReading;

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

    /**
     * The meter does the core meter's arithmetic without its objects: random steps (fractions of a second to hours,
     * gaps, export, the daylight-saving changes of Brussels and a zone of half-hour offsets) give the same figures
     * to the last bit as the core meter fed the way the simulator fed it before.
     */
    @Test
    void bookingsAreTheCoreMetersToTheLastBit() {
        String[][] runs = { { "Europe/Brussels", "2026-03-29T00:40:00Z" }, { "Europe/Brussels", "2026-10-25T00:40:00Z" },
                { "Australia/Adelaide", "2026-04-04T15:50:00Z" }, { "UTC", "2026-06-21T23:59:59.999Z" } };
        for (int seed = 0; seed < 40; seed++) {
            String[] run = runs[seed % runs.length];
            ZoneId zone = ZoneId.of(run[0]);
            Random random = new Random(seed);
            List<FinishedQuarter> finished = new ArrayList<>();
            List<FinishedQuarter> expectedFinished = new ArrayList<>();
            QuarterHourMeter meter = new QuarterHourMeter(zone, finished::add);
            CoreFed expected = new CoreFed(zone, expectedFinished::add);
            Instant time = Instant.parse(run[1]).plusNanos(random.nextInt(1_000_000));
            for (int step = 0; step < 10_000; step++) {
                long intervalMs = switch (random.nextInt(20)) {
                    case 0 -> 1 + random.nextInt(999);
                    case 1 -> 1000 + random.nextInt(3_600_000);
                    case 2 -> 60_000;
                    default -> 1000;
                };
                double seconds = intervalMs / 1000.0;
                double power = random.nextInt(10) == 0 ? -random.nextDouble() * 4000 : random.nextDouble() * 9000;
                double got = meter.add(time, seconds, power);
                double want = expected.add(time, seconds, power);
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                        "seed " + seed + ", step " + step + " at " + time + ": " + want + " but was " + got);
                // sometimes a gap after the step: unmeasured time
                long gapMs = random.nextInt(50) == 0 ? random.nextInt(7_200_000) : 0;
                time = time.plusMillis(intervalMs + gapMs).plusNanos(random.nextInt(3) * 100_000);
            }
            assertEquals(expectedFinished, finished, "seed " + seed);
            assertEquals(expected.lastQuarter(), meter.lastQuarter(), "seed " + seed);
            assertEquals(Double.doubleToLongBits(expected.peakAverage()),
                    Double.doubleToLongBits(meter.peakAverage()), "seed " + seed);
        }
    }

    /** The core's meter fed as the simulator fed it before it did the arithmetic itself. */
    private static final class CoreFed {
        private final org.openhab.smartgrid.core.load.QuarterHourMeter meter;
        private double peakAverage;
        private long endMs = Long.MIN_VALUE;

        CoreFed(ZoneId zone, java.util.function.Consumer<FinishedQuarter> onFinished) {
            meter = new org.openhab.smartgrid.core.load.QuarterHourMeter(zone, QuarterHourMeter.HOLD, quarter -> {
                peakAverage = Math.max(peakAverage, quarter.averageWatts());
                onFinished.accept(quarter);
            });
        }

        double add(Instant time, double intervalSeconds, double importPower) {
            long from = time.toEpochMilli();
            long to = from + Math.round(intervalSeconds * 1000);
            meter.addPower(new PowerReading(time, importPower));
            QuarterStatus before = meter.status(time);
            long inQuarter = Math.min(to, before.start().toEpochMilli() + 900_000) - from;
            double joules = before.energyWh() * 3600 + Math.max(0.0, importPower) * inQuarter / 1000.0;
            long measured = before.measuredMillis() + inQuarter;
            meter.powerUndefined(Instant.ofEpochMilli(to));
            endMs = to;
            return measured > 0 ? joules * 1000.0 / measured : 0.0;
        }

        FinishedQuarter lastQuarter() {
            QuarterStatus open = meter.status(Instant.ofEpochMilli(endMs - 1));
            return new FinishedQuarter(open.start(), open.energyWh(), Duration.ofMillis(open.measuredMillis()));
        }

        double peakAverage() {
            return Math.max(peakAverage, lastQuarter().averageWatts());
        }
    }
}
