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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.trace.TraceColumn.ValueKind;

/**
 * Reads a CSV trace lazily, one line at a time: memory does not grow with the length of the trace.
 * <p>
 * The first line that is neither blank nor a {@code #} comment is the header; it names the columns
 * ({@link TraceColumn}) in any order. It must have {@code timestamp} and {@code grid_w} or {@code household_w};
 * an unknown or repeated name is an error. Every data row has exactly the header's number of fields. An empty
 * field means "not measured" (null in the sample), except that {@code timestamp} is never empty and each row needs
 * {@code grid_w} or {@code household_w}. Timestamps strictly increase. Fields are not quoted.
 * <p>
 * The header is read when the reader is opened, so a bad header fails at {@code open}. Rows are parsed on
 * {@link #hasNext()}. The first malformed row throws {@link TraceFormatException}; nothing after it is read.
 * Parsing splits fields by hand and uses no regular expression, so {@link #parseOnly} measures pure parsing.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class CsvTraceReader implements TraceSource {

    private static final TraceColumn[] ALL = TraceColumn.values();

    /** Where the reader is between rows; the iterator looks one row ahead. */
    private enum Cursor {
        NEEDS_ROW,
        HAS_ROW,
        AT_END,
        /** A row was malformed; the reader repeats that error instead of reading on. */
        FAILED
    }

    private final BufferedReader in;
    private final String file;
    private final TraceColumn[] header;
    private final Set<TraceColumn> columns;
    private final int headerLine;
    /** The header positions of grid_w and household_w; a row needs a value in one of them. */
    private final int[] basePositions;

    private int line;
    private long rows;
    private Cursor cursor = Cursor.NEEDS_ROW;
    private @Nullable TraceFormatException failure;
    private @Nullable Instant previousTime;
    private int previousLine;

    // the row just parsed, indexed by TraceColumn ordinal; reused so that parsing allocates only what it returns
    private Instant time = Instant.EPOCH;
    private final double[] values = new double[ALL.length];
    private final boolean[] present = new boolean[ALL.length];
    private final int[] fieldStart;
    private final int[] fieldEnd;

    private CsvTraceReader(BufferedReader in, String file) throws IOException {
        this.in = in;
        this.file = file;
        String text = nextContentLine();
        if (text == null) {
            throw TraceFormatException.inFile(file,
                    "empty trace, expected a header line naming the columns, like 'timestamp,grid_w,pv_w'");
        }
        this.headerLine = line;
        this.header = parseHeader(text);
        EnumSet<TraceColumn> set = EnumSet.noneOf(TraceColumn.class);
        Collections.addAll(set, header);
        this.columns = Collections.unmodifiableSet(set);
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i].isBasePower()) {
                base.add(i);
            }
        }
        this.basePositions = base.stream().mapToInt(Integer::intValue).toArray();
        this.fieldStart = new int[header.length];
        this.fieldEnd = new int[header.length];
    }

    /**
     * Opens a CSV trace file (UTF-8) and reads its header.
     *
     * @throws TraceFormatException if the file is empty or its header is wrong
     */
    public static CsvTraceReader open(Path file) throws IOException {
        return open(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads the header from {@code reader}; the returned reader owns {@code reader} and closes it.
     *
     * @param name the file name used in error messages
     * @throws TraceFormatException if there is no header or it is wrong (the reader is closed then)
     */
    public static CsvTraceReader open(Reader reader, String name) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        try {
            return new CsvTraceReader(buffered, name);
        } catch (IOException | RuntimeException e) {
            try {
                buffered.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Reads and validates the whole trace file without building samples.
     *
     * @throws TraceFormatException at the first malformed line, or if there are no data rows
     */
    public static TraceStats parseOnly(Path file) throws IOException {
        return parseOnly(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads and validates the whole trace without building samples, then closes {@code reader}.
     *
     * @param name the file name used in error messages
     * @throws TraceFormatException at the first malformed line, or if there are no data rows
     */
    public static TraceStats parseOnly(Reader reader, String name) throws IOException {
        try (CsvTraceReader trace = open(reader, name)) {
            if (!trace.readRow()) {
                throw trace.noRows();
            }
            Instant first = trace.time;
            while (trace.readRow()) {
                // validation is the work; the values are dropped
            }
            return new TraceStats(trace.rows, first, trace.time, trace.columns);
        }
    }

    @Override
    public String name() {
        return file;
    }

    @Override
    public Set<TraceColumn> columns() {
        return columns;
    }

    /** @return the number of data rows read so far */
    public long rowsRead() {
        return rows;
    }

    @Override
    public boolean hasNext() {
        TraceFormatException failed = failure;
        if (failed != null) {
            throw failed;
        }
        if (cursor == Cursor.NEEDS_ROW) {
            try {
                cursor = readRow() ? Cursor.HAS_ROW : Cursor.AT_END;
                if (cursor == Cursor.AT_END && rows == 0) {
                    throw noRows();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": reading failed after line " + line, e);
            } catch (TraceFormatException e) {
                cursor = Cursor.FAILED;
                failure = e;
                throw e;
            }
        }
        return cursor == Cursor.HAS_ROW;
    }

    @Override
    public TraceSample next() {
        if (!hasNext()) {
            throw new NoSuchElementException(file + ": no more rows after line " + line);
        }
        cursor = Cursor.NEEDS_ROW;
        return new TraceSample(time, value(TraceColumn.GRID_W), value(TraceColumn.HOUSEHOLD_W),
                value(TraceColumn.PV_W), value(TraceColumn.BATTERY_W), value(TraceColumn.SOC),
                value(TraceColumn.HEATPUMP_W), present[TraceColumn.GRID_LOCK.ordinal()]
                        ? Boolean.valueOf(values[TraceColumn.GRID_LOCK.ordinal()] == 1)
                        : null);
    }

    @Override
    public void close() throws IOException {
        cursor = Cursor.AT_END;
        in.close();
    }

    private @Nullable Double value(TraceColumn column) {
        int i = column.ordinal();
        return present[i] ? Double.valueOf(values[i]) : null;
    }

    private TraceFormatException noRows() {
        return TraceFormatException.atLine(file, headerLine, "expected data rows after the header, found none");
    }

    /** @return the next line that is not blank and not a comment, or null at the end of the input */
    private @Nullable String nextContentLine() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (!isBlankOrComment(text)) {
                return text;
            }
        }
        return null;
    }

    private static boolean isBlankOrComment(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private TraceColumn[] parseHeader(String text) {
        String headerText = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        String[] names = splitHeader(headerText);
        TraceColumn[] result = new TraceColumn[names.length];
        List<String> unknown = new ArrayList<>();
        int firstUnknown = 0;
        for (int i = 0; i < names.length; i++) {
            TraceColumn column = TraceColumn.fromHeader(names[i]);
            if (column == null) {
                if (unknown.isEmpty()) {
                    firstUnknown = i + 1;
                }
                unknown.add((i + 1) + " '" + names[i] + "'");
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (result[j] == column) {
                    throw TraceFormatException.atColumn(file, line, i + 1, column.header(),
                            "duplicate column, it is already column " + (j + 1));
                }
            }
            result[i] = column;
        }
        if (!unknown.isEmpty()) {
            String others = unknown.size() == 1 ? ""
                    : "; also unknown: column " + String.join(", column ", unknown.subList(1, unknown.size()));
            throw TraceFormatException.atColumn(file, line, firstUnknown, names[firstUnknown - 1],
                    "unknown column" + others + "; the known columns are: " + TraceColumn.knownHeaders());
        }
        Set<TraceColumn> has = EnumSet.noneOf(TraceColumn.class);
        Collections.addAll(has, result);
        String listed = Arrays.stream(result).map(TraceColumn::header).collect(Collectors.joining(", "));
        if (!has.contains(TraceColumn.TIMESTAMP)) {
            throw TraceFormatException.atLine(file, line,
                    "missing required column 'timestamp'; the header has: " + listed);
        }
        if (!has.contains(TraceColumn.GRID_W) && !has.contains(TraceColumn.HOUSEHOLD_W)) {
            throw TraceFormatException.atLine(file, line,
                    "missing required column 'grid_w' or 'household_w'; the header has: " + listed);
        }
        return result;
    }

    private static String[] splitHeader(String text) {
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

    /** Reads and validates the next data row into the scratch fields; false at the end of the input. */
    private boolean readRow() throws IOException {
        String text = nextContentLine();
        if (text == null) {
            return false;
        }
        split(text);
        for (int i = 0; i < header.length; i++) {
            parseField(text, i);
        }
        requireBasePower(text);
        Instant previous = previousTime;
        if (previous != null && !time.isAfter(previous)) {
            int at = fieldOf(TraceColumn.TIMESTAMP);
            throw fieldError(at, "expected a time after " + previous + " (the time on line " + previousLine + ")",
                    text);
        }
        previousTime = time;
        previousLine = line;
        rows++;
        return true;
    }

    /** Finds the fields of {@code text}, trimmed of blanks, or fails if their number differs from the header's. */
    private void split(String text) {
        int count = 1;
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            count++;
        }
        if (count != header.length) {
            String expected = "expected " + header.length + " fields like the header, got " + count;
            if (count < header.length) {
                throw TraceFormatException.atColumn(file, line, count + 1, header[count].header(), expected);
            }
            throw TraceFormatException.atColumn(file, line, header.length + 1, null, expected);
        }
        int start = 0;
        for (int i = 0; i < header.length; i++) {
            int end = i == header.length - 1 ? text.length() : text.indexOf(',', start);
            int s = start;
            int e = end;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            fieldStart[i] = s;
            fieldEnd[i] = e;
            start = end + 1;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void parseField(String text, int i) {
        TraceColumn column = header[i];
        int s = fieldStart[i];
        int e = fieldEnd[i];
        int slot = column.ordinal();
        if (column == TraceColumn.TIMESTAMP) {
            time = parseTime(text, s, e, i);
            return;
        }
        if (s == e) {
            present[slot] = false;
            return;
        }
        double value = column.kind() == ValueKind.FLAG ? parseFlag(text, s, e, i) : parseNumber(text, s, e, i);
        if (!column.kind().accepts(value)) {
            throw fieldError(i, "expected " + column.kind().expected(), text);
        }
        values[slot] = value;
        present[slot] = true;
    }

    private void requireBasePower(String text) {
        for (int position : basePositions) {
            if (present[header[position].ordinal()]) {
                return;
            }
        }
        throw fieldError(basePositions[0], "expected a number of W (each row needs "
                + (basePositions.length == 2 ? "grid_w or household_w" : header[basePositions[0]].header()) + ")",
                text);
    }

    private Instant parseTime(String text, int s, int e, int i) {
        try {
            if (s < e && isEpochSeconds(text, s, e)) {
                return Instant.ofEpochSecond(parseLong(text, s, e));
            }
            if (s < e) {
                return OffsetDateTime.parse(text.substring(s, e)).toInstant();
            }
        } catch (DateTimeException e2) {
            // falls through to the error that says what a timestamp looks like
        }
        throw fieldError(i, "expected " + ValueKind.TIME.expected(), text);
    }

    /** Epoch seconds: an optional minus and 1 to 18 digits (so that the value fits a long). */
    private static boolean isEpochSeconds(String text, int s, int e) {
        int digitsFrom = text.charAt(s) == '-' ? s + 1 : s;
        if (digitsFrom == e || e - digitsFrom > 18) {
            return false;
        }
        for (int k = digitsFrom; k < e; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parseLong(String text, int s, int e) {
        boolean negative = text.charAt(s) == '-';
        long result = 0;
        for (int k = negative ? s + 1 : s; k < e; k++) {
            result = result * 10 + (text.charAt(k) - '0');
        }
        return negative ? -result : result;
    }

    private double parseNumber(String text, int s, int e, int i) {
        // Double.parseDouble also takes "NaN", "1d" or hex; a trace number is plain decimal, so check first
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw fieldError(i, "expected " + header[i].kind().expected(), text);
            }
        }
        try {
            return Double.parseDouble(text.substring(s, e));
        } catch (NumberFormatException ex) {
            throw fieldError(i, "expected " + header[i].kind().expected(), text);
        }
    }

    private double parseFlag(String text, int s, int e, int i) {
        int length = e - s;
        if (length == 1 && text.charAt(s) == '1' || length == 4 && text.regionMatches(true, s, "true", 0, 4)) {
            return 1;
        }
        if (length == 1 && text.charAt(s) == '0' || length == 5 && text.regionMatches(true, s, "false", 0, 5)) {
            return 0;
        }
        throw fieldError(i, "expected " + ValueKind.FLAG.expected(), text);
    }

    private int fieldOf(TraceColumn column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i] == column) {
                return i;
            }
        }
        throw new IllegalStateException("column " + column.header() + " is not in the header");
    }

    /** @return the error for field {@code i} of the current line: {@code detail, got 'field'} */
    private TraceFormatException fieldError(int i, String detail, String text) {
        String got = text.substring(fieldStart[i], fieldEnd[i]);
        return TraceFormatException.atColumn(file, line, i + 1, header[i].header(), detail + ", got '" + got + "'");
    }
}
