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
import static org.openhab.smartgrid.core.load.MeterSteps.command;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * A load's measured power: a shed frees what the load really draws, and a load that draws (almost) nothing is not
 * shed, so that no lock is spent on nothing (a summer evening shed a heat pump drawing 0 W, its tank at 58 °C: one
 * of the day's locks gone, nothing freed).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class LoadManagerMeasuredPowerTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant T0 = Instant.parse("2026-07-15T19:00:00Z");
    /** Shed first (priority 9), then the boiler. */
    private static final SheddableLoadConfig HEAT_PUMP = SheddableLoadConfig.of("heatPump", 9, 2000);
    private static final SheddableLoadConfig BOILER = SheddableLoadConfig.of("boiler", 1, 2400);

    private final LoadManager manager = new LoadManager(
            LoadManagerConfig.of(5000, BRUSSELS, List.of(HEAT_PUMP, BOILER)));

    private final MeterSteps meter = new MeterSteps(manager, T0);

    @Test
    void aLoadThatDrawsAlmostNothingIsNotShedAndTheNextOneIs() {
        manager.updateLoadPower("heatPump", 20, T0);
        LoadManagerResult result = meter.sampleAndStep(0, 6000);
        LoadCommand heatPump = command(result, "heatPump");
        assertFalse(heatPump.on(), "its lock would free 20 W");
        assertEquals(Reason.WITHIN_LIMIT, heatPump.reason());
        assertEquals("draws 20 W (measured), below 100 W: shedding it would free nothing", heatPump.detail());
        assertTrue(command(result, "boiler").on(), "the boiler covers the excess instead");
        assertEquals(3600, result.importWatts(), 1e-9);
    }

    @Test
    void aShedFreesWhatTheLoadDraws() {
        manager.updateLoadPower("heatPump", 800, T0);
        LoadManagerResult result = meter.sampleAndStep(0, 6000);
        assertTrue(command(result, "heatPump").on());
        assertTrue(command(result, "heatPump").detail().endsWith("shed 800 W (measured)"),
                command(result, "heatPump").detail());
        assertTrue(command(result, "boiler").on(), "800 W do not cover a 1000 W excess");
        assertEquals(6000 - 800 - 2400, result.importWatts(), 1e-9);
        LoadManagerResult beforeTheMeter = manager.step(T0.plusSeconds(2));
        assertEquals(2800, beforeTheMeter.importWatts(), 1e-9, "the meter has not shown the sheds yet");
    }

    @Test
    void aLoadDrawingMoreThanItsPowerFreesWhatItDraws() {
        manager.updateLoadPower("heatPump", 2600, T0);
        LoadManagerResult result = meter.sampleAndStep(0, 7500);
        assertTrue(command(result, "heatPump").on());
        assertFalse(command(result, "boiler").on(), "2600 W cover the 2500 W excess");
        assertEquals(4900, result.importWatts(), 1e-9);
    }

    @Test
    void withoutAFreshMeasurementThePowerIsAssumed() {
        manager.updateLoadPower("heatPump", 0, T0.minusSeconds(61));
        LoadManagerResult stale = meter.sampleAndStep(0, 6000);
        assertTrue(command(stale, "heatPump").on(), "a measurement older than staleAfter is not used");
        assertFalse(command(stale, "boiler").on(), "the assumed 2000 W cover the excess");

        LoadManager other = new LoadManager(LoadManagerConfig.of(5000, BRUSSELS, List.of(HEAT_PUMP, BOILER)));
        other.updateLoadPower("heatPump", 0, T0);
        other.invalidateLoadPower("heatPump");
        other.updateGrid(new PowerReading(T0, 6000));
        assertTrue(command(other.step(T0), "heatPump").on(), "an UNDEF measurement is forgotten");
    }

    @Test
    void theIdleThresholdIsATenthOfThePowerAndAtMost100W() {
        LoadManager small = new LoadManager(LoadManagerConfig.of(1000, BRUSSELS,
                List.of(SheddableLoadConfig.of("fan", 9, 300), SheddableLoadConfig.of("boiler", 1, 2400))));
        small.updateLoadPower("fan", 29, T0);
        small.updateGrid(new PowerReading(T0, 1200));
        assertFalse(command(small.step(T0), "fan").on(), "29 W < 30 W: idle");
        small.updateLoadPower("fan", 31, T0.plusSeconds(1));
        small.updateGrid(new PowerReading(T0.plusSeconds(1), 1200));
        assertTrue(command(small.step(T0.plusSeconds(1)), "fan").on(), "31 W is worth a shed");
    }

    @Test
    void anUnknownLoadIsRefusedNamingTheLoads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> manager.updateLoadPower("oven", 100, T0));
        assertTrue(e.getMessage().contains("heatPump"), e.getMessage());
    }
}
