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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An indoor pool. Guide values in W/m² by room temperature (23, 25, 28 °C) and water temperature (20, 24, 28 °C):
 * the warmer the room, the less the water loses.
 * <p>
 * Between table points the value on the side of more demand is taken, so the demand is never underestimated: the
 * next higher water temperature and the next lower room temperature. Outside the table the input is rejected.
 *
 * @param roomTemperature hall air temperature in °C, 23 to 28
 * @param waterTemperature wanted water temperature in °C, 20 to 28
 * @param areaSquareMetres water surface in m², more than 0
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record IndoorPool(double roomTemperature, double waterTemperature, double areaSquareMetres) implements Pool {

    static final double[] ROOM_TEMPERATURES = { 23, 25, 28 };
    static final double[] WATER_TEMPERATURES = { 20, 24, 28 };
    /** Rows: room 23, 25, 28 °C; columns: water 20, 24, 28 °C. */
    private static final int[][] WATTS_PER_SQUARE_METRE = { //
            { 90, 165, 265 }, //
            { 65, 140, 240 }, //
            { 20, 100, 195 } };

    public IndoorPool {
        Inputs.requireBetween("roomTemperature", roomTemperature, 23, 28, "°C (indoor pool table)");
        Inputs.requireBetween("waterTemperature", waterTemperature, 20, 28, "°C (indoor pool table)");
        Inputs.requirePositive("area", areaSquareMetres, "m²");
    }

    @Override
    public int wattsPerSquareMetre() {
        return WATTS_PER_SQUARE_METRE[roomRowAtOrBelow()][Inputs.columnAtOrAbove(WATER_TEMPERATURES,
                waterTemperature)];
    }

    private int roomRowAtOrBelow() {
        for (int i = ROOM_TEMPERATURES.length - 1; i >= 0; i--) {
            if (roomTemperature >= ROOM_TEMPERATURES[i]) {
                return i;
            }
        }
        throw new IllegalStateException("room temperature below the table; checked in the constructor");
    }
}
