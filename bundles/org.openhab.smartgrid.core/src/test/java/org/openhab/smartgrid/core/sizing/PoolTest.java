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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.sizing.OutdoorPool.Cover;

@NonNullByDefault
class PoolTest {

    @ParameterizedTest(name = "outdoor {0} at {1} °C: {2} W/m²")
    @CsvSource({ "COVERED, 20, 100", "COVERED, 24, 150", "COVERED, 28, 200", //
            "SHELTERED, 20, 200", "SHELTERED, 24, 400", "SHELTERED, 28, 600", //
            "PARTLY_SHELTERED, 20, 300", "PARTLY_SHELTERED, 24, 500", "PARTLY_SHELTERED, 28, 700", //
            "EXPOSED, 20, 450", "EXPOSED, 24, 800", "EXPOSED, 28, 1000" })
    void everyOutdoorPoolCellOfTheGuide(Cover cover, double water, int watts) {
        assertEquals(watts, new OutdoorPool(cover, water, 1).wattsPerSquareMetre());
    }

    @ParameterizedTest(name = "indoor room {0} °C, water {1} °C: {2} W/m²")
    @CsvSource({ "23, 20, 90", "23, 24, 165", "23, 28, 265", //
            "25, 20, 65", "25, 24, 140", "25, 28, 240", //
            "28, 20, 20", "28, 24, 100", "28, 28, 195" })
    void everyIndoorPoolCellOfTheGuide(double room, double water, int watts) {
        assertEquals(watts, new IndoorPool(room, water, 1).wattsPerSquareMetre());
    }

    @ParameterizedTest(name = "outdoor {0} at {1} °C takes the {2} W/m² of the next warmer column")
    @CsvSource({ "SHELTERED, 21, 400", "SHELTERED, 24.5, 600", "EXPOSED, 27.9, 1000" })
    void betweenWaterTemperaturesTheNextWarmerColumnIsTaken(Cover cover, double water, int watts) {
        assertEquals(watts, new OutdoorPool(cover, water, 1).wattsPerSquareMetre());
    }

    @ParameterizedTest(name = "indoor room {0} °C, water {1} °C takes {2} W/m² (colder room row, warmer water column)")
    @CsvSource({ "24, 20, 90", "27, 22, 140", "25.5, 28, 240" })
    void betweenIndoorTablePointsTheSideOfMoreDemandIsTaken(double room, double water, int watts) {
        assertEquals(watts, new IndoorPool(room, water, 1).wattsPerSquareMetre());
    }

    @Test
    void thePoolsDemandIsWattsPerSquareMetreTimesItsArea() {
        assertEquals(12.0, new OutdoorPool(Cover.SHELTERED, 24, 30).heatDemandKw(), 1e-9);
        assertEquals(4.2, new IndoorPool(25, 24, 30).heatDemandKw(), 1e-9);
    }

    @Test
    void theFirstHeatUpNeedsTwelveKilowattHoursPerCubicMetre() {
        assertEquals(600, Pool.firstHeatUpKwh(50), 1e-9);
        assertEquals(Duration.ofHours(60), Pool.firstHeatUpTime(50, 10), "600 kWh at 10 kW: two and a half days");
    }

    @ParameterizedTest(name = "outdoor water {0} °C is outside the table")
    @CsvSource({ "19.9", "28.1" })
    void outdoorWaterOutsideTheTableIsRejected(double water) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutdoorPool(Cover.COVERED, water, 10));
        assertTrue(e.getMessage().startsWith("waterTemperature must be between 20 and 28 °C"), e.getMessage());
    }

    @Test
    void indoorRoomOutsideTheTableIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IndoorPool(22, 24, 10));
        assertTrue(e.getMessage().startsWith("roomTemperature must be between 23 and 28 °C"), e.getMessage());
    }

    @Test
    void aNonPositiveAreaOrVolumeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OutdoorPool(Cover.COVERED, 24, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pool.firstHeatUpKwh(-1));
        assertEquals("volume must be more than 0 m³, was -1.0", e.getMessage());
    }
}
