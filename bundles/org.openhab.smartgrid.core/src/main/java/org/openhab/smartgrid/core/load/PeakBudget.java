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
package org.openhab.smartgrid.core.load;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The quarter-hour budget of PEAK mode: how much import is still allowed for the rest of the running quarter so
 * that its average stays at the limit (Loxone Ap in peak mode).
 * <p>
 * With limit L, quarter length T, energy E imported so far and t left: allowed = (L·T − E) / t. A stretch without
 * meter data (unmeasured time u) is taken to have used exactly its share L·u of the budget, so a gap neither earns
 * nor spends budget: allowed = (L·(T − u) − E) / t, which is the same as L + (L·measured − E) / t.
 * <p>
 * With "follow the month peak" the limit L is max(maxPower, month peak, floor): a quarter up to the month's peak
 * costs nothing extra (the peak is billed anyway), and the Flemish tariff bills at least 2.5 kW, so shaving below
 * that saves nothing either.
 *
 * @param limitWatts the effective limit L for the quarter average, W
 * @param allowedWatts import allowed from now to the end of the quarter, W (negative when the budget is overspent)
 * @param energyWh import so far in the quarter, Wh
 * @param remaining time left in the quarter
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PeakBudget(double limitWatts, double allowedWatts, double energyWh, Duration remaining) {

    /** @return the budget for the running quarter */
    public static PeakBudget of(LoadManagerConfig config, double monthPeakWatts, QuarterStatus quarter) {
        double limit = effectiveLimit(config, monthPeakWatts);
        long remainingMs = quarter.remaining().toMillis();
        double allowed = allowedWatts(limit, quarter.energyWh() * QuarterHourMeter.JOULES_PER_WH,
                quarter.measuredMillis(), remainingMs);
        return new PeakBudget(limit, allowed, quarter.energyWh(), quarter.remaining());
    }

    /** @return the limit for the quarter average: maxPower, raised to the month peak and floor when following it */
    public static double effectiveLimit(LoadManagerConfig config, double monthPeakWatts) {
        if (!config.followMonthPeak()) {
            return config.maxPower();
        }
        return Math.max(config.maxPower(), Math.max(monthPeakWatts, config.monthPeakFloor()));
    }

    /**
     * @param limit L in W
     * @param energyJoules import so far in J
     * @param measuredMs time with data so far
     * @param remainingMs time left, more than 0
     * @return L + (L·measured − E) / remaining, in W
     */
    static double allowedWatts(double limit, double energyJoules, long measuredMs, long remainingMs) {
        double remainingSeconds = Math.max(1, remainingMs) / 1000.0;
        return limit + (limit * measuredMs / 1000.0 - energyJoules) / remainingSeconds;
    }

    /** @return the energy budget of a whole quarter at the limit, Wh */
    public double budgetWh() {
        return limitWatts / QuarterHourMeter.QUARTERS_PER_HOUR;
    }
}
