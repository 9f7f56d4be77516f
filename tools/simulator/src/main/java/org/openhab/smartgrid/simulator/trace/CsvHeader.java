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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The header line of a CSV trace: which column is at which position. Names are matched case-insensitively and
 * without surrounding blanks; a leading byte order mark is ignored. Every name must be known and appear once, and
 * the header needs {@code timestamp} and {@code grid_w} or {@code household_w}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class CsvHeader {

    private final TraceColumn[] positions;
    private final Set<TraceColumn> columns;
    private final int timestampPosition;
    private final int[] basePositions;
    private final int line;

    private CsvHeader(TraceColumn[] positions, int line) {
        this.positions = positions;
        this.line = line;
        EnumSet<TraceColumn> set = EnumSet.noneOf(TraceColumn.class);
        Collections.addAll(set, positions);
        this.columns = Collections.unmodifiableSet(set);
        this.timestampPosition = Arrays.asList(positions).indexOf(TraceColumn.TIMESTAMP);
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i].isBasePower()) {
                base.add(i);
            }
        }
        this.basePositions = base.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param text the header line
     * @param file the file name, for errors
     * @param line the header's line number, for errors
     * @throws TraceFormatException naming the first unknown, repeated or missing column
     */
    static CsvHeader parse(String text, String file, int line) {
        String[] names = split(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        TraceColumn[] positions = new TraceColumn[names.length];
        List<String> unknown = new ArrayList<>();
        int firstUnknown = 0;
        for (int i = 0; i < names.length; i++) {
            TraceColumn column = TraceColumn.fromHeader(names[i]);
            if (column == null) {
                if (unknown.isEmpty()) {
                    firstUnknown = i + 1;
                }
                unknown.add((i + 1) + " '" + TraceFormatException.shown(names[i]) + "'");
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (positions[j] == column) {
                    throw TraceFormatException.atColumn(file, line, i + 1, column.header(),
                            "duplicate column, it is already column " + (j + 1));
                }
            }
            positions[i] = column;
        }
        if (!unknown.isEmpty()) {
            // name them all, so that one run shows every typo
            String others = unknown.size() == 1 ? ""
                    : "; also unknown: column " + String.join(", column ", unknown.subList(1, unknown.size()));
            throw TraceFormatException.atColumn(file, line, firstUnknown,
                    TraceFormatException.shown(names[firstUnknown - 1]), "unknown column" + others + "; the known columns are: " + TraceColumn.knownHeaders());
        }
        List<TraceColumn> has = Arrays.asList(positions);
        String listed = has.stream().map(TraceColumn::header).collect(Collectors.joining(", "));
        if (!has.contains(TraceColumn.TIMESTAMP)) {
            throw TraceFormatException.atLine(file, line,
                    "missing required column 'timestamp'; the header has: " + listed);
        }
        if (!has.contains(TraceColumn.GRID_W) && !has.contains(TraceColumn.HOUSEHOLD_W)) {
            throw TraceFormatException.atLine(file, line,
                    "missing required column 'grid_w' or 'household_w'; the header has: " + listed);
        }
        return new CsvHeader(positions, line);
    }

    private static String[] split(String text) {
        List<String> names = new ArrayList<>();
        int start = 0;
        int comma;
        while ((comma = text.indexOf(',', start)) >= 0) {
            names.add(text.substring(start, comma).strip());
            start = comma + 1;
        }
        names.add(text.substring(start).strip());
        return names.toArray(String[]::new);
    }

    /** @return the number of columns, which every row must have */
    int size() {
        return positions.length;
    }

    /** @return the column at 0-based position {@code i} */
    TraceColumn at(int i) {
        return positions[i];
    }

    /** @return the columns the header names */
    Set<TraceColumn> columns() {
        return columns;
    }

    /** @return the 0-based position of {@code timestamp} */
    int timestampPosition() {
        return timestampPosition;
    }

    /** @return the 0-based positions of {@code grid_w} and {@code household_w}, those the header has */
    int[] basePositions() {
        return basePositions.clone();
    }

    /** @return the header's line number */
    int line() {
        return line;
    }
}
