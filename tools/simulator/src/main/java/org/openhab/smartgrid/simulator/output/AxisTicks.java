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
package org.openhab.smartgrid.simulator.output;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The ticks of a value axis at round values: a step of 1, 2, 2.5 or 5 × 10^n and every multiple of it from just
 * below the data to just above it, so that a reader sees 0, 1, 2, 3 kW and not 0.6, 1.9, 3.2 kW.
 *
 * @param multiple the step's leading digits: 1, 2, 2.5 or 5
 * @param exponent the step's power of ten
 * @param first the first tick's multiple of the step
 * @param last the last tick's multiple of the step
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
record AxisTicks(BigDecimal multiple, int exponent, long first, long last) {

    /** At most this many ticks: more do not fit a phone's chart height. */
    static final int MAX_TICKS = 7;

    private static final BigDecimal[] MULTIPLES = { BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"),
            BigDecimal.valueOf(5) };

    /**
     * @return the ticks with the smallest round step that covers {@code min} to {@code max} in at most
     *         {@value #MAX_TICKS} ticks (at least 3 follow: the next smaller step needed more than 7)
     */
    static AxisTicks covering(double min, double max) {
        double low = Math.min(min, max);
        double high = Math.max(min, max);
        if (!(high > low)) {
            // one value: an axis of one unit around it
            low -= 0.5;
            high += 0.5;
        }
        int exponent = (int) Math.floor(Math.log10((high - low) / MAX_TICKS)) - 1;
        while (true) {
            for (BigDecimal multiple : MULTIPLES) {
                double step = multiple.doubleValue() * Math.pow(10, exponent);
                long first = (long) Math.floor(low / step);
                long last = (long) Math.ceil(high / step);
                if (last - first + 1 <= MAX_TICKS) {
                    return new AxisTicks(multiple, exponent, first, last);
                }
            }
            exponent++;
        }
    }

    /** @return the distance between two ticks */
    double step() {
        return multiple.doubleValue() * Math.pow(10, exponent);
    }

    int count() {
        return (int) (last - first + 1);
    }

    /** @return tick {@code index}'s value, 0 the lowest */
    double value(int index) {
        return exact(index).doubleValue();
    }

    double min() {
        return value(0);
    }

    double max() {
        return value(count() - 1);
    }

    /** @return tick {@code index}'s value as written: no trailing zeros, no binary rounding (0.3, not 0.30000000004) */
    String label(int index) {
        String text = exact(index).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private BigDecimal exact(int index) {
        return multiple.scaleByPowerOfTen(exponent).multiply(BigDecimal.valueOf(first + index));
    }
}
