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
import org.openhab.smartgrid.core.Reason;

/**
 * Loxone's Off input ({@link LoadManager#setOff}): nothing is shed, every shed is given back as its hold allows, and
 * the lock times still hold when the manager is turned on again.
 */
@NonNullByDefault
class LoadManagerOffTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 2026-01-15 18:00:00 CET. */
    private static final Instant T0 = Instant.parse("2026-01-15T17:00:00Z");
    private static final SheddableLoadConfig HEAT_PUMP = SheddableLoadConfig.of("heatPump", 1, 2000);
    private static final SheddableLoadConfig BOILER = SheddableLoadConfig.of("boiler", 5, 2400);

    private static House house() {
        return new House(LoadManagerConfig.of(5000, BRUSSELS, List.of(HEAT_PUMP, BOILER)), T0);
    }

    @Test
    void anOffManagerShedsNothingAndSaysWhy() {
        House house = house();
        house.manager.setOff(true);
        house.base = 3000; // 7400 W against 5000 W
        LoadManagerResult result = house.sample();
        assertEquals(Reason.LOCKED, result.reason());
        assertFalse(house.shed("heatPump") || house.shed("boiler"), "off: 2400 W too much, nothing shed");
        assertEquals(Reason.LOCKED, house.command("boiler").reason());
        assertEquals("load manager off: nothing is shed", house.command("boiler").detail());
        assertNull(house.command("boiler").nextChange());
        assertEquals(0, result.uncoveredWatts(), "an off manager reports no uncovered excess");
        assertEquals(7400, result.importWatts(), 1e-9, "the figures are still shown");
    }

    @Test
    void turningOffGivesBackEveryShedOnceItsHoldIsOverWithoutNeedingHeadroom() {
        House house = house();
        house.base = 5000; // 9400 W: both shed
        house.sample();
        assertTrue(house.shed("heatPump") && house.shed("boiler"));
        house.run(Duration.ofMinutes(4));
        house.manager.setOff(true);
        house.sample();
        assertTrue(house.shed("heatPump") && house.shed("boiler"), "inside minShedTime: the holds apply");
        assertEquals(Reason.LOCK_HOLD, house.command("boiler").reason());
        assertEquals(T0.plus(Duration.ofMinutes(10)), house.command("boiler").nextChange());
        assertFalse(house.last.nextWakeUp().isAfter(T0.plus(Duration.ofMinutes(10))), "wakes up by the holds' end");

        house.now = T0.plus(Duration.ofMinutes(10));
        house.sample();
        assertFalse(house.shed("heatPump") || house.shed("boiler"), "given back at the end of the hold, although "
                + "5000 W + 4400 W is far above the limit");
        assertEquals(Reason.RESTORED, house.command("heatPump").reason());
        assertEquals("load manager off: given back without needing headroom", house.command("heatPump").detail());
        assertEquals(T0.plus(Duration.ofMinutes(20)), house.command("heatPump").nextChange(), "re-arm window");
        assertEquals(Reason.LOCKED, house.last.reason());
    }

    @Test
    void onAgainTheReArmWindowStillHolds() {
        House house = house();
        house.base = 5000;
        house.sample();
        house.manager.setOff(true);
        house.run(Duration.ofMinutes(10));
        assertFalse(house.shed("boiler"), "given back at 18:10");
        house.runSeconds(60);
        house.manager.setOff(false);
        house.sample();
        assertFalse(house.shed("boiler"), "on again at 18:11: the boiler is inside its re-arm window");
        assertEquals(Reason.LOCK_REARM, house.command("boiler").reason());
        assertTrue(house.last.uncoveredWatts() > 0, "the excess nothing covers is reported");
        house.now = T0.plus(Duration.ofMinutes(20));
        house.sample();
        assertTrue(house.shed("boiler"), "at 18:20 the re-arm window is over");
        assertEquals(Reason.SHED_OVERLOAD, house.command("boiler").reason());
    }

    @Test
    void offWithoutMeterDataGivesBackAtOnceInsteadOfWaitingForStaleRestoreAfter() {
        House house = house();
        house.base = 5000;
        house.sample();
        assertTrue(house.shed("boiler"));
        house.now = T0.plus(Duration.ofMinutes(11)); // no reading since 18:00: stale
        house.manager.setOff(true);
        LoadManagerResult result = house.stepOnly();
        assertFalse(house.shed("boiler") || house.shed("heatPump"), "off: given back although the meter is silent");
        assertEquals(Reason.LOCKED, result.reason());
        assertTrue(Double.isNaN(result.importWatts()));
        assertEquals(Reason.RESTORED, house.command("boiler").reason());
    }

    @Test
    void theOffStateIsNotPartOfTheSnapshotButARestoredHoldAppliesWhileOff() {
        House house = house();
        house.base = 5000;
        house.sample();
        LoadManagerSnapshot saved = house.manager.snapshot();
        LoadManager restarted = new LoadManager(house.manager.config());
        Instant restart = T0.plus(Duration.ofMinutes(3));
        restarted.restore(saved, restart);
        assertFalse(restarted.isOff(), "a new manager is on; the caller sets it off again");
        restarted.setOff(true);
        LoadManagerResult result = restarted.step(restart);
        assertTrue(MeterSteps.command(result, "boiler").on(), "the restored hold runs until 18:10");
        assertEquals(Reason.LOCK_HOLD, MeterSteps.command(result, "boiler").reason());
        result = restarted.step(T0.plus(Duration.ofMinutes(10)));
        assertFalse(MeterSteps.command(result, "boiler").on(), "given back when the restored hold ends");
    }
}
