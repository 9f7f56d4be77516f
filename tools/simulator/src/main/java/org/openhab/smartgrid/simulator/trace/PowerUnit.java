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
package org.openhab.smartgrid.simulator.trace;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A unit of power as openHAB writes it after a number ({@code "1.2 kW"}). Symbols are case-sensitive, as in
 * openHAB: {@code MW} is megawatt.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum PowerUnit {
    WATT("W", 1),
    KILOWATT("kW", 1_000),
    MEGAWATT("MW", 1_000_000);

    private static final PowerUnit[] ALL = values();

    private final String symbol;
    private final double watts;

    PowerUnit(String symbol, double watts) {
        this.symbol = symbol;
        this.watts = watts;
    }

    public String symbol() {
        return symbol;
    }

    /** @return {@code value} in this unit, converted to W */
    public double toWatts(double value) {
        return value * watts;
    }

    /** @return the unit with this symbol, or null */
    public static @Nullable PowerUnit fromSymbol(String symbol) {
        for (PowerUnit unit : ALL) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        return null;
    }
}
