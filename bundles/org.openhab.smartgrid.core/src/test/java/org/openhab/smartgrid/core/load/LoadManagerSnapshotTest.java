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
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * What survives a restart: the month peak with its month, the running quarter's energy, each load's lock history.
 */
@NonNullByDefault
class LoadManagerSnapshotTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant Q = ZonedDateTime.of(2026, 1, 15, 18, 0, 0, 0, BRUSSELS).toInstant();
    private static final LoadManagerConfig CONFIG = LoadManagerConfig
            .of(5000, BRUSSELS, List.of(SheddableLoadConfig.of("heatPump", 1, 2000)))
            .withMode(LoadManagerMode.PEAK);

    /** A house at 4000 W from 18:00, at 5500 W from 18:15:10 (heat pump shed then), until 18:20; peak 4000 W. */
    private static House ranUntilTwentyPast() {
        House house = new House(CONFIG, Q);
        house.base = 2000; // 4000 W: within the limit
        house.sample();
        house.run(Duration.ofMinutes(15));
        house.base = 3500; // 5500 W from 18:15
        house.run(Duration.ofMinutes(5));
        return house;
    }

    @Test
    void aRestoredManagerKeepsTheShedItsHoldTheMonthPeakAndTheQuarter() {
        House before = ranUntilTwentyPast();
        assertTrue(before.shed("heatPump"));
        LoadManagerSnapshot saved = before.manager.snapshot();
        double energy = before.last.quarter().energyWh();

        Instant restart = before.now.plusSeconds(60);
        LoadManager after = new LoadManager(CONFIG);
        assertTrue(after.restore(saved, restart), "every part is current and consistent");
        LoadManagerResult staleAfterRestart = after.step(restart);
        assertTrue(staleAfterRestart.stale(), "no meter value survives a restart");
        assertTrue(staleAfterRestart.command("heatPump").on(), "the shed is kept");
        assertEquals(4000, staleAfterRestart.monthPeakWatts(), 1e-6);
        assertEquals(energy, staleAfterRestart.quarter().energyWh(), 1e-9, "the 18:15 quarter's energy so far");

        after.updateGrid(new PowerReading(restart, 0));
        LoadManagerResult fresh = after.step(restart);
        LoadCommand heatPump = fresh.command("heatPump");
        assertNotNull(heatPump);
        assertTrue(heatPump.on(), "shed at 18:15:10: held until 18:25:10 although there is room");
        assertEquals(Reason.LOCK_HOLD, heatPump.reason());
        assertEquals(Q.plus(Duration.ofMinutes(25)).plusSeconds(10), heatPump.nextChange());
    }

    @Test
    void aQuarterThatEndedBeforeTheRestartIsDiscarded() {
        House before = ranUntilTwentyPast();
        LoadManager after = new LoadManager(CONFIG);
        Instant nextQuarter = Q.plus(Duration.ofMinutes(30));
        assertFalse(after.restore(before.manager.snapshot(), nextQuarter));
        assertEquals(0, after.step(nextQuarter).quarter().energyWh());
        assertEquals(4000, after.step(nextQuarter).monthPeakWatts(), 1e-6, "the month peak is kept");
    }

    @Test
    void aLoadWithoutSavedHistoryIsTakenAsJustReleased() {
        LoadManager manager = new LoadManager(CONFIG);
        Instant restart = Q.plusSeconds(30);
        assertFalse(manager.restore(new LoadManagerSnapshot(new MonthPeak.Snapshot(null, 0, null), QuarterHourMeter.Snapshot.NONE, List.of()), restart));
        manager.updateGrid(new PowerReading(restart, 6000));
        LoadCommand heatPump = manager.step(restart).command("heatPump");
        assertNotNull(heatPump);
        assertFalse(heatPump.on(), "unknown history: the most restrictive assumption forbids a shed for 10 min");
        assertEquals(Reason.LOCK_REARM, heatPump.reason());
        assertEquals(restart.plus(Duration.ofMinutes(10)), heatPump.nextChange());
    }
}
