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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
 * The header is read when the reader is opened, so a bad header fails at {@code open}. The first malformed row
 * throws {@link TraceFormatException}; nothing after it is read.
 * <p>
 * {@link #parseOnly} and the iteration share one code path: every row is split, parsed and validated into a
 * {@link TraceRow}, so that parse-only measures exactly the reading part of a replay. The rows are parsed in place
 * in the line buffer, by hand, with no string per line or field and no regular expression.
 * <p>
 * Iterating, {@link #hasNext()} parses up to {@value #BATCH_ROWS} rows in one go into reused rows, which
 * {@link #nextRow()} then hands out. A replay does much work per row between two reads; parsing a batch back to back
 * keeps the parser's code and data in the CPU caches, which makes it as fast inside a replay as in parse-only. The
 * batch does not change what a caller sees: an error found while parsing ahead is thrown once the rows before it
 * have been handed out.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class CsvTraceReader implements TraceSource {

    /** Rows parsed in one go when iterating; see the class comment. */
    private static final int BATCH_ROWS = 256;

    private final CsvLines lines;
    private final String file;
    private final CsvHeader header;
    // for each header position, what it holds and where it goes in the row: looked up once, not per field
    private final ValueKind[] kinds;
    private final int[] slots;
    /** The header positions of grid_w and household_w; a row needs a value in one of them. */
    private final int[] basePositions;
    private final TraceTimestamp timestamps = new TraceTimestamp();
    /** The largest power a field may hold, W, either way. */
    private final double maxPower;

    /** The data rows validated so far. */
    private long rows;
    // the time of the row before, as numbers (see TraceRow); previousLine 0 before the first row
    private long previousSecond;
    private int previousNano;
    private int previousLine;
    // the trimmed fields of the line being parsed
    private final int[] fieldStart;
    private final int[] fieldEnd;

    // iterating: the rows parsed ahead, reused batch after batch; the first `handedOut` of `parsed` are taken
    private final TraceRow[] batch;
    private int parsed;
    private int handedOut;
    private long rowsHandedOut;
    private boolean inputEnded;
    /** Why reading stopped early; thrown once the rows before it are taken, and again on every later call. */
    private @Nullable RuntimeException failure;

    private CsvTraceReader(CsvLines lines, String file, double maxPower) throws IOException {
        this.lines = lines;
        this.maxPower = maxPower;
        this.file = file;
        if (!lines.nextContent()) {
            throw TraceFormatException.inFile(file,
                    "empty trace, expected a header line naming the columns, like 'timestamp,grid_w,pv_w'");
        }
        this.header = CsvHeader.parse(lines.text(), file, lines.number());
        this.basePositions = header.basePositions();
        this.kinds = new ValueKind[header.size()];
        this.slots = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            kinds[i] = header.at(i).kind();
            slots[i] = header.at(i).ordinal();
        }
        this.fieldStart = new int[header.size()];
        this.fieldEnd = new int[header.size()];
        this.batch = new TraceRow[BATCH_ROWS];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = new TraceRow();
        }
    }

    /**
     * Opens a CSV trace file (UTF-8) and reads its header.
     *
     * @throws TraceFormatException if the file is empty or its header is wrong
     */
    public static CsvTraceReader open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads the header from UTF-8 bytes; the returned reader owns {@code in} and closes it. Bytes that are not
     * UTF-8 fail the reading with {@link java.nio.charset.MalformedInputException}, as
     * {@link Files#newBufferedReader(Path)} does.
     *
     * @param name the file name used in error messages
     * @throws TraceFormatException if there is no header or it is wrong (the stream is closed then)
     */
    public static CsvTraceReader open(InputStream in, String name) throws IOException {
        return open(in, name, ValueKind.DEFAULT_MAX_POWER);
    }

    /** {@link #open(InputStream, String)} with powers up to {@code maxPower} W either way. */
    public static CsvTraceReader open(InputStream in, String name, double maxPower) throws IOException {
        return open(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), name, maxPower);
    }

    /**
     * Reads the header from {@code reader}; the returned reader owns {@code reader} and closes it.
     *
     * @param name the file name used in error messages
     * @throws TraceFormatException if there is no header or it is wrong (the reader is closed then)
     */
    public static CsvTraceReader open(Reader reader, String name) throws IOException {
        return open(reader, name, ValueKind.DEFAULT_MAX_POWER);
    }

    private static CsvTraceReader open(Reader reader, String name, double maxPower) throws IOException {
        CsvLines lines = new CsvLines(reader);
        try {
            try {
                return new CsvTraceReader(lines, name, maxPower);
            } catch (CharacterCodingException e) {
                throw notUtf8(name, e);
            }
        } catch (IOException | RuntimeException e) {
            try {
                lines.close();
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
        return parseOnly(file, ValueKind.DEFAULT_MAX_POWER);
    }

    /** {@link #parseOnly(Path)} with powers up to {@code maxPower} W either way. */
    public static TraceStats parseOnly(Path file, double maxPower) throws IOException {
        try (CsvTraceReader trace = open(Files.newInputStream(file), file.toString(), maxPower)) {
            return trace.validateAll();
        } catch (CharacterCodingException e) {
            throw notUtf8(file.toString(), e);
        }
    }

    /**
     * @return the error for a trace that is not UTF-8, with the line and column of the first such byte when
     *         {@code file} names a file that can be read again
     */
    static TraceFormatException notUtf8(String file, CharacterCodingException e) {
        Utf8Position at = null;
        try {
            Path path = Path.of(file);
            if (Files.isRegularFile(path)) {
                at = Utf8Position.find(path);
            }
        } catch (java.nio.file.InvalidPathException notAPath) {
            // a stream's name: the error names no position
        }
        return TraceFormatException.notUtf8(file, at, e);
    }

    /**
     * Reads and validates the whole trace without building samples, then closes {@code reader}.
     *
     * @param name the file name used in error messages
     * @throws TraceFormatException at the first malformed line, or if there are no data rows
     */
    public static TraceStats parseOnly(Reader reader, String name) throws IOException {
        try (CsvTraceReader trace = open(reader, name)) {
            return trace.validateAll();
        }
    }

    private TraceStats validateAll() throws IOException {
        TraceRow row = batch[0];
        if (!readRow(row)) {
            throw noRows();
        }
        Instant first = row.time();
        while (readRow(row)) {
            // validation is the work; the rows are dropped
        }
        return new TraceStats(rows, first, row.time(), columns());
    }

    @Override
    public String name() {
        return file;
    }

    @Override
    public Set<TraceColumn> columns() {
        return header.columns();
    }

    /** @return the number of data rows {@link #next()} and {@link #nextRow()} returned so far */
    public long rowsRead() {
        return rowsHandedOut;
    }

    @Override
    public boolean hasNext() {
        if (handedOut == parsed) {
            readBatch();
        }
        return handedOut < parsed;
    }

    @Override
    public TraceRow nextRow() {
        if (!hasNext()) {
            throw new NoSuchElementException(file + ": no more rows after line " + lines.number());
        }
        rowsHandedOut++;
        return batch[handedOut++];
    }

    @Override
    public void close() throws IOException {
        inputEnded = true;
        parsed = 0;
        handedOut = 0;
        lines.close();
    }

    /**
     * Parses the next rows into the batch. A malformed row or a failed read ends the batch before it, and is thrown
     * when no parsed row is left: the caller gets every row before the error, then the error.
     */
    private void readBatch() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
        parsed = 0;
        handedOut = 0;
        try {
            while (!inputEnded && parsed < batch.length) {
                if (readRow(batch[parsed])) {
                    parsed++;
                } else {
                    inputEnded = true;
                    if (rows == 0) {
                        throw noRows();
                    }
                }
            }
        } catch (CharacterCodingException e) {
            failure = notUtf8(file, e);
        } catch (IOException e) {
            failure = new UncheckedIOException(file + ": reading failed after line " + lines.number(), e);
        } catch (TraceFormatException e) {
            failure = e;
        }
        RuntimeException now = failure;
        if (parsed == 0 && now != null) {
            throw now;
        }
    }

    private TraceFormatException noRows() {
        return TraceFormatException.atLine(file, header.line(), "expected data rows after the header, found none");
    }

    /** Reads and validates the next data row into {@code row}; false at the end of the input. */
    private boolean readRow(TraceRow row) throws IOException {
        if (!lines.nextContent()) {
            return false;
        }
        char[] text = lines.chars();
        split(text, lines.start(), lines.end());
        for (int i = 0; i < fieldStart.length; i++) {
            parseField(text, i, row);
        }
        requireBasePower(row);
        if (previousLine > 0 && !row.isAfter(previousSecond, previousNano)) {
            throw fieldError(header.timestampPosition(), "expected a time after "
                    + Instant.ofEpochSecond(previousSecond, previousNano) + " (the time on line " + previousLine + ")");
        }
        previousSecond = row.epochSecond();
        previousNano = row.nano();
        previousLine = lines.number();
        rows++;
        return true;
    }

    /** Finds the fields of the line, trimmed of blanks, or fails if their number differs from the header's. */
    private void split(char[] text, int start, int end) {
        int size = header.size();
        int count = 0;
        int from = start;
        for (int k = start; k < end; k++) {
            if (text[k] == ',') {
                if (count < size) {
                    fieldStart[count] = from;
                    fieldEnd[count] = k;
                }
                count++;
                from = k + 1;
            }
        }
        if (count < size) {
            fieldStart[count] = from;
            fieldEnd[count] = end;
        }
        count++;
        if (count != size) {
            String expected = "expected " + size + " fields like the header, got " + count;
            if (count < size) {
                throw TraceFormatException.atColumn(file, lines.number(), count + 1, header.at(count).header(),
                        expected);
            }
            throw TraceFormatException.atColumn(file, lines.number(), size + 1, null, expected);
        }
        for (int i = 0; i < size; i++) {
            int s = fieldStart[i];
            int e = fieldEnd[i];
            while (s < e && isBlank(text[s])) {
                s++;
            }
            while (e > s && isBlank(text[e - 1])) {
                e--;
            }
            fieldStart[i] = s;
            fieldEnd[i] = e;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void parseField(char[] text, int i, TraceRow row) {
        int s = fieldStart[i];
        int e = fieldEnd[i];
        ValueKind kind = kinds[i];
        if (kind == ValueKind.TIME) {
            row.setTime(parseTime(text, s, e, i));
            return;
        }
        if (s == e) {
            row.clear(slots[i]);
            return;
        }
        double value = kind == ValueKind.FLAG ? parseFlag(text, s, e, i) : parseNumber(text, s, e, i);
        if (!kind.accepts(value, maxPower)) {
            throw fieldError(i, "expected " + kind.range(maxPower));
        }
        row.set(slots[i], value);
    }

    private void requireBasePower(TraceRow row) {
        for (int position : basePositions) {
            if (row.has(slots[position])) {
                return;
            }
        }
        String needed = basePositions.length == 2 ? "grid_w or household_w" : header.at(basePositions[0]).header();
        throw fieldError(basePositions[0], "expected a number of W (each row needs " + needed + ")");
    }

    private Instant parseTime(char[] text, int s, int e, int i) {
        if (s < e) {
            try {
                Instant time = timestamps.parse(text, s, e);
                TraceTimestamp.requirePlausible(time);
                return time;
            } catch (TraceTimestamp.Implausible implausible) {
                throw fieldError(i, implausible.getMessage());
            } catch (DateTimeException e2) {
                // falls through to the error that says what a timestamp looks like
            }
        }
        throw fieldError(i, "expected " + ValueKind.TIME.expected());
    }

    private double parseNumber(char[] text, int s, int e, int i) {
        try {
            return TraceNumber.parse(text, s, e);
        } catch (NumberFormatException ex) {
            throw fieldError(i, "expected " + kinds[i].expected());
        }
    }

    private double parseFlag(char[] text, int s, int e, int i) {
        try {
            return TraceFlag.parse(text, s, e) ? 1 : 0;
        } catch (IllegalArgumentException ex) {
            throw fieldError(i, "expected " + ValueKind.FLAG.expected());
        }
    }

    /** @return the error for field {@code i} of the current line: {@code detail, got 'field'} */
    private TraceFormatException fieldError(int i, String detail) {
        String got = TraceFormatException.shown(new String(lines.chars(), fieldStart[i], fieldEnd[i] - fieldStart[i]));
        return TraceFormatException.atColumn(file, lines.number(), i + 1, header.at(i).header(),
                detail + ", got '" + got + "'");
    }
}
