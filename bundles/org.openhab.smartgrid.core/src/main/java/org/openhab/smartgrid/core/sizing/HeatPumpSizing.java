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

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Heat pump capacity needed when the heat pump may be locked for some hours a day (German planning guide): the
 * heat demands of heating, hot water and pools are added, and, unless a second heat source covers the lock
 * periods, multiplied by the lock-time factor {@code f = 24 / (24 - lock hours)}.
 *
 * @param heatingKw building heat load in kW, 0 or more
 * @param persons persons using hot water, 0 or more
 * @param lockHours daily lock hours, 0 ≤ h &lt; 24
 * @param pools pools the heat pump heats (may be empty)
 * @param secondHeatSourceCoversLocks whether a second heat source (boiler, back-up heater) delivers heat during
 *            the locks; then the factor is not applied
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HeatPumpSizing(double heatingKw, int persons, double lockHours, List<Pool> pools,
        boolean secondHeatSourceCoversLocks) {

    public HeatPumpSizing {
        Inputs.requireNotNegative("heatingKw", heatingKw, "kW");
        HotWaterDemand.kw(persons);
        new LockTimeFactor(lockHours);
        pools = List.copyOf(pools);
    }

    /**
     * The breakdown of a sizing.
     *
     * @param heatingKw building heat load
     * @param hotWaterKw hot water share (0.2 kW per person)
     * @param poolKw sum of the pools' heat demand
     * @param demandKw heating + hot water + pools
     * @param factor the lock-time factor (exact and the guide's rounded table value)
     * @param factorApplied false when a second heat source covers the locks
     * @param requiredKw the heat pump capacity needed
     */
    public record Result(double heatingKw, double hotWaterKw, double poolKw, double demandKw, LockTimeFactor factor,
            boolean factorApplied, double requiredKw) {

        /** @return the calculation written out, e.g. "(8.00 + 0.80 + 0.00) kW × 1.091 = 9.60 kW" */
        public String formula() {
            String sum = String.format(Locale.ROOT, "(%.2f + %.2f + %.2f) kW", heatingKw, hotWaterKw, poolKw);
            if (!factorApplied) {
                return String.format(Locale.ROOT, "%s = %.2f kW (second heat source covers the locks)", sum,
                        requiredKw);
            }
            return String.format(Locale.ROOT, "%s × 24 h / (24 h − %s h) = %s × %.3f = %.2f kW", sum,
                    trim(factor.lockHours()), sum, factor.exact(), requiredKw);
        }

        private static String trim(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    /** @return the required capacity and its breakdown */
    public Result calculate() {
        double hotWaterKw = HotWaterDemand.kw(persons);
        double poolKw = pools.stream().mapToDouble(Pool::heatDemandKw).sum();
        double demandKw = heatingKw + hotWaterKw + poolKw;
        LockTimeFactor factor = new LockTimeFactor(lockHours);
        boolean applied = !secondHeatSourceCoversLocks;
        double requiredKw = applied ? demandKw * factor.exact() : demandKw;
        return new Result(heatingKw, hotWaterKw, poolKw, demandKw, factor, applied, requiredKw);
    }
}
