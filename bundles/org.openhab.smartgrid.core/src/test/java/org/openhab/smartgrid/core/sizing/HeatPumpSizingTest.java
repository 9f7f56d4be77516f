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
package org.openhab.smartgrid.core.sizing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.sizing.OutdoorPool.Cover;

@NonNullByDefault
class HeatPumpSizingTest {

    /** 8 kW heating + 4 persons × 0.2 kW = 8.8 kW; 2 h of lock: × 24/22 = 9.6 kW. */
    @Test
    void heatingAndHotWaterAreAddedAndMultipliedByTheLockFactor() {
        HeatPumpSizing.Result result = new HeatPumpSizing(8, 4, 2, List.of(), false).calculate();
        assertEquals(0.8, result.hotWaterKw(), 1e-9);
        assertEquals(8.8, result.demandKw(), 1e-9);
        assertEquals(9.6, result.requiredKw(), 1e-9);
        assertEquals("(8.00 + 0.80 + 0.00) kW × 24 h / (24 h − 2 h) = (8.00 + 0.80 + 0.00) kW × 1.091 = 9.60 kW",
                result.formula());
    }

    /** 6 kW + 0.6 kW + a sheltered 24 °C outdoor pool of 20 m² (400 W/m² = 8 kW) = 14.6 kW; 4 h: × 1.2. */
    @Test
    void aPoolAddsItsDemand() {
        HeatPumpSizing.Result result = new HeatPumpSizing(6, 3, 4,
                List.of(new OutdoorPool(Cover.SHELTERED, 24, 20)), false).calculate();
        assertEquals(8.0, result.poolKw(), 1e-9);
        assertEquals(14.6 * 1.2, result.requiredKw(), 1e-9);
    }

    @Test
    void aSecondHeatSourceCoveringTheLocksMeansNoFactor() {
        HeatPumpSizing.Result result = new HeatPumpSizing(8, 4, 6, List.of(), true).calculate();
        assertFalse(result.factorApplied());
        assertEquals(8.8, result.requiredKw(), 1e-9);
        assertTrue(result.formula().endsWith("= 8.80 kW (second heat source covers the locks)"), result.formula());
    }

    @Test
    void badInputsAreRejectedByName() {
        assertEquals("heatingKw must be 0 kW or more, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> new HeatPumpSizing(-1, 4, 2, List.of(), false)).getMessage());
        assertEquals("persons must be 0 or more, was -2", assertThrows(IllegalArgumentException.class,
                () -> new HeatPumpSizing(8, -2, 2, List.of(), false)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatPumpSizing(8, 4, 24, List.of(), false))
                .getMessage().startsWith("lockHours"));
    }

    @ParameterizedTest(name = "{0} kW heat pump + {1} kW auxiliary heaters: controllable = {2}")
    @CsvSource({ "3.0, 1.2, false", "3.0, 1.3, true", "4.2, 0, false", "2.5, 6.0, true" })
    void aSystemAboveFourPointTwoKilowattIsAControllableConsumer(double heatPump, double auxiliary,
            boolean controllable) {
        assertEquals(controllable, new ControllableConsumer(heatPump, auxiliary).isControllable());
    }
}
