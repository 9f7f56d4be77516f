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

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.trace.TraceColumn.ValueKind;

/**
 * A trace merged from openHAB persistence exports, one JSON file per column (see {@link ItemSeries} for the
 * format). The items were persisted at their own moments, so the trace has a row at every time any item has a
 * datapoint (the union of all times); in each row a column holds its item's last known value. Rows before every
 * mapped {@code grid_w}/{@code household_w} item has a value are dropped; optional columns are null until their
 * item's first datapoint.
 * <p>
 * Unlike {@link CsvTraceReader}, this reader reads every export file completely when it is opened, into two
 * primitive arrays per item (16 bytes per datapoint); the merged rows are still produced lazily.
 * Any malformed export fails at {@code open}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class PersistenceTraceReader implements TraceSource {

    private final String name;
    private final Set<TraceColumn> columns;
    private final ItemSeries[] series;
    /** The next unread datapoint of each series. */
    private final int[] next;
    /** The mapped base power columns; a row is emitted once all of them have a value. */
    private final List<TraceColumn> required;

    // the merged row: each column keeps its item's last value until the item's next datapoint
    private long timeMillis;
    private final TraceRow row = new TraceRow();
    private boolean hasRow;
    private long rows;

    private PersistenceTraceReader(String name, List<ItemSeries> series) {
        this.name = name;
        this.series = series.toArray(ItemSeries[]::new);
        this.next = new int[series.size()];
        EnumSet<TraceColumn> set = EnumSet.of(TraceColumn.TIMESTAMP);
        series.forEach(s -> set.add(s.column()));
        this.columns = Collections.unmodifiableSet(set);
        this.required = set.stream().filter(TraceColumn::isBasePower).toList();
    }

    /**
     * Reads the export files (UTF-8) of the mapped columns, taking power states without a unit as W.
     *
     * @see #open(Map, Map)
     */
    public static PersistenceTraceReader open(Map<TraceColumn, Path> files) throws IOException {
        return open(files, Map.of());
    }

    /**
     * Reads the export files (UTF-8) of the mapped columns and prepares their merge.
     *
     * @param files for each trace column, the persistence export of its item; must map {@code grid_w} or
     *            {@code household_w}, and must not map {@code timestamp}
     * @param plainNumberUnits for power columns whose states are plain numbers in another unit than W (newer
     *            openHAB versions export a {@code Number:Power} item in its own unit without writing it), that unit
     * @throws IllegalArgumentException if the mapping is not like that, or a unit is given for a column that is not
     *             a mapped power
     * @throws TraceFormatException if an export is malformed, naming the file and the JSON path
     */
    public static PersistenceTraceReader open(Map<TraceColumn, Path> files,
            Map<TraceColumn, PowerUnit> plainNumberUnits) throws IOException {
        return open(files, plainNumberUnits, ValueKind.DEFAULT_MAX_POWER);
    }

    /**
     * {@link #open(Map, Map)} with powers up to {@code maxPower} W either way.
     */
    public static PersistenceTraceReader open(Map<TraceColumn, Path> files,
            Map<TraceColumn, PowerUnit> plainNumberUnits, double maxPower) throws IOException {
        checkMapping(files.keySet());
        checkUnits(files.keySet(), plainNumberUnits);
        // column order, so that the name and the merge do not depend on the map's iteration order
        Map<TraceColumn, Path> ordered = new EnumMap<>(files);
        List<ItemSeries> series = new ArrayList<>();
        for (Map.Entry<TraceColumn, Path> entry : ordered.entrySet()) {
            try (Reader reader = Files.newBufferedReader(entry.getValue(), StandardCharsets.UTF_8)) {
                series.add(ItemSeries.read(reader, entry.getValue().toString(), entry.getKey(),
                        plainNumberUnits.getOrDefault(entry.getKey(), PowerUnit.WATT), maxPower));
            } catch (CharacterCodingException e) {
                throw CsvTraceReader.notUtf8(entry.getValue().toString(), e);
            }
        }
        String name = ordered.values().stream().map(Path::toString).collect(Collectors.joining("+"));
        return new PersistenceTraceReader(name, series);
    }

    /**
     * Reads and validates the exports and walks their merge, without building samples; power states without a
     * unit are W.
     *
     * @see #open(Map, Map)
     */
    public static TraceStats parseOnly(Map<TraceColumn, Path> files) throws IOException {
        return parseOnly(files, Map.of());
    }

    /**
     * Reads and validates the exports and walks their merge, without building samples.
     *
     * @see #open(Map, Map)
     */
    public static TraceStats parseOnly(Map<TraceColumn, Path> files, Map<TraceColumn, PowerUnit> plainNumberUnits)
            throws IOException {
        return parseOnly(files, plainNumberUnits, ValueKind.DEFAULT_MAX_POWER);
    }

    /** {@link #parseOnly(Map, Map)} with powers up to {@code maxPower} W either way. */
    public static TraceStats parseOnly(Map<TraceColumn, Path> files, Map<TraceColumn, PowerUnit> plainNumberUnits,
            double maxPower) throws IOException {
        try (PersistenceTraceReader trace = open(files, plainNumberUnits, maxPower)) {
            if (!trace.advance()) {
                throw new IllegalStateException("a merge of non-empty exports has at least one row");
            }
            long first = trace.timeMillis;
            while (trace.advance()) {
                // the merge is the work; the rows are dropped
            }
            return new TraceStats(trace.rows, Instant.ofEpochMilli(first), Instant.ofEpochMilli(trace.timeMillis),
                    trace.columns);
        }
    }

    private static void checkMapping(Set<TraceColumn> mapped) {
        if (mapped.contains(TraceColumn.TIMESTAMP)) {
            throw new IllegalArgumentException("files: column 'timestamp' cannot be mapped to an item export, "
                    + "each datapoint has its own time");
        }
        if (!mapped.contains(TraceColumn.GRID_W) && !mapped.contains(TraceColumn.HOUSEHOLD_W)) {
            throw new IllegalArgumentException("files: map column 'grid_w' or 'household_w' to an item export; mapped: "
                    + mapped.stream().map(TraceColumn::header).sorted().collect(Collectors.joining(", ")));
        }
    }

    private static void checkUnits(Set<TraceColumn> mapped, Map<TraceColumn, PowerUnit> units) {
        for (TraceColumn column : units.keySet()) {
            if (column.kind() != TraceColumn.ValueKind.POWER || !mapped.contains(column)) {
                throw new IllegalArgumentException("plainNumberUnits: column '" + column.header()
                        + "' is not a mapped power column; units apply to the mapped ones of grid_w, household_w, "
                        + "pv_w, battery_w, heatpump_w");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<TraceColumn> columns() {
        return columns;
    }

    @Override
    public boolean hasNext() {
        if (!hasRow) {
            hasRow = advance();
        }
        return hasRow;
    }

    @Override
    public TraceRow nextRow() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + ": no more rows after " + rows);
        }
        hasRow = false;
        row.setTime(Instant.ofEpochMilli(timeMillis));
        return row;
    }

    @Override
    public void close() {
        // the exports were read completely when opened; nothing is left open
    }

    /** Moves to the next time any item has a datapoint at which all required columns have values. */
    private boolean advance() {
        while (true) {
            long earliest = Long.MAX_VALUE;
            boolean any = false;
            for (int s = 0; s < series.length; s++) {
                if (next[s] < series[s].size()) {
                    earliest = Math.min(earliest, series[s].timeAt(next[s]));
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            for (int s = 0; s < series.length; s++) {
                ItemSeries item = series[s];
                if (next[s] < item.size() && item.timeAt(next[s]) == earliest) {
                    row.set(item.column().ordinal(), item.valueAt(next[s]));
                    next[s]++;
                }
            }
            timeMillis = earliest;
            if (hasRequired()) {
                rows++;
                return true;
            }
        }
    }

    private boolean hasRequired() {
        for (TraceColumn column : required) {
            if (!row.has(column)) {
                return false;
            }
        }
        return true;
    }
}
