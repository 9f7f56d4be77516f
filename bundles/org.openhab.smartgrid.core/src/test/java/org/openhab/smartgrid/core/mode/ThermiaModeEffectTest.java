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
package org.openhab.smartgrid.core.mode;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Thermia table of the Loxone write-up (seed 000), as data. */
@NonNullByDefault
class ThermiaModeEffectTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(SgMode.class)
    void everyModeHasItsEffect(SgMode mode) {
        assertEquals(mode, ThermiaModeEffect.of(mode).mode());
    }

    @Test
    void comfortSetsTheRoomComfortValueAndTapWater45To60() {
        ThermiaModeEffect comfort = ThermiaModeEffect.of(SgMode.COMFORT);
        assertEquals(22.0, comfort.roomSetpointCelsius());
        assertEquals(new ThermiaModeEffect.TapWater(45.0, 60.0), comfort.tapWater());
        assertNull(comfort.bufferTankCelsius(), "comfort leaves the buffer tank alone");
        assertEquals(ThermiaModeEffect.Strength.RECOMMENDATION, comfort.strength());
    }

    @Test
    void boostSetsRoomBoostValueTank55AndTapWater55To65() {
        ThermiaModeEffect boost = ThermiaModeEffect.of(SgMode.BOOST);
        assertEquals(22.0, boost.roomSetpointCelsius());
        assertEquals(55.0, boost.bufferTankCelsius());
        assertEquals(new ThermiaModeEffect.TapWater(55.0, 65.0), boost.tapWater());
        assertEquals(ThermiaModeEffect.Strength.COMMAND, boost.strength());
    }

    @Test
    void evuBlocksCompressorAndImmersionHeaterButNotPumpsValvesOrExternalAux() {
        ThermiaModeEffect evu = ThermiaModeEffect.of(SgMode.EVU);
        assertEquals(List.of("compressor", "internal immersion heater"), evu.blocked());
        assertEquals(List.of("circulation pumps", "diverting valves", "external auxiliary heater"),
                evu.stillRunning());
        assertEquals(ThermiaModeEffect.Strength.LOCK, evu.strength());
    }

    @Test
    void normalChangesNothing() {
        ThermiaModeEffect normal = ThermiaModeEffect.of(SgMode.NORMAL);
        assertNull(normal.roomSetpointCelsius());
        assertNull(normal.tapWater());
        assertTrue(normal.blocked().isEmpty());
    }
}
