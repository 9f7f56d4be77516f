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

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The figures of a run, as written to {@code summary.json}.
 *
 * @param scenario the scenario or trace name
 * @param engine the engine's label
 * @param samples number of steps
 * @param importKwh energy imported from the grid
 * @param exportKwh energy exported to the grid
 * @param pvKwh energy produced by PV
 * @param selfConsumptionPct share of PV energy used in the house, empty without PV production
 * @param peakQuarterHourKw highest clock quarter-hour average import
 * @param relaySwitches toggles of the SG-1 and SG-2 contacts plus toggles of loads on their own relay
 * @param evuLockMinutes minutes in effective mode EVU (grid lock and peak shedding)
 * @param gridLockMinutes minutes the grid operator's lock contact was active
 * @param heatPumpOnMinutes minutes the simulated heat pump's compressor ran
 * @param guardDeferrals number of deferral events
 * @param loadOnMinutes per energy manager load, minutes it ran
 * @param loadShedMinutes per load of the load manager alone, minutes it was shed (such a load runs unless shed, so
 *            its "on" time would only say how long it was not shed)
 * @param minTankC lowest tap water tank temperature
 * @param maxTankC highest tap water tank temperature
 * @param gaps the gaps in the samples (longer than the house's maximum sample gap)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record Summary(String scenario, String engine, long samples, double importKwh,
        double exportKwh, double pvKwh, OptionalDouble selfConsumptionPct, double peakQuarterHourKw,
        int relaySwitches, double evuLockMinutes, double gridLockMinutes, double heatPumpOnMinutes,
        int guardDeferrals, Map<String, Double> loadOnMinutes, Map<String, Double> loadShedMinutes, double minTankC,
        double maxTankC, SampleGaps gaps) {

    public Summary {
        loadOnMinutes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loadOnMinutes));
        loadShedMinutes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loadShedMinutes));
    }

    /** @return the summary as a JSON object (keys in a fixed order, numbers rounded to 3 decimals) */
    public String toJson() {
        StringBuilder json = new StringBuilder(512);
        json.append("{\n");
        field(json, "scenario", quote(scenario));
        field(json, "engine", quote(engine));
        field(json, "samples", Long.toString(samples));
        field(json, "import_kwh", number(importKwh));
        field(json, "export_kwh", number(exportKwh));
        field(json, "pv_kwh", number(pvKwh));
        field(json, "self_consumption_pct",
                selfConsumptionPct.isPresent() ? number(selfConsumptionPct.getAsDouble()) : "null");
        field(json, "peak_quarter_hour_kw", number(peakQuarterHourKw));
        field(json, "relay_switches", Integer.toString(relaySwitches));
        field(json, "evu_lock_minutes", number(evuLockMinutes));
        field(json, "grid_lock_minutes", number(gridLockMinutes));
        field(json, "heat_pump_on_minutes", number(heatPumpOnMinutes));
        field(json, "guard_deferrals", Integer.toString(guardDeferrals));
        field(json, "min_tank_c", number(minTankC));
        field(json, "max_tank_c", number(maxTankC));
        field(json, "sample_gaps", "{ \"count\": " + gaps.count() + ", \"longest_minutes\": "
                + number(gaps.longest().toMillis() / 60_000.0) + ", \"longest_from\": " + time(gaps.longestFrom())
                + ", \"longest_to\": " + time(gaps.longestTo()) + ", \"unmeasured_minutes\": "
                + number(gaps.unmeasured().toMillis() / 60_000.0) + " }");
        json.append("  \"loads\": {");
        String separator = loads(json, "\n", loadOnMinutes, "on_minutes");
        separator = loads(json, separator, loadShedMinutes, "shed_minutes");
        json.append(separator.equals("\n") ? "}\n" : "\n  }\n").append("}\n");
        return json.toString();
    }

    /** @return the separator before the next load */
    private static String loads(StringBuilder json, String separator, Map<String, Double> minutes, String key) {
        String next = separator;
        for (Map.Entry<String, Double> load : minutes.entrySet()) {
            json.append(next).append("    ").append(quote(load.getKey())).append(": { \"").append(key)
                    .append("\": ").append(number(load.getValue())).append(" }");
            next = ",\n";
        }
        return next;
    }

    private static void field(StringBuilder json, String key, String value) {
        json.append("  \"").append(key).append("\": ").append(value).append(",\n");
    }

    private static String time(@Nullable OffsetDateTime time) {
        return time == null ? "null" : quote(time.toString());
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }

    /** @return a JSON string literal */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
