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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The merge of any set of item exports equals the obvious definition: one row per time any item has a datapoint,
 * each column holding the last datapoint at or before that time, rows before the base power dropped.
 */
@NonNullByDefault
class PersistenceMergePropertyTest {

    private static final TraceColumn[] MAPPABLE = { TraceColumn.GRID_W, TraceColumn.HOUSEHOLD_W, TraceColumn.PV_W,
            TraceColumn.BATTERY_W, TraceColumn.SOC, TraceColumn.HEATPUMP_W, TraceColumn.GRID_LOCK };

    private @TempDir Path dir = Path.of(".");

    /** One datapoint as written in an export. */
    private record Point(long time, double value) {
    }

    @Test
    void theMergeHasOneRowPerTimeWithEachColumnsLastValue() {
        PropertyCheck.forAll("merged exports hold each item's last value at every time", 300, random -> {
            Map<TraceColumn, List<Point>> series = randomSeries(random);
            Map<TraceColumn, Path> files = new EnumMap<>(TraceColumn.class);
            series.forEach((column, points) -> files.put(column, write(column, points)));
            List<TraceSample> expected = expectedMerge(series);
            List<TraceSample> actual = new ArrayList<>();
            try (PersistenceTraceReader reader = PersistenceTraceReader.open(files)) {
                reader.forEachRemaining(actual::add);
                assertEquals(expected, actual, () -> "merge of " + series);
                assertEquals(expected.size(), PersistenceTraceReader.parseOnly(files).rows(), "parse-only rows");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<TraceColumn, List<Point>> randomSeries(SplittableRandom random) {
        // at least one base power is mapped, sometimes both; each optional column sometimes
        boolean grid = random.nextInt(4) > 0;
        boolean household = !grid || random.nextBoolean();
        Map<TraceColumn, List<Point>> series = new EnumMap<>(TraceColumn.class);
        for (TraceColumn column : MAPPABLE) {
            boolean mapped = switch (column) {
                case GRID_W -> grid;
                case HOUSEHOLD_W -> household;
                default -> random.nextBoolean();
            };
            if (mapped) {
                series.put(column, randomPoints(random, column));
            }
        }
        return series;
    }

    private static List<Point> randomPoints(SplittableRandom random, TraceColumn column) {
        List<Point> points = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        // epoch milliseconds in 2023, as openHAB writes them (a trace's times are from 2000 to 2100)
        long time = 1_700_000_000_000L + random.nextLong(0, 10_000);
        for (int i = 0; i < count; i++) {
            // small steps, so that items often share times; 0 repeats a time as openHAB does for a Switch
            time += random.nextInt(4) * 1000L;
            double value = switch (column.kind()) {
                case FLAG -> random.nextInt(2);
                case PERCENT -> random.nextInt(101);
                case DRAW -> random.nextInt(0, 5000);
                default -> random.nextInt(-5000, 5000);
            };
            points.add(new Point(time, value));
        }
        return points;
    }

    private static List<TraceSample> expectedMerge(Map<TraceColumn, List<Point>> series) {
        TreeSet<Long> times = new TreeSet<>();
        series.values().forEach(points -> points.forEach(point -> times.add(point.time())));
        List<TraceSample> rows = new ArrayList<>();
        for (long time : times) {
            Double grid = lastAt(series.get(TraceColumn.GRID_W), time);
            Double household = lastAt(series.get(TraceColumn.HOUSEHOLD_W), time);
            boolean ready = (grid != null || !series.containsKey(TraceColumn.GRID_W))
                    && (household != null || !series.containsKey(TraceColumn.HOUSEHOLD_W));
            if (!ready) {
                continue;
            }
            Double lock = lastAt(series.get(TraceColumn.GRID_LOCK), time);
            rows.add(new TraceSample(Instant.ofEpochMilli(time), grid, household,
                    lastAt(series.get(TraceColumn.PV_W), time), lastAt(series.get(TraceColumn.BATTERY_W), time),
                    lastAt(series.get(TraceColumn.SOC), time), lastAt(series.get(TraceColumn.HEATPUMP_W), time),
                    lock == null ? null : lock == 1));
        }
        return rows;
    }

    /** @return the value of the last datapoint at or before {@code time}, or null if there is none */
    private static @Nullable Double lastAt(@Nullable List<Point> points, long time) {
        Double value = null;
        if (points != null) {
            for (Point point : points) {
                if (point.time() <= time) {
                    value = point.value();
                }
            }
        }
        return value;
    }

    private Path write(TraceColumn column, List<Point> points) {
        StringBuilder json = new StringBuilder("{\"name\":\"Item_").append(column.header()).append("\",\"data\":[");
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String state = column == TraceColumn.GRID_LOCK ? (point.value() == 1 ? "ON" : "OFF")
                    : column == TraceColumn.SOC ? point.value() + " %" : point.value() + " W";
            json.append(i == 0 ? "" : ",").append("{\"time\":").append(point.time()).append(",\"state\":\"")
                    .append(state).append("\"}");
        }
        json.append("]}");
        try {
            return Files.writeString(dir.resolve(column.header() + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
