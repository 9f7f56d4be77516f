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
 * An outdoor pool used from May to September. Guide values in W/m² by water temperature and by cover and
 * shelter from wind. Between the table's water temperatures (20, 24, 28 °C) the next higher one is taken, so the
 * demand is never underestimated; outside 20–28 °C the guide gives no value and the input is rejected.
 * <p>
 * The guide's caveat: the reduced values of a covered pool apply only to private pools used up to 2 h a day.
 *
 * @param cover cover and wind exposure of the pool
 * @param waterTemperature wanted water temperature in °C, 20 to 28
 * @param areaSquareMetres water surface in m², more than 0
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record OutdoorPool(Cover cover, double waterTemperature, double areaSquareMetres) implements Pool {

    static final double[] WATER_TEMPERATURES = { 20, 24, 28 };

    /** Cover and wind exposure, with the guide's W/m² at 20, 24 and 28 °C water temperature. */
    public enum Cover {
        /** With a cover (private pool, used up to 2 h a day). */
        COVERED(100, 150, 200),
        /** Without cover, sheltered from wind. */
        SHELTERED(200, 400, 600),
        /** Without cover, partly sheltered. */
        PARTLY_SHELTERED(300, 500, 700),
        /** Without cover, exposed to strong wind. */
        EXPOSED(450, 800, 1000);

        private final int[] wattsPerSquareMetre;

        Cover(int... wattsPerSquareMetre) {
            this.wattsPerSquareMetre = wattsPerSquareMetre;
        }

        /** @return the guide's W/m² in the column of the given index (0: 20 °C, 1: 24 °C, 2: 28 °C) */
        int wattsPerSquareMetre(int column) {
            return wattsPerSquareMetre[column];
        }
    }

    public OutdoorPool {
        Inputs.requireBetween("waterTemperature", waterTemperature, 20, 28, "°C (outdoor pool table)");
        Inputs.requirePositive("area", areaSquareMetres, "m²");
    }

    @Override
    public int wattsPerSquareMetre() {
        return cover.wattsPerSquareMetre(Inputs.columnAtOrAbove(WATER_TEMPERATURES, waterTemperature));
    }
}
