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
package org.openhab.smartgrid.simulator;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.output.Summary;

/**
 * What a sweep ranks its runs by: a figure of {@code summary.json} and whether more or less is better.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
enum SweepObjective {
    /** Share of PV used in the house: more is better. A day without PV counts as worst. */
    SELF_CONSUMPTION_PCT(true, "self-use", "%"),
    /** Energy bought: less is better. */
    IMPORT_KWH(false, "import", "kWh"),
    /** Highest quarter-hour average import (capacity tariff): less is better. */
    PEAK_QUARTER_HOUR_KW(false, "peak quarter-hour", "kW"),
    /** Contact and relay toggles (wear): less is better. */
    RELAY_SWITCHES(false, "relay switches", "count");

    private final boolean maximize;
    private final String words;
    private final String unit;

    SweepObjective(boolean maximize, String words, String unit) {
        this.maximize = maximize;
        this.words = words;
        this.unit = unit;
    }

    /** @return the figure's unit (% , kWh, kW, or "count" for a number of events) */
    String unit() {
        return unit;
    }

    /** @return what follows a number on a chart's axis: "%" or " kWh", nothing after a count */
    String axisSuffix() {
        return switch (this) {
            case SELF_CONSUMPTION_PCT -> unit;
            case RELAY_SWITCHES -> "";
            case IMPORT_KWH, PEAK_QUARTER_HOUR_KW -> " " + unit;
        };
    }

    /** @return the figure in words with its unit, as a column header, e.g. "import (kWh)" */
    String header() {
        return words + " (" + unit + ")";
    }

    /** @return the key as in summary.json */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return "max" or "min" */
    String direction() {
        return maximize ? "max" : "min";
    }

    double value(Summary s) {
        return switch (this) {
            case SELF_CONSUMPTION_PCT -> s.selfConsumptionPct().orElse(Double.NEGATIVE_INFINITY);
            case IMPORT_KWH -> s.importKwh();
            case PEAK_QUARTER_HOUR_KW -> s.peakQuarterHourKw();
            case RELAY_SWITCHES -> s.relaySwitches();
        };
    }

    /** @return a score where lower ranks first */
    double score(Summary s) {
        return maximize ? -value(s) : value(s);
    }

    static SweepObjective parse(String text) {
        for (SweepObjective objective : values()) {
            if (objective.key().equalsIgnoreCase(text.trim())) {
                return objective;
            }
        }
        throw new IllegalArgumentException("--objective " + text + ": expected one of self_consumption_pct (max), "
                + "import_kwh (min), peak_quarter_hour_kw (min), relay_switches (min)");
    }
}
