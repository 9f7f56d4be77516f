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

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The columns a trace may have, with their CSV header names. Powers are W; see
 * {@code docs/simulator-trace-format.md} for signs and units.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum TraceColumn {
    /** When the row was measured: ISO-8601 with offset, or epoch seconds or milliseconds. Required. */
    TIMESTAMP("timestamp", ValueKind.TIME),
    /** Power at the grid meter in W, import positive, export negative. */
    GRID_W("grid_w", ValueKind.POWER),
    /** Consumption of the house without heat pump and battery, in W (positive). */
    HOUSEHOLD_W("household_w", ValueKind.DRAW),
    /** PV production in W (positive). */
    PV_W("pv_w", ValueKind.DRAW),
    /** Battery power in W, charging positive, discharging negative. */
    BATTERY_W("battery_w", ValueKind.POWER),
    /** Battery state of charge in % (0 to 100). */
    SOC("soc", ValueKind.PERCENT),
    /** Electrical power drawn by the heat pump in W (positive). */
    HEATPUMP_W("heatpump_w", ValueKind.DRAW),
    /** Whether the utility lock (EVU-Sperre) was active: 1/0 or true/false. */
    GRID_LOCK("grid_lock", ValueKind.FLAG);

    /** What a column's values are; it decides how a field is parsed and what an error says was expected. */
    public enum ValueKind {
        TIME("an ISO-8601 time with offset (like 2024-06-01T12:00:00+02:00) or epoch seconds or milliseconds"),
        /** A power that may be negative (grid, battery), at most 1 MW either way. */
        POWER("a number of W"),
        /** A power that is never negative (household, PV, heat pump), at most 1 MW. */
        DRAW("a number of W"),
        PERCENT("a state of charge in % from 0 to 100"),
        FLAG("0, 1, true or false");

        /**
         * The largest power a trace may hold unless the user says otherwise, W: 1 MW, a hundred times a large
         * house's connection. A bigger value is a unit mistake (mW, or kW read as W) or a corrupt meter reading, and
         * 1.7e308 W would overflow the sums.
         */
        public static final double DEFAULT_MAX_POWER = 1_000_000;

        private final String expected;

        ValueKind(String expected) {
            this.expected = expected;
        }

        /** @return what a valid value looks like, phrased to follow "expected" in an error message */
        public String expected() {
            return expected;
        }

        /**
         * @param maxPower the largest power allowed, W
         * @return what a valid value's range is, phrased to follow "expected", for a number out of range
         */
        public String range(double maxPower) {
            String max = new java.math.BigDecimal(Double.toString(maxPower)).stripTrailingZeros().toPlainString();
            return switch (this) {
                case POWER -> "a number of W from -" + max + " to " + max + " (at most " + max
                        + " W either way; --max-power sets the bound)";
                case DRAW -> "a number of W from 0 to " + max + " (never negative, at most " + max
                        + " W; --max-power sets the bound)";
                default -> expected;
            };
        }

        /**
         * @param maxPower the largest power allowed, W
         * @return whether {@code value} (a flag as 0 or 1) is in this kind's range
         */
        boolean accepts(double value, double maxPower) {
            return switch (this) {
                case TIME -> Double.isFinite(value);
                case POWER -> value >= -maxPower && value <= maxPower;
                case DRAW -> value >= 0 && value <= maxPower;
                case PERCENT -> value >= 0 && value <= 100;
                case FLAG -> value == 0 || value == 1;
            };
        }
    }

    private static final TraceColumn[] ALL = values();

    private final String header;
    private final ValueKind kind;

    TraceColumn(String header, ValueKind kind) {
        this.header = header;
        this.kind = kind;
    }

    /** @return the name of this column in a CSV header */
    public String header() {
        return header;
    }

    public ValueKind kind() {
        return kind;
    }

    /** @return whether this is one of the two columns of which a trace needs at least one */
    public boolean isBasePower() {
        return this == GRID_W || this == HOUSEHOLD_W;
    }

    /** @return the column with this header name (case-insensitive, surrounding blanks ignored), or null */
    public static @Nullable TraceColumn fromHeader(String name) {
        String trimmed = name.strip();
        for (TraceColumn column : ALL) {
            if (column.header.equalsIgnoreCase(trimmed)) {
                return column;
            }
        }
        return null;
    }

    /** @return all header names, comma separated, for error messages */
    public static String knownHeaders() {
        return Arrays.stream(ALL).map(TraceColumn::header).collect(Collectors.joining(", "));
    }
}
