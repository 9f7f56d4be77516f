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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * Clock quarter-hours in local time (with daylight saving), the previous-value rule for power samples, the energy
 * counter, gaps and boundaries.
 */
@NonNullByDefault
class QuarterHourMeterTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Duration HOLD = Duration.ofSeconds(60);
    /** 2026-01-15 17:45 CET, a quarter start. */
    private static final Instant Q = ZonedDateTime.of(2026, 1, 15, 17, 45, 0, 0, BRUSSELS).toInstant();

    private final List<FinishedQuarter> finished = new ArrayList<>();
    private final QuarterHourMeter meter = new QuarterHourMeter(BRUSSELS, HOLD, finished::add);

    private void power(long second, double watts) {
        meter.addPower(new PowerReading(Q.plusSeconds(second), watts));
    }

    private QuarterStatus at(long second) {
        meter.advanceTo(Q.plusSeconds(second));
        return meter.status(Q.plusSeconds(second));
    }

    @ParameterizedTest(name = "{0} {1} lies in the quarter starting {2}")
    @CsvSource({ "Europe/Brussels, 2026-01-15T17:52:13, 17:45", "Europe/Brussels, 2026-07-01T00:00:00, 00:00",
            "Europe/Brussels, 2026-07-01T23:59:59.999, 23:45", "Asia/Kathmandu, 2026-01-15T10:07:00, 10:00",
            "Asia/Kolkata, 2026-01-15T10:29:59, 10:15", "UTC, 2026-01-15T10:44:59, 10:30",
            "America/St_Johns, 2026-01-15T08:14:00, 08:00" })
    void quartersStartAtLocalClockQuarterHours(String zone, String local, String expectedStart) {
        ZoneId id = ZoneId.of(zone);
        Instant instant = LocalDateTime.parse(local).atZone(id).toInstant();
        Instant start = QuarterHourMeter.quarterStart(instant, id);
        assertEquals(LocalTime.parse(expectedStart), start.atZone(id).toLocalTime(),
                "the quarter must start on the local wall clock's :00/:15/:30/:45");
    }

    @Test
    void theRepeatedAutumnHourHasEightQuartersOfFifteenRealMinutes() {
        // 2026-10-25: 03:00 CEST goes back to 02:00 CET; local 02:00-03:00 happens twice (00:00Z-02:00Z)
        Instant first = Instant.parse("2026-10-25T00:00:00Z");
        List<LocalTime> locals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant inside = first.plus(Duration.ofMinutes(15L * i + 7));
            Instant start = QuarterHourMeter.quarterStart(inside, BRUSSELS);
            assertEquals(first.plus(Duration.ofMinutes(15L * i)), start, "quarter " + i + " starts 15 real min later");
            locals.add(start.atZone(BRUSSELS).toLocalTime());
        }
        assertEquals(List.of(LocalTime.of(2, 0), LocalTime.of(2, 15), LocalTime.of(2, 30), LocalTime.of(2, 45),
                LocalTime.of(2, 0), LocalTime.of(2, 15), LocalTime.of(2, 30), LocalTime.of(2, 45)), locals);
    }

    @Test
    void theQuarterAfterTheSkippedSpringHourFollowsFifteenRealMinutesLater() {
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; the quarter after 01:45 CET is 03:00 CEST
        Instant q0145 = ZonedDateTime.of(2026, 3, 29, 1, 45, 0, 0, BRUSSELS).toInstant();
        Instant next = QuarterHourMeter.quarterStart(q0145.plus(Duration.ofMinutes(15)), BRUSSELS);
        assertEquals(LocalTime.of(3, 0), next.atZone(BRUSSELS).toLocalTime());
        assertEquals(q0145.plus(Duration.ofMinutes(15)), next);
    }

    @Test
    void aQuarterSpanningTheAutumnChangeIsIntegratedOverFifteenRealMinutes() {
        QuarterHourMeter dst = new QuarterHourMeter(BRUSSELS, HOLD, finished::add);
        Instant start = Instant.parse("2026-10-25T00:45:00Z"); // 02:45 CEST, last quarter before the change
        for (int s = 0; s <= 900; s += 30) {
            dst.addPower(new PowerReading(start.plusSeconds(s), 4000));
        }
        assertEquals(1, finished.size());
        assertEquals(4000, finished.get(0).averageWatts(), 1e-9, "15 real minutes at 4 kW average 4 kW");
        assertTrue(finished.get(0).complete());
    }

    @Test
    void powerIsIntegratedWithThePreviousValueRule() {
        power(0, 1000);
        power(30, 3000);
        power(50, 2000);
        // 1000 W for 30 s + 3000 W for 20 s + 2000 W for 10 s = 110 kJ
        QuarterStatus status = at(60);
        assertEquals(110_000 / 3600.0, status.energyWh(), 1e-9);
        assertEquals(Duration.ofSeconds(60), status.measured());
        assertEquals(110_000 / 60.0, status.averageWatts(), 1e-9, "average so far over the elapsed time");
    }

    @Test
    void theEnergySoFarIncludesTheHeldSampleUpToNowWithoutAdvancing() {
        power(0, 3600);
        assertEquals(10, meter.status(Q.plusSeconds(10)).energyWh(), 1e-9, "3600 W for 10 s is 10 Wh");
    }

    @Test
    void aSampleHoldsNoLongerThanMaxHold() {
        power(0, 1000);
        power(100, 1000);
        QuarterStatus status = at(100);
        assertEquals(60_000 / 3600.0, status.energyWh(), 1e-9, "only 60 s of the 100 s gap count");
        assertEquals(Duration.ofSeconds(60), status.measured());
        assertEquals(Duration.ofSeconds(40), status.unmeasured());
    }

    @Test
    void aHeldSampleIsSplitAtTheQuarterBoundary() {
        for (int s = 0; s <= 890; s += 10) {
            power(s, 2000);
        }
        power(920, 1000); // 2000 W held from 890 s to 920 s: 10 s in the old quarter, 20 s in the new one
        assertEquals(1, finished.size());
        assertEquals(2000, finished.get(0).averageWatts(), 1e-9);
        QuarterStatus status = at(930);
        assertEquals(Q.plusSeconds(900), status.start());
        assertEquals((2000 * 20 + 1000 * 10) / 3600.0, status.energyWh(), 1e-9);
    }

    @Test
    void aSampleExactlyOnTheBoundaryBelongsToTheNewQuarter() {
        power(890, 1000);
        power(900, 5000);
        QuarterStatus status = at(910);
        assertEquals(Q.plusSeconds(900), status.start());
        assertEquals(5000 * 10 / 3600.0, status.energyWh(), 1e-9);
        assertEquals(1000 * 10 / 3600.0, finished.get(0).energyWh(), 1e-9);
    }

    @Test
    void exportAddsNoImport() {
        power(0, -3000);
        power(30, 1200);
        assertEquals(1200 * 30 / 3600.0, at(60).energyWh(), 1e-9, "the capacity tariff bills import only");
    }

    @Test
    void aQuarterWithAGapReportsALowerBoundAverage() {
        power(0, 4000); // held 0-60 s, then 540 s unmeasured
        power(600, 4000); // held 600-660 s, then 240 s unmeasured
        power(900, 0);
        FinishedQuarter quarter = finished.get(0);
        assertEquals(Duration.ofSeconds(120), quarter.measured());
        assertFalse(quarter.complete());
        assertEquals(4000 * 120 / 900.0, quarter.averageWatts(), 1e-9, "unmeasured time adds nothing");
    }

    @Test
    void finishedQuartersWithoutAnyDataAreNotReported() {
        power(0, 1000);
        power(3600, 1000); // an hour later: only the first quarter had data
        assertEquals(1, finished.size());
        assertEquals(Q, finished.get(0).start());
    }

    @Test
    void aLateSampleIsHeldFromWhatIsAlreadyProcessed() {
        power(0, 1000);
        meter.advanceTo(Q.plusSeconds(20));
        power(10, 3000); // arrives late: 0-20 s already counted at 1000 W
        assertEquals((1000 * 20 + 3000 * 10) / 3600.0, at(30).energyWh(), 1e-9);
    }

    @Test
    void aClockJumpBackStartsOverWithoutReportingTheUnfinishedQuarter() {
        power(600, 1000);
        power(610, 1000);
        power(0, 2000); // 610 s back: more than maxHold, the clock went back
        assertEquals(2000 * 10 / 3600.0, at(10).energyWh(), 1e-9);
        assertTrue(finished.isEmpty(), "the unfinished quarter is forgotten, not reported");
    }

    @Test
    void theCounterEnergyIsTheDifferenceBetweenReadings() {
        meter.addCounter(100.000, Q);
        meter.addCounter(100.010, Q.plusSeconds(10));
        assertTrue(meter.counterMode());
        assertEquals(10, at(10).energyWh(), 1e-9);
        assertEquals(3600, meter.counterWatts(), 1e-6, "10 Wh in 10 s is 3600 W");
    }

    @Test
    void theCounterIsInterpolatedAtTheQuarterBoundary() {
        meter.addCounter(100.000, Q.plusSeconds(880));
        meter.addCounter(100.020, Q.plusSeconds(920)); // 20 Wh over 40 s: half before the boundary
        assertEquals(1, finished.size());
        assertEquals(10, finished.get(0).energyWh(), 1e-9);
        assertEquals(Duration.ofSeconds(20), finished.get(0).measured());
        assertEquals(10, meter.status(Q.plusSeconds(920)).energyWh(), 1e-9);
    }

    @Test
    void aCounterThatGoesDownAddsNothingForThatStretch() {
        meter.addCounter(100.000, Q);
        meter.addCounter(0.005, Q.plusSeconds(10)); // meter exchanged
        meter.addCounter(0.015, Q.plusSeconds(20));
        QuarterStatus status = meter.status(Q.plusSeconds(20));
        assertEquals(10, status.energyWh(), 1e-9);
        assertEquals(Duration.ofSeconds(10), status.measured(), "the stretch with the reset is unmeasured");
    }

    @Test
    void afterTheLastCounterReadingFreshPowerEstimatesTheEnergyUpToNow() {
        meter.addCounter(100.000, Q);
        meter.addCounter(100.010, Q.plusSeconds(10));
        meter.addPower(new PowerReading(Q.plusSeconds(12), 7200));
        // 10 Wh from the counter, then 8 s at 7200 W = 16 Wh
        assertEquals(26, meter.status(Q.plusSeconds(18)).energyWh(), 1e-9);
    }

    @Test
    void withoutPowerTheLastCounterRateEstimatesTheEnergyUpToNow() {
        meter.addCounter(100.000, Q);
        meter.addCounter(100.010, Q.plusSeconds(10));
        assertEquals(15, meter.status(Q.plusSeconds(15)).energyWh(), 1e-9, "3600 W for 5 more s");
    }

    @Test
    void aCounterQuarterClosesWhenItsClosingReadingIsMoreThanMaxHoldLate() {
        meter.addCounter(100.000, Q.plusSeconds(800));
        meter.addCounter(100.100, Q.plusSeconds(890));
        meter.advanceTo(Q.plusSeconds(960));
        assertTrue(finished.isEmpty(), "60 s after the end the closing reading may still come");
        meter.advanceTo(Q.plusSeconds(961));
        assertEquals(1, finished.size());
        assertEquals(100, finished.get(0).energyWh(), 1e-6);
    }

    @Test
    void aSnapshotOfTheRunningQuarterRestoresItsEnergy() {
        for (int s = 0; s < 100; s += 10) {
            power(s, 3600);
        }
        meter.advanceTo(Q.plusSeconds(100));
        QuarterHourMeter.Snapshot snapshot = meter.snapshot();
        assertEquals(Q, snapshot.quarterStart());
        assertEquals(Q.plusSeconds(100), snapshot.processedUntil());
        QuarterHourMeter restored = new QuarterHourMeter(BRUSSELS, HOLD, finished::add);
        assertTrue(restored.restore(snapshot, Q.plusSeconds(160)));
        restored.addPower(new PowerReading(Q.plusSeconds(160), 0));
        QuarterStatus status = restored.status(Q.plusSeconds(170));
        assertEquals(100, status.energyWh(), 1e-9, "100 s at 3600 W saved; restart gap unmeasured");
        assertEquals(Duration.ofSeconds(110), status.measured());
    }

    @Test
    void aSnapshotOfAQuarterThatEndedIsDiscarded() {
        power(0, 3600);
        meter.advanceTo(Q.plusSeconds(100));
        QuarterHourMeter restored = new QuarterHourMeter(BRUSSELS, HOLD, finished::add);
        assertFalse(restored.restore(meter.snapshot(), Q.plusSeconds(900)));
        assertEquals(0, restored.status(Q.plusSeconds(900)).energyWh());
        assertTrue(finished.isEmpty(), "a discarded quarter is not reported as finished");
    }

    @Test
    void aSnapshotWithACounterContinuesFromTheSavedReading() {
        meter.addCounter(100.000, Q);
        meter.addCounter(100.010, Q.plusSeconds(10));
        QuarterHourMeter restored = new QuarterHourMeter(BRUSSELS, HOLD, finished::add);
        assertTrue(restored.restore(meter.snapshot(), Q.plusSeconds(100)));
        restored.addCounter(100.110, Q.plusSeconds(110)); // the restart gap is measured by the counter
        assertEquals(110, restored.status(Q.plusSeconds(110)).energyWh(), 1e-9);
    }
}
