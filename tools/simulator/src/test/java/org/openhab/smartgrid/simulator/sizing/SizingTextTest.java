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
package org.openhab.smartgrid.simulator.sizing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.sizing.HeatPumpSizing;
import org.openhab.smartgrid.core.sizing.IndoorPool;
import org.openhab.smartgrid.core.sizing.OutdoorPool;
import org.openhab.smartgrid.core.sizing.Pool;

/**
 * The rendering without the command line: the named table cell always holds the core's W/m², and the text ends
 * with the core's formula.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SizingTextTest {

    @ParameterizedTest(name = "indoor room {0} °C, water {1} °C → row {2}, column {3}")
    @CsvSource({ "23, 20, 0, 0", "24.9, 20.1, 0, 1", "25, 24, 1, 1", "27.9, 27, 1, 2", "28, 28, 2, 2" })
    void theNamedIndoorCellIsTheColderRowAndTheWarmerColumn(double room, double water, int row, int column) {
        IndoorPool pool = new IndoorPool(room, water, 10);
        PoolCell cell = PoolCell.of(pool);
        assertEquals(row, cell.row(), "room row");
        assertEquals(column, cell.column(), "water column");
        assertEquals(PoolCell.table(false)[row][column], pool.wattsPerSquareMetre(),
                "the highlighted cell holds the W/m² the core used");
    }

    @Test
    void everyOutdoorCellNamedHoldsTheCoresValue() {
        for (OutdoorPool.Cover cover : OutdoorPool.Cover.values()) {
            for (double water = 20; water <= 28; water += 0.5) {
                OutdoorPool pool = new OutdoorPool(cover, water, 1);
                PoolCell cell = PoolCell.of(pool);
                assertEquals(PoolCell.table(true)[cell.row()][cell.column()], pool.wattsPerSquareMetre(),
                        cover + " at " + water + " °C: the named cell holds the core's value");
                assertEquals(water == 20 || water == 24 || water == 28, "exact table point".equals(cell.why()),
                        "only table points are exact: " + water);
            }
        }
    }

    @Test
    void theTextEndsWithTheCoresFormula() {
        HeatPumpSizing sizing = new HeatPumpSizing(8, 4, 2, List.<Pool> of(), false);
        String text = SizingText.render(SizingReport.calculate(sizing, null, null, null));
        assertTrue(text.startsWith(SizingText.TITLE + "\n\n"), text);
        assertTrue(text.endsWith("Formula: " + sizing.calculate().formula() + "\n"), text);
    }
}
