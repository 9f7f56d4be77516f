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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A swimming pool whose water the heat pump heats (German planning guide, guide values).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface Pool permits OutdoorPool, IndoorPool {

    /** Heat for the first heat-up of the pool water to over 20 °C, per m³ of water. */
    double FIRST_HEAT_UP_KWH_PER_M3 = 12;

    /** @return the guide's heat demand per m² of water surface, in W/m² */
    int wattsPerSquareMetre();

    /** @return the water surface in m² */
    double areaSquareMetres();

    /** @return the pool's heat demand in kW */
    default double heatDemandKw() {
        return wattsPerSquareMetre() * areaSquareMetres() / 1000.0;
    }

    /**
     * @param volumeCubicMetres pool water volume, more than 0
     * @return the heat for the first heat-up to over 20 °C, in kWh (about 12 kWh per m³)
     */
    static double firstHeatUpKwh(double volumeCubicMetres) {
        return FIRST_HEAT_UP_KWH_PER_M3 * Inputs.requirePositive("volume", volumeCubicMetres, "m³");
    }

    /**
     * @param volumeCubicMetres pool water volume, more than 0
     * @param heatingKw heating power available for the pool, more than 0
     * @return how long the first heat-up takes at that power (often several days, as the guide warns)
     */
    static Duration firstHeatUpTime(double volumeCubicMetres, double heatingKw) {
        double hours = firstHeatUpKwh(volumeCubicMetres) / Inputs.requirePositive("heatingKw", heatingKw, "kW");
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
