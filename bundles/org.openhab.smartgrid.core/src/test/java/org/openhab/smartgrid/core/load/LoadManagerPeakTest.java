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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * PEAK and BOTH modes: the clock quarter-hour budget, the energy counter, the month peak and the wake-ups.
 */
@NonNullByDefault
class LoadManagerPeakTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 2026-01-15 18:00 CET, a quarter start. */
    private static final Instant Q = ZonedDateTime.of(2026, 1, 15, 18, 0, 0, 0, BRUSSELS).toInstant();
    private static final SheddableLoadConfig HEAT_PUMP = SheddableLoadConfig.of("heatPump", 1, 2000);

    private static LoadManagerConfig peak(SheddableLoadConfig... loads) {
        return LoadManagerConfig.of(5000, BRUSSELS, List.of(loads)).withMode(LoadManagerMode.PEAK);
    }

    @Test
    void peakModeLetsABurstRunWhileTheQuarterBudgetLasts() {
        House house = new House(peak(HEAT_PUMP), Q);
        house.base = 0; // 2000 W for 10 min: 1200 kJ of the 4500 kJ budget used
        house.sample();
        house.run(Duration.ofMinutes(10));
        house.base = 4000; // 6000 W: allowed (4500 - 1200 kJ) / 300 s = 11000 W
        LoadManagerResult result = house.runSeconds(10);
        assertFalse(house.shed("heatPump"), "6000 W above maxPower, but the quarter average stays under 5000 W");
        assertEquals(Reason.WITHIN_LIMIT, result.reason());
        assertTrue(result.allowedWatts() > 6000, "allowed " + result.allowedWatts());
    }

    @Test
    void peakModeShedsWhenTheQuarterAverageWouldExceedMaxPower() {
        House house = new House(peak(HEAT_PUMP), Q);
        house.base = 3500; // 5500 W from the start: allowed 5000 W for the rest of the quarter
        LoadManagerResult result = house.sample();
        assertEquals(Reason.SHED_PEAK, result.reason());
        assertTrue(house.shed("heatPump"));
        assertEquals(Reason.SHED_PEAK, house.command("heatPump").reason());
        assertEquals(5000, result.allowedWatts(), 1e-9);
    }

    @Test
    void theQuarterBudgetStartsAfreshAtEachClockQuarter() {
        House house = new House(peak(HEAT_PUMP), Q.minusSeconds(900));
        house.base = 0; // a quiet quarter at 2000 W
        house.sample();
        house.run(Duration.ofSeconds(840));
        house.base = 4500; // 6500 W in its last minute: allowed
        house.runSeconds(10);
        assertFalse(house.shed("heatPump"), "the last minute of a quiet quarter allows far more than 6500 W");
        house.run(Duration.ofSeconds(50));
        assertEquals(Q, house.last.quarter().start());
        assertTrue(house.shed("heatPump"), "the new quarter allows 5000 W again");
        assertEquals(Reason.SHED_PEAK, house.command("heatPump").reason());
    }

    @Test
    void theRepeatedAutumnHourStartsAFreshBudgetEveryFifteenRealMinutes() {
        Instant q0245 = Instant.parse("2026-10-25T00:45:00Z"); // 02:45 CEST; 03:00 CEST becomes 02:00 CET
        House house = new House(peak(HEAT_PUMP), q0245);
        house.base = 0;
        house.sample();
        house.run(Duration.ofSeconds(840));
        house.base = 4500; // 6500 W in the last minute of a quiet quarter: allowed
        house.runSeconds(10);
        assertFalse(house.shed("heatPump"));
        house.run(Duration.ofSeconds(50));
        Instant start = house.last.quarter().start();
        assertEquals(q0245.plus(Duration.ofMinutes(15)), start, "15 real minutes later");
        assertEquals(LocalTime.of(2, 0), start.atZone(BRUSSELS).toLocalTime(), "the second 02:00 of the night");
        assertTrue(house.shed("heatPump"), "the new quarter allows 5000 W again");
    }

    @Test
    void unmeasuredTimeNeitherEarnsNorSpendsBudget() {
        House house = new House(peak(HEAT_PUMP), Q.plusSeconds(600)); // no data for the first 10 minutes
        house.base = 3500; // 5500 W
        LoadManagerResult result = house.sample();
        assertEquals(5000, result.allowedWatts(), 1e-9, "the gap counts as spent at the limit");
        assertTrue(house.shed("heatPump"));
    }

    @Test
    void peakModeWithAnEnergyCounterTakesTheEnergyFromTheCounter() {
        LoadManager manager = new LoadManager(peak(HEAT_PUMP));
        // power samples say 3000 W, but the counter shows 8000 W average over the first 450 s (1000 Wh)
        manager.updateEnergyCounter(500.000, Q);
        manager.updateGrid(new PowerReading(Q.plusSeconds(440), 3000));
        manager.updateEnergyCounter(501.000, Q.plusSeconds(450));
        manager.updateGrid(new PowerReading(Q.plusSeconds(450), 3000));
        LoadManagerResult result = manager.step(Q.plusSeconds(450));
        // allowed = (1250 Wh - 1000 Wh) * 3600 / 450 s = 2000 W < 3000 W
        assertEquals(2000, result.allowedWatts(), 1e-6);
        assertEquals(1000, result.quarter().energyWh(), 1e-9);
        LoadCommand heatPump = result.command("heatPump");
        assertNotNull(heatPump);
        assertTrue(heatPump.on(), "the counter's energy leaves only 2000 W for the rest of the quarter");
    }

    @Test
    void peakModeWorksOnACounterAlone() {
        LoadManager manager = new LoadManager(peak(HEAT_PUMP));
        manager.updateEnergyCounter(500.000, Q);
        manager.updateEnergyCounter(500.015, Q.plusSeconds(10)); // 5400 W
        LoadManagerResult result = manager.step(Q.plusSeconds(10));
        assertEquals(5400, result.gridWatts(), 1e-6, "the counter rate stands in for the power");
        assertEquals(Reason.SHED_PEAK, result.reason());
    }

    @Test
    void bothModeShedsOnOverloadEvenWithQuarterBudgetLeft() {
        LoadManagerConfig both = peak(HEAT_PUMP).withMode(LoadManagerMode.BOTH).withOverloadPower(7000);
        House house = new House(both, Q);
        house.base = 0;
        house.sample();
        house.run(Duration.ofMinutes(10));
        house.base = 4500; // 6500 W: under the 7000 W fuse, within the quarter budget
        house.runSeconds(10);
        assertFalse(house.shed("heatPump"));
        house.base = 5100; // 7100 W: over the fuse
        LoadManagerResult result = house.runSeconds(10);
        assertTrue(house.shed("heatPump"));
        assertEquals(Reason.SHED_OVERLOAD, result.reason());
        assertEquals(Reason.SHED_OVERLOAD, house.command("heatPump").reason());
    }

    @Test
    void aRestoreNeverUsesAnEndOfQuarterWindfall() {
        House house = new House(peak(HEAT_PUMP), Q);
        house.base = 4000;
        house.sample();
        assertTrue(house.shed("heatPump"));
        house.base = 3500; // 3500 W for the rest of the quarter: budget left over
        house.run(Duration.ofSeconds(880));
        LoadManagerResult late = house.last;
        assertTrue(late.allowedWatts() > 20_000, "the quarter allowance is huge near its end: " + late.allowedWatts());
        assertTrue(house.shed("heatPump"), "3500 + 2000 + 200 W > 5000 W: the restore would bind for 10 min");
        assertEquals(Reason.SHED_PEAK, house.command("heatPump").reason());
    }

    @Test
    void aMonthPeakBelowMaxPowerLeavesTheLimitAtMaxPower() {
        LoadManagerConfig config = peak(HEAT_PUMP).withFollowMonthPeak(true);
        House house = new House(config, Q);
        house.base = 4000; // 6000 W, the heat pump is shed: the quarter averages 4000 W
        house.sample();
        house.run(Duration.ofMinutes(15));
        assertEquals(4000, house.last.monthPeakWatts(), 1e-6, "the finished quarter set this month's peak");
        assertEquals(5000, house.last.limitWatts(), 1e-9, "maxPower 5000 W is above the 4000 W month peak");
    }

    @Test
    void theLastQuarterIsTheOneThatEndedLastAsMeasured() {
        House house = new House(peak(HEAT_PUMP), Q);
        assertNull(house.manager.lastQuarter(), "no quarter has ended yet");
        house.base = 4000; // 6000 W, the heat pump is shed: the quarter averages 4000 W
        house.sample();
        house.run(Duration.ofMinutes(15));
        FinishedQuarter last = house.manager.lastQuarter();
        assertNotNull(last);
        assertEquals(Q, last.start());
        assertEquals(4000, last.averageWatts(), 1e-6, "what the capacity tariff bills for it");
        house.base = 1000;
        house.run(Duration.ofMinutes(15));
        assertEquals(Q.plus(Duration.ofMinutes(15)), house.manager.lastQuarter().start(), "the next one replaces it");
    }

    @Test
    void aMonthPeakAboveMaxPowerIsNotShavedFurther() {
        LoadManagerConfig config = LoadManagerConfig.of(3000, BRUSSELS, List.of(HEAT_PUMP))
                .withMode(LoadManagerMode.PEAK).withFollowMonthPeak(true);
        House house = new House(config, Q);
        house.base = 4500; // 6500 W, heat pump shed: 4500 W average, the month peak
        house.sample();
        house.run(Duration.ofMinutes(15));
        assertEquals(4500, house.last.monthPeakWatts(), 1e-6);
        assertEquals(4500, house.last.limitWatts(), 1e-6, "the limit follows the month peak");
        house.base = 2000;
        house.run(Duration.ofMinutes(1));
        assertFalse(house.shed("heatPump"), "2000 + 2000 + 200 W fit under the 4500 W month peak");
        LoadManagerResult withoutFollowing = new House(config.withFollowMonthPeak(false), Q).sample();
        assertEquals(3000, withoutFollowing.limitWatts(), 1e-9);
    }

    @Test
    void theNextQuarterBoundaryIsAWakeUp() {
        LoadManager manager = new LoadManager(peak(HEAT_PUMP));
        manager.updateGrid(new PowerReading(Q.minusSeconds(10), 1000));
        LoadManagerResult result = manager.step(Q.minusSeconds(10));
        assertEquals(Q, result.nextWakeUp(), "the budget resets at the boundary, before the data turns stale");
    }

    @Test
    void theNextWakeUpIsTheEarliestNextChange() {
        House house = new House(peak(HEAT_PUMP), Q);
        house.base = 4000;
        LoadManagerResult result = house.sample();
        Instant earliest = result.quarter().end();
        for (LoadCommand command : result.commands()) {
            assertNotNull(command.reason(), command.load());
            Instant next = command.nextChange();
            if (next != null && next.isBefore(earliest)) {
                earliest = next;
            }
        }
        Instant staleAt = house.now.plusSeconds(60).plusMillis(1);
        if (staleAt.isBefore(earliest)) {
            earliest = staleAt;
        }
        assertEquals(earliest, result.nextWakeUp());
        assertTrue(result.nextWakeUp().isAfter(house.now));
    }
}
