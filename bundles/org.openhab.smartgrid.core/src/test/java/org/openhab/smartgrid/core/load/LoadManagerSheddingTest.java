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
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * Shedding and restoring in OVERLOAD mode: priorities, restore hysteresis and the lock timing guards.
 */
@NonNullByDefault
class LoadManagerSheddingTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 2026-01-15 18:00:00 CET. */
    private static final Instant T0 = Instant.parse("2026-01-15T17:00:00Z");
    private static final SheddableLoadConfig HEAT_PUMP = SheddableLoadConfig.of("heatPump", 1, 2000);
    private static final SheddableLoadConfig BOILER = SheddableLoadConfig.of("boiler", 5, 2400);
    private static final SheddableLoadConfig EV = SheddableLoadConfig.of("ev", 9, 3700);

    private static House house(SheddableLoadConfig... loads) {
        return new House(LoadManagerConfig.of(5000, BRUSSELS, List.of(loads)), T0);
    }

    @Test
    void overloadShedsTheLowestPriorityFirstAndOnlyAsMuchAsNeeded() {
        House house = house(HEAT_PUMP, BOILER, EV);
        house.base = 500; // 500 + 2000 + 2400 + 3700 = 8600 W: 3600 W too much
        LoadManagerResult result = house.sample();
        assertEquals(Reason.SHED_OVERLOAD, result.reason());
        assertTrue(house.shed("ev"), "priority 9 goes first and its 3700 W cover the 3600 W excess");
        assertFalse(house.shed("boiler"), "priority 5 is not needed");
        assertFalse(house.shed("heatPump"), "priority 1 is not needed");
        assertEquals(4900, result.importWatts(), 1e-9, "8600 W minus the ev's 3700 W");
        assertEquals(0, result.uncoveredWatts());

        house.base = 1500; // 1500 + 2000 + 2400 = 5900 W
        house.runSeconds(10);
        assertTrue(house.shed("boiler"), "the next lowest priority goes next");
        assertFalse(house.shed("heatPump"));
        assertEquals(Reason.SHED_OVERLOAD, house.command("boiler").reason());
    }

    @Test
    void loadsOfEqualPriorityAreShedLaterConfiguredFirst() {
        House house = house(SheddableLoadConfig.of("first", 4, 1000), SheddableLoadConfig.of("second", 4, 1000));
        house.base = 3500;
        house.sample();
        assertTrue(house.shed("second"));
        assertFalse(house.shed("first"));
    }

    @Test
    void restoresTheHighestPriorityFirst() {
        House house = house(HEAT_PUMP, BOILER, EV);
        house.base = 1500; // 9600 W: ev and boiler go (6100 W freed)
        house.sample();
        assertTrue(house.shed("ev") && house.shed("boiler"), "both needed for the 4600 W excess");
        house.base = 0; // import 2000 W: headroom 3000 W
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("boiler"), "boiler (priority 5) fits: 2400 + 200 <= 3000");
        assertTrue(house.shed("ev"), "ev (priority 9) waits: 600 W left < 3700 + 200");
        assertEquals(Reason.RESTORED, house.command("boiler").reason());
        assertEquals(Reason.RESTORED, house.last.reason());
        assertEquals(Reason.SHED_OVERLOAD, house.command("ev").reason(), "a waiting load keeps its shed reason");
        assertTrue(house.command("ev").detail().startsWith("headroom 600 W < power 3700 W"),
                house.command("ev").detail());
    }

    @Test
    void twoLoadsAreNeverRestoredOnTheSameWatts() {
        House house = house(SheddableLoadConfig.of("a", 2, 2000), SheddableLoadConfig.of("b", 3, 2000));
        house.base = 4000; // 8000 W: b, then a
        house.sample();
        assertTrue(house.shed("a") && house.shed("b"));
        house.base = 900; // headroom 4100 W: each alone would fit (2200 W), both together would not (4400 W)
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("a"), "a (priority 2) comes back first");
        assertTrue(house.shed("b"), "after a's 2000 W only 2100 W are left, less than b's 2200 W");
        house.stepOnly();
        assertTrue(house.shed("b"), "before the meter shows a, a's power still counts as taken");
        house.runSeconds(30);
        assertTrue(house.shed("b"), "the meter now shows a: 5000 - 2900 = 2100 W < 2200 W");
    }

    /**
     * Headroom 5000 W − base; the 2000 W load with 200 W hysteresis comes back at a headroom of 2200 W, not at
     * 2199 W.
     */
    @ParameterizedTest(name = "base {0} W: headroom {1} W, restored {2}")
    @CsvSource({ "2801, 2199, false", "2800, 2200, true", "0, 5000, true", "3000, 2000, false" })
    void aRestoreNeedsHeadroomOfPowerPlusHysteresis(double base, double headroom, boolean restored) {
        House house = house(HEAT_PUMP);
        house.base = 4000;
        house.sample();
        assertTrue(house.shed("heatPump"));
        house.base = base;
        house.run(Duration.ofMinutes(10));
        assertEquals(5000 - base, headroom, 1e-9);
        assertEquals(!restored, house.shed("heatPump"),
                "headroom " + headroom + " W against 2000 W + 200 W hysteresis");
    }

    @Test
    void aShedHoldsAtLeastMinShedTime() {
        House house = house(HEAT_PUMP);
        house.base = 4000;
        house.sample();
        Instant shedAt = house.now;
        assertEquals(shedAt.plus(Duration.ofMinutes(10)), house.command("heatPump").nextChange(),
                "the earliest restore is reported with the shed");
        house.base = 0;
        house.run(Duration.ofSeconds(599), Duration.ofSeconds(1));
        LoadCommand held = house.command("heatPump");
        assertTrue(held.on(), "599 s after the shed the load must still be shed");
        assertEquals(Reason.LOCK_HOLD, held.reason());
        assertEquals(shedAt.plusSeconds(600), held.nextChange());
        house.run(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertFalse(house.shed("heatPump"), "600 s after the shed it comes back");
        assertEquals(Reason.RESTORED, house.command("heatPump").reason());
    }

    @Test
    void aLoadInsideItsRearmWindowIsPassedOverAndTheNextOneIsShed() {
        House house = house(SheddableLoadConfig.of("towelRail", 12, 1000), SheddableLoadConfig.of("boiler", 11, 1000));
        house.base = 3500; // 5500 W
        house.sample();
        assertTrue(house.shed("towelRail"));
        house.base = 0;
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("towelRail"), "restored after its hold");
        Instant restoredAt = house.now;
        house.base = 3500;
        house.runSeconds(10);
        assertFalse(house.shed("towelRail"), "restored 10 s ago: may not be shed again within 10 min");
        assertTrue(house.shed("boiler"), "so the next load is shed instead");
        LoadCommand passedOver = house.command("towelRail");
        assertEquals(Reason.LOCK_REARM, passedOver.reason());
        assertEquals(restoredAt.plus(Duration.ofMinutes(10)), passedOver.nextChange());
    }

    @Test
    void anExcessNoLoadMayCoverIsReportedWithTheInstantTheShedBecomesPossible() {
        House house = house(HEAT_PUMP);
        house.base = 4000;
        house.sample();
        house.base = 0;
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("heatPump"));
        Instant restoredAt = house.now;
        house.base = 3500; // 5500 W, and the only load is re-arming
        LoadManagerResult result = house.runSeconds(10);
        assertEquals(Reason.SHED_OVERLOAD, result.reason());
        assertEquals(500, result.uncoveredWatts(), 1e-9, "the excess stays uncovered (Loxone MaxPe)");
        assertEquals(restoredAt.plus(Duration.ofMinutes(10)), house.command("heatPump").nextChange());
        assertTrue(result.nextWakeUp().compareTo(restoredAt.plus(Duration.ofMinutes(10))) <= 0);
        house.run(Duration.ofSeconds(590));
        assertTrue(house.shed("heatPump"), "shed as soon as the re-arm window ends");
    }

    @Test
    void theMeterSignConventionIsApplied() {
        LoadManagerConfig config = LoadManagerConfig.of(5000, BRUSSELS, List.of(HEAT_PUMP))
                .withSignConvention(SignConvention.EXPORT_POSITIVE);
        LoadManager manager = new LoadManager(config);
        manager.updateGridMeter(-6000, T0); // the meter counts export positive: -6000 W is 6000 W import
        assertEquals(Reason.SHED_OVERLOAD, manager.step(T0).reason());
    }

    @Test
    void exportCountsAsHeadroom() {
        House house = house(HEAT_PUMP);
        house.base = 4000;
        house.sample();
        house.base = -3000; // PV exports 3 kW
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("heatPump"), "5000 W - (-3000 W) leaves ample room");
    }

    @Test
    void aLoadWithoutLockTimesComesBackAsSoonAsThereIsRoom() {
        House house = house(HEAT_PUMP.withMinShedTime(Duration.ZERO).withMinReleaseTime(Duration.ZERO));
        house.base = 4000;
        house.sample();
        assertTrue(house.shed("heatPump"));
        assertNull(house.command("heatPump").nextChange(), "without a hold the restore waits only for room");
        house.base = 0;
        house.runSeconds(10);
        assertFalse(house.shed("heatPump"));
    }
}
