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
import java.time.LocalDate;
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
 * Quarter-hours of a meter whose averaging interval is not the clock's (Loxone Tr): a configured offset, and sync
 * pulses that start a quarter and keep its offset. The meter, the allowance and the month peak follow the shifted
 * quarters, also on daylight-saving days.
 */
@NonNullByDefault
class QuarterOffsetTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Duration HOLD = Duration.ofSeconds(60);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    /** 2026-01-15 10:00 CET. */
    private static final Instant TEN = ZonedDateTime.of(2026, 1, 15, 10, 0, 0, 0, BRUSSELS).toInstant();

    private final List<FinishedQuarter> finished = new ArrayList<>();

    private QuarterHourMeter meter(Duration offset) {
        return new QuarterHourMeter(BRUSSELS, offset, HOLD, finished::add);
    }

    /** Samples of {@code watts} every 10 s from {@code from} (inclusive) to {@code to} (exclusive). */
    private static void samples(QuarterHourMeter meter, Instant from, Instant to, double watts) {
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(10)) {
            meter.addPower(new PowerReading(t, watts));
        }
    }

    private static LocalTime local(Instant instant) {
        return instant.atZone(BRUSSELS).toLocalTime();
    }

    @Test
    void withAnOffsetTheQuartersStartThatLongAfterTheClocksQuarterHours() {
        QuarterHourMeter meter = meter(FIVE_MINUTES);
        samples(meter, TEN, TEN.plus(Duration.ofMinutes(25)), 4000);
        meter.advanceTo(TEN.plus(Duration.ofMinutes(25)));
        assertEquals(List.of(LocalTime.of(9, 50), LocalTime.of(10, 5)),
                finished.stream().map(q -> local(q.start())).toList(), "09:50-10:05 and 10:05-10:20 ended");
        assertEquals(4000.0 * 5 / 60, finished.get(0).energyWh(), 1e-6, "5 min of 4000 W before 10:05");
        assertEquals(1000, finished.get(1).energyWh(), 1e-6, "a whole quarter of 4000 W: 1 kWh");
        QuarterStatus running = meter.status(TEN.plus(Duration.ofMinutes(25)));
        assertEquals(LocalTime.of(10, 20), local(running.start()));
        assertEquals(Duration.ofMinutes(5), running.elapsed());
        assertEquals(Duration.ofMinutes(5), meter.quarterOffset());
    }

    @Test
    void aSampleHeldAcrossTheShiftedBoundaryIsSplitThere() {
        QuarterHourMeter meter = meter(FIVE_MINUTES);
        Instant boundary = TEN.plus(FIVE_MINUTES);
        meter.addPower(new PowerReading(boundary.minusSeconds(20), 0));
        meter.addPower(new PowerReading(boundary.minusSeconds(10), 6000));
        meter.addPower(new PowerReading(boundary.plusSeconds(10), 0));
        assertEquals(1, finished.size());
        assertEquals(6000 * 10 / 3600.0, finished.get(0).energyWh(), 1e-9, "10 s of 6000 W before 10:05");
        QuarterStatus running = meter.status(boundary.plusSeconds(10));
        assertEquals(boundary, running.start());
        assertEquals(6000 * 10 / 3600.0, running.energyWh(), 1e-9, "and 10 s after it");
    }

    @Test
    void theClockQuarterPathIsUnchangedByAnOffsetOfZero() {
        QuarterHourMeter meter = meter(Duration.ZERO);
        samples(meter, TEN, TEN.plus(Duration.ofMinutes(20)), 4000);
        meter.advanceTo(TEN.plus(Duration.ofMinutes(20)));
        assertEquals(List.of(LocalTime.of(10, 0)), finished.stream().map(q -> local(q.start())).toList());
        assertEquals(1000, finished.get(0).energyWh(), 1e-9);
    }

    /**
     * Both daylight-saving days with quarters 7 min 30 s after the clock's: 92 and 100 quarters of 15 real minutes,
     * each starting at :07:30, :22:30, :37:30 or :52:30 local time, and none lost at the change.
     */
    @ParameterizedTest(name = "{0}: {1} quarters")
    @CsvSource({ "2026-03-29, 92", "2026-10-25, 100", "2026-01-15, 96" })
    void onDaylightSavingDaysTheShiftedQuartersAreFifteenRealMinutes(String day, int quarters) {
        Duration offset = Duration.ofSeconds(450);
        QuarterHourMeter meter = meter(offset);
        LocalDate date = LocalDate.parse(day);
        Instant from = date.atStartOfDay(BRUSSELS).toInstant().plus(offset);
        Instant to = date.plusDays(1).atStartOfDay(BRUSSELS).toInstant().plus(offset);
        samples(meter, from, to.plusSeconds(10), 3600);
        assertEquals(quarters, finished.size());
        for (FinishedQuarter quarter : finished) {
            LocalTime start = local(quarter.start());
            assertEquals(450, (start.getMinute() * 60 + start.getSecond()) % 900, "starts at :07:30 + k * 15 min: "
                    + start);
            assertEquals(900, quarter.energyWh(), 1e-6, "a whole quarter of 3600 W: " + quarter);
            assertTrue(quarter.complete());
        }
        for (int i = 1; i < finished.size(); i++) {
            assertEquals(Duration.ofMinutes(15), Duration.between(finished.get(i - 1).start(), finished.get(i).start()),
                    "15 real minutes apart, also across the change");
        }
    }

    @Test
    void aSyncPulseStartsAQuarterEndsTheRunningOneAndKeepsItsOffset() {
        QuarterHourMeter meter = meter(Duration.ZERO);
        Instant pulse = TEN.plus(Duration.ofMinutes(7)).plusSeconds(42);
        samples(meter, TEN, pulse, 4000);
        meter.synchronize(pulse);
        assertEquals(1, finished.size(), "the quarter running at the pulse ends there");
        assertEquals(TEN, finished.get(0).start());
        assertEquals(4000.0 * 462 / 3600, finished.get(0).energyWh(), 1e-6, "7 min 42 s of 4000 W: a lower bound");
        assertEquals(Duration.ofSeconds(462), meter.quarterOffset());

        samples(meter, pulse, pulse.plus(Duration.ofMinutes(31)), 2000);
        assertEquals(List.of(LocalTime.of(10, 0), LocalTime.of(10, 7, 42), LocalTime.of(10, 22, 42)),
                finished.stream().map(q -> local(q.start())).toList(), "quarters from the pulse on");
        assertEquals(500, finished.get(1).energyWh(), 1e-6);
    }

    @Test
    void aPulseSecondsAfterTheQuarterStartedReportsNoQuarterOfSeconds() {
        QuarterHourMeter meter = meter(Duration.ZERO);
        samples(meter, TEN.minus(Duration.ofMinutes(15)), TEN.plusSeconds(3), 4000);
        Instant late = TEN.plusSeconds(2);
        meter.synchronize(late);
        assertEquals(List.of(TEN.minus(Duration.ofMinutes(15))), finished.stream().map(FinishedQuarter::start).toList(),
                "the 2 s since 10:00 are no quarter of their own");
        QuarterStatus running = meter.status(late.plusSeconds(60));
        assertEquals(late, running.start());
        assertEquals(Duration.ofMillis(2000), meter.quarterOffset());
    }

    @Test
    void aSyncPulseWithAnEnergyCounterCutsTheQuarterAtTheInterpolatedCounter() {
        QuarterHourMeter meter = meter(Duration.ZERO);
        meter.addCounter(100, TEN);
        Instant pulse = TEN.plus(Duration.ofMinutes(6));
        meter.synchronize(pulse);
        meter.addCounter(101.2, TEN.plus(Duration.ofMinutes(12)));
        assertEquals(1, finished.size());
        assertEquals(600, finished.get(0).energyWh(), 1e-6, "half the 1.2 kWh of 10:00-10:12 falls before 10:06");
        assertEquals(pulse, meter.status(TEN.plus(Duration.ofMinutes(12))).start());
        assertEquals(600, meter.status(TEN.plus(Duration.ofMinutes(12))).energyWh(), 1e-6);
    }

    @Test
    void theAllowanceIsComputedOnTheShiftedQuarter() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of(SheddableLoadConfig.of("hp", 1, 2000)))
                .withMode(LoadManagerMode.PEAK).withQuarterOffset(FIVE_MINUTES);
        LoadManager manager = new LoadManager(config);
        Instant start = TEN.minus(Duration.ofMinutes(10)); // 09:50, a shifted quarter's start
        for (Instant t = start; !t.isAfter(TEN); t = t.plusSeconds(10)) {
            manager.updateGrid(new PowerReading(t, 3000));
        }
        LoadManagerResult result = manager.step(TEN);
        assertEquals(start, result.quarter().start(), "at 10:00 the quarter of 09:50 still runs");
        assertEquals((5000 * 900 - 3000 * 600) / 300.0, result.allowedWatts(), 1e-6,
                "(4500 kJ - 1800 kJ) / 300 s: the rest of the 09:50 quarter");
        assertEquals(FIVE_MINUTES, result.quarter().remaining(), "the next quarter starts at 10:05");
        manager.updateGrid(new PowerReading(TEN.plus(FIVE_MINUTES), 3000));
        result = manager.step(TEN.plus(FIVE_MINUTES));
        assertEquals(5000, result.allowedWatts(), 1e-6, "a new quarter at 10:05: the limit again");
    }

    @Test
    void theFirstSecondsOfAMonthBelongToTheLastShiftedQuarterOfTheMonthBefore() {
        // no loads: nothing is shed, so the quarters measure exactly what the meter says
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of()).withMode(LoadManagerMode.PEAK)
                .withFollowMonthPeak(true).withQuarterOffset(FIVE_MINUTES);
        LoadManager manager = new LoadManager(config);
        Instant midnight = ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, BRUSSELS).toInstant();
        Instant from = midnight.minus(Duration.ofMinutes(25)); // 23:35 on 31 January: a shifted quarter's start
        for (Instant t = from; t.isBefore(midnight.minus(Duration.ofMinutes(10))); t = t.plusSeconds(10)) {
            manager.updateGrid(new PowerReading(t, 6000));
            manager.step(t);
        }
        for (Instant t = midnight.minus(Duration.ofMinutes(10)); !t.isAfter(midnight.plusSeconds(60)); t = t
                .plusSeconds(10)) {
            manager.updateGrid(new PowerReading(t, 1000));
            manager.step(t);
        }
        LoadManagerResult result = manager.step(midnight.plusSeconds(60));
        assertEquals(midnight.minus(Duration.ofMinutes(10)), result.quarter().start(),
                "00:01 on 1 February is in the quarter of 23:50");
        assertEquals(6000, result.monthPeakWatts(), 1e-6, "January's peak (the 23:35 quarter) still applies");
        assertEquals(6000, result.limitWatts(), 1e-6, "and the limit follows it for January's last quarter");
        for (Instant t = midnight.plusSeconds(70); !t.isAfter(midnight.plus(FIVE_MINUTES)); t = t.plusSeconds(10)) {
            manager.updateGrid(new PowerReading(t, 1000));
            result = manager.step(t);
        }
        assertEquals(0, result.monthPeakWatts(), 1e-6, "from 00:05 on February's quarters: no peak yet");
        assertEquals(5000, result.limitWatts(), 1e-6);
    }

    @Test
    void aRestoreTakesTheSyncedOffsetOfTheSavedQuarterWhenSyncIsExpected() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of(SheddableLoadConfig.of("hp", 1, 2000)))
                .withMode(LoadManagerMode.PEAK);
        LoadManager manager = new LoadManager(config);
        Instant pulse = TEN.plus(Duration.ofMinutes(7));
        manager.updateGrid(new PowerReading(TEN, 2000));
        manager.step(TEN);
        manager.synchronizeQuarter(pulse);
        manager.updateGrid(new PowerReading(pulse, 2000));
        manager.step(pulse.plusSeconds(60));
        LoadManagerSnapshot saved = manager.snapshot();

        Instant restart = pulse.plus(Duration.ofMinutes(3));
        LoadManager synced = new LoadManager(config);
        synced.expectQuarterSync(true);
        synced.restore(saved, restart);
        assertEquals(Duration.ofMinutes(7), synced.quarterOffset(), "the saved quarter of 10:07 still runs");
        QuarterStatus quarter = synced.step(restart).quarter();
        assertEquals(pulse, quarter.start());
        assertEquals(2000 * 60 / 3600.0, quarter.energyWh(), 1e-6, "with its energy");

        LoadManager configured = new LoadManager(config);
        configured.restore(saved, restart);
        assertEquals(Duration.ZERO, configured.quarterOffset(), "without sync the configured clock quarters apply");
        assertEquals(0, configured.step(restart).quarter().energyWh(), "and the saved quarter is not theirs");
    }

    @Test
    void anOffsetOfAQuarterHourOrMoreIsRefused() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of());
        assertThrows(IllegalArgumentException.class, () -> config.withQuarterOffset(Duration.ofSeconds(900)));
        assertThrows(IllegalArgumentException.class, () -> config.withQuarterOffset(Duration.ofSeconds(-1)));
        assertEquals(Duration.ofSeconds(899), config.withQuarterOffset(Duration.ofSeconds(899)).quarterOffset());
    }
}
