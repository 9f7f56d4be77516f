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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.sizing.IndoorPool;
import org.openhab.smartgrid.core.sizing.OutdoorPool;
import org.openhab.smartgrid.core.sizing.Pool;

/**
 * Which cell of the guide's pool tables a pool's W/m² came from, and why. The W/m² themselves always come from the
 * core ({@link Pool#wattsPerSquareMetre()}); this class only knows the tables' axes to name the cell, and
 * {@link #table(boolean)} fills the tables by asking the core at each table point.
 *
 * @param outdoor whether the cell is in the outdoor table
 * @param row the row index (outdoor: the cover in {@link OutdoorPool.Cover} order; indoor: the room temperature)
 * @param column the water temperature column index
 * @param wattsPerSquareMetre the value in the cell
 * @param why how the cell was chosen, e.g. "next warmer water column (22 °C lies between 20 and 24 °C)"
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PoolCell(boolean outdoor, int row, int column, int wattsPerSquareMetre, String why) {

    /** The water temperature columns of both tables, °C. */
    static final double[] WATER_COLUMNS = { 20, 24, 28 };
    /** The room temperature rows of the indoor table, °C. */
    static final double[] ROOM_ROWS = { 23, 25, 28 };

    /** @return the cell the core took for this pool */
    public static PoolCell of(Pool pool) {
        double water;
        int row;
        String rowWhy = "";
        if (pool instanceof OutdoorPool outdoorPool) {
            water = outdoorPool.waterTemperature();
            row = outdoorPool.cover().ordinal();
        } else if (pool instanceof IndoorPool indoorPool) {
            water = indoorPool.waterTemperature();
            double room = indoorPool.roomTemperature();
            row = ROOM_ROWS.length - 1;
            while (ROOM_ROWS[row] > room) {
                row--;
            }
            if (ROOM_ROWS[row] != room) {
                rowWhy = String.format(Locale.ROOT, "next colder room row (%s °C lies between %s and %s °C)",
                        num(room), num(ROOM_ROWS[row]), num(ROOM_ROWS[row + 1]));
            }
        } else {
            throw new IllegalStateException("unknown pool type " + pool);
        }
        int column = 0;
        while (WATER_COLUMNS[column] < water) {
            column++;
        }
        String columnWhy = WATER_COLUMNS[column] == water ? ""
                : String.format(Locale.ROOT, "next warmer water column (%s °C lies between %s and %s °C)", num(water),
                        num(WATER_COLUMNS[column - 1]), num(WATER_COLUMNS[column]));
        String why = columnWhy.isEmpty() && rowWhy.isEmpty() ? "exact table point"
                : columnWhy.isEmpty() ? rowWhy : rowWhy.isEmpty() ? columnWhy : rowWhy + "; " + columnWhy;
        return new PoolCell(pool instanceof OutdoorPool, row, column, pool.wattsPerSquareMetre(), why);
    }

    /** @return the cell's name, e.g. "no cover, sheltered × 24 °C water" or "room 25 °C × 28 °C water" */
    public String name() {
        return rowLabel(outdoor, row) + " × " + num(WATER_COLUMNS[column]) + " °C water";
    }

    /** @return the guide's table (rows × water columns), each value asked from the core at the table point */
    static int[][] table(boolean outdoor) {
        int rows = outdoor ? OutdoorPool.Cover.values().length : ROOM_ROWS.length;
        int[][] table = new int[rows][WATER_COLUMNS.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < WATER_COLUMNS.length; c++) {
                Pool pool = outdoor ? new OutdoorPool(OutdoorPool.Cover.values()[r], WATER_COLUMNS[c], 1)
                        : new IndoorPool(ROOM_ROWS[r], WATER_COLUMNS[c], 1);
                table[r][c] = pool.wattsPerSquareMetre();
            }
        }
        return table;
    }

    static String rowLabel(boolean outdoor, int row) {
        return outdoor ? coverLabel(OutdoorPool.Cover.values()[row]) : "room " + num(ROOM_ROWS[row]) + " °C";
    }

    static String coverLabel(OutdoorPool.Cover cover) {
        switch (cover) {
            case COVERED:
                return "covered";
            case SHELTERED:
                return "no cover, sheltered";
            case PARTLY_SHELTERED:
                return "no cover, partly sheltered";
            case EXPOSED:
            default:
                return "no cover, exposed to wind";
        }
    }

    /** @return the number without a trailing ".0" */
    static String num(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
