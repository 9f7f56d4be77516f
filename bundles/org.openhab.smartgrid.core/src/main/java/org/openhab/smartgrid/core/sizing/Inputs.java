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
 * Checks of the sizing inputs; every message names the input and its valid range.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Inputs {

    private Inputs() {
    }

    static double requirePositive(String name, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be more than 0 " + unit + ", was " + value);
        }
        return value;
    }

    static double requireNotNegative(String name, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be 0 " + unit + " or more, was " + value);
        }
        return value;
    }

    static double requireBetween(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be between " + fmt(min) + " and " + fmt(max) + " " + unit + ", was " + value);
        }
        return value;
    }

    /**
     * The index of the first table column at or above {@code value}: between two table points the sizing takes the
     * next higher one, so a demand is never underestimated.
     */
    static int columnAtOrAbove(double[] columns, double value) {
        for (int i = 0; i < columns.length; i++) {
            if (value <= columns[i]) {
                return i;
            }
        }
        throw new IllegalStateException("value " + value + " above the table; check the range first");
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
