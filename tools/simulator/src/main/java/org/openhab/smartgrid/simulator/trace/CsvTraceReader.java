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
import java.util.NoSuchElementException;
import java.util.Set;

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
    private final CsvHeader header;
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
        this.header = CsvHeader.parse(text, file, line);
        this.basePositions = header.basePositions();
        this.fieldStart = new int[header.size()];
        this.fieldEnd = new int[header.size()];
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
            return new TraceStats(trace.rows, first, trace.time, trace.columns());
        }
    }

    @Override
    public String name() {
        return file;
    }

    @Override
    public Set<TraceColumn> columns() {
        return header.columns();
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
        return TraceFormatException.atLine(file, header.line(), "expected data rows after the header, found none");
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

    /** Reads and validates the next data row into the scratch fields; false at the end of the input. */
    private boolean readRow() throws IOException {
        String text = nextContentLine();
        if (text == null) {
            return false;
        }
        split(text);
        for (int i = 0; i < header.size(); i++) {
            parseField(text, i);
        }
        requireBasePower(text);
        Instant previous = previousTime;
        if (previous != null && !time.isAfter(previous)) {
            throw fieldError(header.timestampPosition(),
                    "expected a time after " + previous + " (the time on line " + previousLine + ")", text);
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
        if (count != header.size()) {
            String expected = "expected " + header.size() + " fields like the header, got " + count;
            if (count < header.size()) {
                throw TraceFormatException.atColumn(file, line, count + 1, header.at(count).header(), expected);
            }
            throw TraceFormatException.atColumn(file, line, header.size() + 1, null, expected);
        }
        int start = 0;
        for (int i = 0; i < header.size(); i++) {
            int end = i == header.size() - 1 ? text.length() : text.indexOf(',', start);
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
        TraceColumn column = header.at(i);
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
            if (present[header.at(position).ordinal()]) {
                return;
            }
        }
        String needed = basePositions.length == 2 ? "grid_w or household_w" : header.at(basePositions[0]).header();
        throw fieldError(basePositions[0], "expected a number of W (each row needs " + needed + ")", text);
    }

    private Instant parseTime(String text, int s, int e, int i) {
        if (s < e) {
            try {
                return TraceTimestamp.parse(text, s, e);
            } catch (DateTimeException e2) {
                // falls through to the error that says what a timestamp looks like
            }
        }
        throw fieldError(i, "expected " + ValueKind.TIME.expected(), text);
    }

    private double parseNumber(String text, int s, int e, int i) {
        // Double.parseDouble also takes "NaN", "1d" or hex; a trace number is plain decimal, so check first
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw fieldError(i, "expected " + header.at(i).kind().expected(), text);
            }
        }
        try {
            return Double.parseDouble(text.substring(s, e));
        } catch (NumberFormatException ex) {
            throw fieldError(i, "expected " + header.at(i).kind().expected(), text);
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

    /** @return the error for field {@code i} of the current line: {@code detail, got 'field'} */
    private TraceFormatException fieldError(int i, String detail, String text) {
        String got = text.substring(fieldStart[i], fieldEnd[i]);
        return TraceFormatException.atColumn(file, line, i + 1, header.at(i).header(),
                detail + ", got '" + got + "'");
    }
}
