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
package org.openhab.smartgrid.simulator.model;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Parameters of the simulated heat pump: one compressor that heats either the tap water tank or the buffer tank.
 * <p>
 * Targets follow the SG-Ready table of seed 1: tap water start/stop 45/60 °C in COMFORT and 55/65 °C in BOOST,
 * buffer 55 °C in BOOST; EVU blocks the compressor.
 *
 * @param electricPower W the heat pump draws while the compressor runs
 * @param cop thermal W per electric W
 * @param tankLiters tap water tank volume
 * @param tankLoss tank heat loss in W per K above ambient
 * @param initialTankTemperature °C at the start of the simulation
 * @param normalStart tap water start temperature in NORMAL (°C)
 * @param normalStop tap water stop temperature in NORMAL (°C)
 * @param comfortStart tap water start temperature in COMFORT (°C)
 * @param comfortStop tap water stop temperature in COMFORT (°C)
 * @param boostStart tap water start temperature in BOOST (°C)
 * @param boostStop tap water stop temperature in BOOST (°C)
 * @param bufferLiters buffer (space heating) tank volume
 * @param initialBufferTemperature °C at the start of the simulation
 * @param bufferNormalTarget buffer target in NORMAL and COMFORT (°C)
 * @param bufferBoostTarget buffer target in BOOST (°C)
 * @param bufferHysteresis K below the target at which the buffer is heated again
 * @param spaceHeatingDemand thermal W the house draws from the buffer
 * @param ambientTemperature °C around the tanks
 * @param coldWaterTemperature °C of the water that replaces a draw
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HeatPumpParams(double electricPower, double cop, double tankLiters, double tankLoss,
        double initialTankTemperature, double normalStart, double normalStop, double comfortStart, double comfortStop,
        double boostStart, double boostStop, double bufferLiters, double initialBufferTemperature,
        double bufferNormalTarget, double bufferBoostTarget, double bufferHysteresis, double spaceHeatingDemand,
        double ambientTemperature, double coldWaterTemperature) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public HeatPumpParams {
        positive("electricPower", electricPower);
        positive("cop", cop);
        positive("tankLiters", tankLiters);
        positive("bufferLiters", bufferLiters);
        notNegative("tankLoss", tankLoss);
        notNegative("spaceHeatingDemand", spaceHeatingDemand);
        notNegative("bufferHysteresis", bufferHysteresis);
        ordered("normalStart", normalStart, "normalStop", normalStop);
        ordered("comfortStart", comfortStart, "comfortStop", comfortStop);
        ordered("boostStart", boostStart, "boostStop", boostStop);
    }

    /** @return the defaults: a 2 kW compressor, COP 3, a 200 l tank and a 300 l buffer, no space heating */
    public static HeatPumpParams defaults() {
        return new HeatPumpParams(2000, 3.0, 200, 2.0, 50, 42, 50, 45, 60, 55, 65, 300, 35, 35, 55, 5, 0, 18, 10);
    }

    /** @return a copy with another space heating demand (W thermal) */
    public HeatPumpParams withSpaceHeatingDemand(double watts) {
        return new HeatPumpParams(electricPower, cop, tankLiters, tankLoss, initialTankTemperature, normalStart,
                normalStop, comfortStart, comfortStop, boostStart, boostStop, bufferLiters, initialBufferTemperature,
                bufferNormalTarget, bufferBoostTarget, bufferHysteresis, watts, ambientTemperature,
                coldWaterTemperature);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("heatPump." + name + " must be > 0, was " + value);
        }
    }

    private static void notNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("heatPump." + name + " must be >= 0, was " + value);
        }
    }

    private static void ordered(String startName, double start, String stopName, double stop) {
        if (!(start < stop)) {
            throw new IllegalArgumentException("heatPump." + startName + " (" + start + " °C) must be below heatPump."
                    + stopName + " (" + stop + " °C)");
        }
    }
}
