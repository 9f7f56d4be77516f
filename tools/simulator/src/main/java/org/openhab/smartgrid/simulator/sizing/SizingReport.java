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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.openhab.smartgrid.core.sizing.HeatPumpSizing;
import org.openhab.smartgrid.core.sizing.LockTimeFactor;
import org.openhab.smartgrid.core.sizing.Pool;

/**
 * Everything the {@code size} command shows, calculated by the core: the sizing and its breakdown, the table cell
 * of each pool, and optionally the inverse, the first heat-up and the § 14a classification.
 *
 * @param sizing the inputs
 * @param result the core's result
 * @param cells the table cell of each pool, in the order of {@code sizing.pools()}
 * @param inverse the lock hours a given capacity bears, or null when no capacity was given
 * @param heatUp the first heat-up of the pool water, or null when no volume was given
 * @param consumer the § 14a classification, or null when no heat pump power was given
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SizingReport(HeatPumpSizing sizing, HeatPumpSizing.Result result, List<PoolCell> cells,
        @Nullable Inverse inverse, @Nullable HeatUp heatUp, @Nullable ControllableConsumer consumer) {

    /**
     * The inverse: the lock hours a heat pump of a given capacity bears for this demand.
     *
     * @param capacityKw the heat pump capacity
     * @param bearableLockHours lock hours per day it bears
     */
    public record Inverse(double capacityKw, double bearableLockHours) {
    }

    /**
     * The first heat-up of the pool water to over 20 °C.
     *
     * @param volumeCubicMetres the water volume
     * @param energyKwh the heat it takes
     * @param powerKw the pools' heating power it runs at
     * @param time how long it takes
     */
    public record HeatUp(double volumeCubicMetres, double energyKwh, double powerKw, Duration time) {
    }

    public SizingReport {
        cells = List.copyOf(cells);
    }

    /**
     * @param sizing the inputs
     * @param capacityKw a heat pump capacity whose bearable lock hours to show, or null
     * @param poolVolumeCubicMetres the pool water volume whose first heat-up to show, or null
     * @param consumer the heat pump's connection power for § 14a, or null
     * @return the report
     * @throws IllegalArgumentException naming the input when one is outside its range
     */
    public static SizingReport calculate(HeatPumpSizing sizing, @Nullable Double capacityKw,
            @Nullable Double poolVolumeCubicMetres, @Nullable ControllableConsumer consumer) {
        HeatPumpSizing.Result result = sizing.calculate();
        List<PoolCell> cells = sizing.pools().stream().map(PoolCell::of).toList();
        Inverse inverse = null;
        if (capacityKw != null) {
            inverse = new Inverse(capacityKw, LockTimeFactor.bearableLockHours(capacityKw, result.demandKw()));
        }
        HeatUp heatUp = null;
        if (poolVolumeCubicMetres != null) {
            if (sizing.pools().isEmpty()) {
                throw new IllegalArgumentException(
                        "--pool-volume needs at least one --pool: the first heat-up runs at the pools' heating power");
            }
            double volume = poolVolumeCubicMetres;
            heatUp = new HeatUp(volume, Pool.firstHeatUpKwh(volume), result.poolKw(),
                    Pool.firstHeatUpTime(volume, result.poolKw()));
        }
        return new SizingReport(sizing, result, cells, inverse, heatUp, consumer);
    }
}
