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

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.trace.PowerUnit;
import org.openhab.smartgrid.simulator.trace.TraceColumn;

import picocli.CommandLine.Option;

/**
 * The options that choose the samples of {@code run} and {@code sweep}: exactly one of a built-in day, a CSV trace
 * or a set of persistence exports.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SourceOptions {

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Recorded trace (CSV, see docs/simulator-trace-format.md).")
    @Nullable
    Path trace;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A built-in day instead of a trace: sunny-summer, cloudy-spring, winter-locks.")
    @Nullable
    String scenario;

    @Option(names = "--item", paramLabel = "COLUMN=FILE",
            description = "An openHAB persistence export (JSON) for one trace column, e.g. grid_w=grid.json "
                    + "(repeatable; grid_w or household_w required). Instead of --trace.")
    Map<String, Path> items = new LinkedHashMap<>();

    @Option(names = "--unit", paramLabel = "COLUMN=UNIT",
            description = "Unit of plain numbers in an export's power column: W (default), kW or MW, e.g. pv_w=kW.")
    Map<String, String> units = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for --scenario (default: the scenario's own).")
    @Nullable
    Long seed;

    /**
     * @throws IllegalArgumentException when not exactly one source is given or a mapping is wrong
     */
    SampleSource source() {
        int given = (trace != null ? 1 : 0) + (scenario != null ? 1 : 0) + (items.isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException(
                    "give exactly one of --trace FILE, --scenario NAME or --item COLUMN=FILE (repeatable)");
        }
        Path csv = trace;
        if (csv != null) {
            return new SampleSource.Csv(csv);
        }
        String name = scenario;
        if (name != null) {
            BuiltInScenario day = BuiltInScenario.byId(name);
            Long chosen = seed;
            return new SampleSource.Scenario(day, chosen == null ? day.profile().seed() : chosen);
        }
        Map<TraceColumn, Path> files = new EnumMap<>(TraceColumn.class);
        items.forEach((column, file) -> files.put(column(column, "--item"), file));
        Map<TraceColumn, PowerUnit> plain = new EnumMap<>(TraceColumn.class);
        units.forEach((column, symbol) -> {
            PowerUnit unit = PowerUnit.fromSymbol(symbol.trim());
            if (unit == null) {
                throw new IllegalArgumentException("--unit " + column + "=" + symbol + ": the unit must be W, kW or MW");
            }
            plain.put(column(column, "--unit"), unit);
        });
        return new SampleSource.Persistence(files, plain);
    }

    private static TraceColumn column(String name, String option) {
        TraceColumn column = TraceColumn.fromHeader(name);
        if (column == null || column == TraceColumn.TIMESTAMP) {
            throw new IllegalArgumentException(option + " " + name + ": unknown column; the columns are: "
                    + TraceColumn.knownHeaders().replace("timestamp, ", ""));
        }
        return column;
    }
}
