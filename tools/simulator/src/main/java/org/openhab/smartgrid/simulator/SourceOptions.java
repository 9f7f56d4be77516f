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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.trace.PowerUnit;
import org.openhab.smartgrid.simulator.trace.TraceColumn;
import org.openhab.smartgrid.simulator.trace.TraceColumn.ValueKind;

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
                    + "(repeatable, once per column; grid_w or household_w required). Instead of --trace.")
    List<String> items = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "COLUMN=UNIT",
            description = "Unit of plain numbers in an export's power column: W (default), kW or MW, e.g. pv_w=kW.")
    List<String> units = new ArrayList<>();

    @Option(names = "--max-power", paramLabel = "W", defaultValue = "1000000",
            description = "The largest power a trace may hold, W either way (default 1000000, 1 MW); a bigger value "
                    + "is refused as a unit mistake or a corrupt reading.")
    double maxPower = ValueKind.DEFAULT_MAX_POWER;

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
        if (!(maxPower > 0) || Double.isInfinite(maxPower)) {
            throw new IllegalArgumentException("--max-power " + maxPower + ": expected a number of W above 0");
        }
        Path csv = trace;
        if (csv != null) {
            InputFiles.requireReadable("--trace " + csv, csv);
            return new SampleSource.Csv(csv, maxPower);
        }
        String name = scenario;
        if (name != null) {
            BuiltInScenario day = BuiltInScenario.byId(name);
            Long chosen = seed;
            return new SampleSource.Scenario(day, chosen == null ? day.profile().seed() : chosen);
        }
        Map<TraceColumn, Path> files = new EnumMap<>(TraceColumn.class);
        for (String item : items) {
            String[] mapping = split(item, "--item", "COLUMN=FILE, like grid_w=grid.json");
            Path file = Path.of(mapping[1]);
            InputFiles.requireReadable("--item " + item, file);
            put(files, column(mapping[0], "--item"), file, "--item", item);
        }
        Map<TraceColumn, PowerUnit> plain = new EnumMap<>(TraceColumn.class);
        for (String unitGiven : units) {
            String[] mapping = split(unitGiven, "--unit", "COLUMN=UNIT, like pv_w=kW");
            PowerUnit unit = PowerUnit.fromSymbol(mapping[1].trim());
            if (unit == null) {
                throw new IllegalArgumentException("--unit " + unitGiven + ": the unit must be W, kW or MW");
            }
            put(plain, column(mapping[0], "--unit"), unit, "--unit", unitGiven);
        }
        return new SampleSource.Persistence(files, plain, maxPower);
    }

    /** @return the name and the value of {@code NAME=VALUE} */
    private static String[] split(String given, String option, String form) {
        int equals = given.indexOf('=');
        if (equals <= 0 || equals == given.length() - 1) {
            throw new IllegalArgumentException(option + " " + given + ": expected " + form);
        }
        return new String[] { given.substring(0, equals).trim(), given.substring(equals + 1) };
    }

    /** A column given twice is an error: picocli's map would silently keep the last one. */
    private static <V> void put(Map<TraceColumn, V> map, TraceColumn column, V value, String option, String given) {
        if (map.putIfAbsent(column, value) != null) {
            throw new IllegalArgumentException(option + " " + given + ": column " + column.header()
                    + " is given twice; give each column once");
        }
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
