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
 * The dimensioning factor for utility lock times (German planning guide): a heat pump that may not run for
 * {@code lockHours} a day must deliver a day's heat in the remaining hours, so its capacity is multiplied by
 * <pre>
 *   f = 24 h / (24 h - lock hours)
 * </pre>
 * The guide rounds this to a table: 2 h → 1.1, 4 h → 1.2, 6 h → 1.3. {@link #tableValue()} gives the table's
 * figure for the next table row at or above the lock hours (never fewer lock hours than asked, so never a smaller
 * heat pump), and is absent above 6 h, where the guide has no row.
 *
 * @param lockHours daily lock hours, 0 ≤ h &lt; 24
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LockTimeFactor(double lockHours) {

    private static final double[] TABLE_HOURS = { 2, 4, 6 };
    private static final double[] TABLE_FACTORS = { 1.1, 1.2, 1.3 };

    public LockTimeFactor {
        if (!(lockHours >= 0 && lockHours < 24)) {
            throw new IllegalArgumentException(
                    "lockHours must be at least 0 and less than 24 (h of utility lock per day), was " + lockHours);
        }
    }

    /** @return the exact factor 24 / (24 − lock hours) */
    public double exact() {
        return 24.0 / (24.0 - lockHours);
    }

    /** @return the guide's rounded factor of the next row at or above the lock hours; NaN above 6 h */
    public double tableValue() {
        if (lockHours == 0) {
            return 1.0;
        }
        for (int i = 0; i < TABLE_HOURS.length; i++) {
            if (lockHours <= TABLE_HOURS[i]) {
                return TABLE_FACTORS[i];
            }
        }
        return Double.NaN;
    }

    /** @return whether the guide's table has a row for these lock hours (0 to 6 h) */
    public boolean inTable() {
        return lockHours <= TABLE_HOURS[TABLE_HOURS.length - 1];
    }

    /**
     * The inverse: how many lock hours a day a heat pump can bear when its capacity exceeds the demand.
     *
     * @param capacityKw heat pump capacity, more than 0
     * @param demandKw heat demand (heating + hot water + pool), more than 0
     * @return lock hours per day, 0 when the capacity does not exceed the demand
     */
    public static double bearableLockHours(double capacityKw, double demandKw) {
        Inputs.requirePositive("capacityKw", capacityKw, "kW");
        Inputs.requirePositive("demandKw", demandKw, "kW");
        if (capacityKw <= demandKw) {
            return 0;
        }
        return 24.0 - 24.0 * demandKw / capacityKw;
    }
}
