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
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * Missing, UNDEF or stale meter data: current sheds are kept, nothing is restored (or newly shed) until the data is
 * fresh, and every load reports STALE_METER.
 */
@NonNullByDefault
class LoadManagerStaleMeterTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant T0 = Instant.parse("2026-01-15T17:00:00Z");
    private static final List<SheddableLoadConfig> LOADS = List.of(SheddableLoadConfig.of("heatPump", 1, 2000),
            SheddableLoadConfig.of("ev", 9, 3700));

    private final LoadManager manager = new LoadManager(LoadManagerConfig.of(5000, BRUSSELS, LOADS));

    private LoadManagerResult sampleAndStep(long second, double gridWatts) {
        Instant at = T0.plusSeconds(second);
        manager.updateGrid(new PowerReading(at, gridWatts));
        return manager.step(at);
    }

    private static void assertAllStale(LoadManagerResult result) {
        assertEquals(Reason.STALE_METER, result.reason());
        assertTrue(result.stale());
        for (LoadCommand command : result.commands()) {
            assertEquals(Reason.STALE_METER, command.reason(), command.load() + " must report the stale meter");
        }
        assertTrue(Double.isNaN(result.importWatts()), "no import is known");
    }

    @Test
    void aMeterThatNeverReportedShedsNothing() {
        LoadManagerResult result = manager.step(T0);
        assertAllStale(result);
        assertFalse(result.command("ev").on());
        assertFalse(result.command("heatPump").on());
    }

    @Test
    void aStaleMeterKeepsShedsAndRestoresNothing() {
        assertTrue(sampleAndStep(0, 7000).command("ev").on());
        LoadManagerResult stale = manager.step(T0.plus(Duration.ofMinutes(20)));
        assertAllStale(stale);
        assertTrue(stale.command("ev").on(), "the shed is kept while the meter is silent");
        assertNull(stale.command("ev").nextChange(), "only fresh data can change it");
        assertFalse(sampleAndStep(1201, 0).command("ev").on(), "fresh data with room: restored");
    }

    @Test
    void dataOlderThanStaleAfterIsStaleAndTheDeadlineIsAWakeUp() {
        LoadManagerResult fresh = sampleAndStep(0, 1000);
        assertEquals(T0.plusSeconds(60).plusMillis(1), fresh.nextWakeUp(), "the first stale instant");
        assertEquals(Reason.WITHIN_LIMIT, manager.step(T0.plusSeconds(60)).reason(), "60 s old is still fresh");
        assertAllStale(manager.step(T0.plusSeconds(60).plusMillis(1)));
    }

    @Test
    void anUndefinedMeterIsStaleAtOnce() {
        sampleAndStep(0, 7000);
        manager.gridUndefined(T0.plusSeconds(5));
        LoadManagerResult result = manager.step(T0.plusSeconds(5));
        assertAllStale(result);
        assertTrue(result.command("ev").on());
    }

    @Test
    void aStaleMeterShedsNothingNew() {
        sampleAndStep(0, 1000);
        LoadManagerResult result = manager.step(T0.plusSeconds(120));
        assertAllStale(result);
        assertFalse(result.command("ev").on(), "without data there is no reason to shed");
    }

    @Test
    void inPeakModeAStaleEnergyCounterIsStaleEvenWithFreshPower() {
        LoadManager peak = new LoadManager(
                LoadManagerConfig.of(5000, BRUSSELS, LOADS).withMode(LoadManagerMode.PEAK));
        peak.updateEnergyCounter(1000.0, T0);
        peak.updateGrid(new PowerReading(T0.plusSeconds(90), 1000));
        assertAllStale(peak.step(T0.plusSeconds(90)));
        peak.updateEnergyCounter(1000.025, T0.plusSeconds(90));
        assertEquals(Reason.WITHIN_LIMIT, peak.step(T0.plusSeconds(90)).reason());
    }

    @Test
    void anUndefinedEnergyCounterIsStaleInPeakMode() {
        LoadManager peak = new LoadManager(
                LoadManagerConfig.of(5000, BRUSSELS, LOADS).withMode(LoadManagerMode.PEAK));
        peak.updateEnergyCounter(1000.0, T0);
        peak.updateEnergyCounter(1000.01, T0.plusSeconds(10));
        assertEquals(Reason.WITHIN_LIMIT, peak.step(T0.plusSeconds(10)).reason());
        peak.energyCounterUndefined();
        assertAllStale(peak.step(T0.plusSeconds(11)));
    }

    @Test
    void aMeterStaleForStaleRestoreAfterRestoresTheShedLoads() {
        assertTrue(sampleAndStep(0, 7000).command("ev").on());
        Instant staleFrom = T0.plusSeconds(61);
        LoadManagerResult first = manager.step(staleFrom);
        assertAllStale(first);
        assertEquals(T0.plus(Duration.ofMinutes(15)), first.nextWakeUp(), "first the quarter's end");
        assertEquals(staleFrom.plus(Duration.ofMinutes(15)), manager.step(first.nextWakeUp()).nextWakeUp(),
                "then the end of the stale bound");
        assertTrue(manager.step(staleFrom.plus(Duration.ofMinutes(15)).minusMillis(1)).command("ev").on(),
                "kept for 15 min of stale data");
        LoadManagerResult bound = manager.step(staleFrom.plus(Duration.ofMinutes(15)));
        assertEquals(Reason.STALE_METER, bound.reason(), "the manager still has no data");
        LoadCommand ev = bound.command("ev");
        assertFalse(ev.on(), "restored after 15 min without data");
        assertEquals(Reason.RESTORED, ev.reason());
        assertTrue(ev.detail().contains("staleRestoreAfter"), ev.detail());
        assertAllStale(manager.step(staleFrom.plus(Duration.ofMinutes(16))));
    }

    @Test
    void aLoadStillInItsHoldWhenTheBoundEndsIsRestoredWhenTheHoldEnds() {
        LoadManager quick = new LoadManager(
                LoadManagerConfig.of(5000, BRUSSELS, LOADS).withStaleRestoreAfter(Duration.ofMinutes(1)));
        quick.updateGrid(new PowerReading(T0, 7000));
        assertTrue(quick.step(T0).command("ev").on());
        quick.gridUndefined(T0.plusSeconds(5));
        quick.step(T0.plusSeconds(5));
        LoadManagerResult held = quick.step(T0.plusSeconds(65));
        assertTrue(held.command("ev").on(), "the 10 min hold is not cut short");
        assertEquals(Reason.LOCK_HOLD, held.command("ev").reason());
        assertEquals(T0.plus(Duration.ofMinutes(10)), held.nextWakeUp(), "the end of the hold");
        LoadManagerResult restored = quick.step(T0.plus(Duration.ofMinutes(10)));
        assertFalse(restored.command("ev").on());
        assertEquals(Reason.RESTORED, restored.command("ev").reason());
    }

    @Test
    void freshDataStartsTheStaleCountAgain() {
        assertTrue(sampleAndStep(0, 7000).command("ev").on());
        manager.step(T0.plusSeconds(61));
        assertTrue(sampleAndStep(600, 7000).command("ev").on(), "fresh data that still needs the shed");
        Instant staleAgain = T0.plusSeconds(661);
        manager.step(staleAgain);
        assertTrue(manager.step(T0.plusSeconds(61).plus(Duration.ofMinutes(15))).command("ev").on(),
                "15 min after the first stale step, but only 5 min after the second");
        assertFalse(manager.step(staleAgain.plus(Duration.ofMinutes(15))).command("ev").on());
    }

    @Test
    void staleRestoreAfterIsOneMinuteToADay() {
        LoadManagerConfig defaults = LoadManagerConfig.of(5000, BRUSSELS, LOADS);
        assertEquals(Duration.ofMinutes(15), defaults.staleRestoreAfter());
        assertThrows(IllegalArgumentException.class, () -> defaults.withStaleRestoreAfter(Duration.ofSeconds(59)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withStaleRestoreAfter(Duration.ofHours(25)));
    }
}
