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
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Valid CSV traces: both time formats, any column order, comments, blank lines and empty fields.
 */
@NonNullByDefault
class CsvTraceReaderTest {

    private static final Instant T0 = Instant.parse("2024-06-01T10:00:00Z");

    static List<TraceSample> readAll(String csv) throws IOException {
        try (CsvTraceReader reader = CsvTraceReader.open(new StringReader(csv), "trace.csv")) {
            List<TraceSample> samples = new ArrayList<>();
            reader.forEachRemaining(samples::add);
            return samples;
        }
    }

    private static TraceSample grid(Instant time, double gridW) {
        return new TraceSample(time, gridW, null, null, null, null, null, null);
    }

    @Test
    void isoTimestampsWithAnyOffsetBecomeTheSameInstants() throws IOException {
        List<TraceSample> samples = readAll("""
                timestamp,grid_w
                2024-06-01T12:00:00+02:00,100
                2024-06-01T10:00:10Z,200
                2024-06-01T05:00:20.5-05:00,300
                """);
        assertEquals(List.of(grid(T0, 100), grid(T0.plusSeconds(10), 200), grid(T0.plusMillis(20_500), 300)),
                samples, "each ISO time with its offset is the same instant as written in UTC");
    }

    @Test
    void epochSecondsAreReadAsSecondsSince1970() throws IOException {
        long epoch = T0.getEpochSecond();
        List<TraceSample> samples = readAll("timestamp,grid_w\n" + epoch + ",1500.5\n" + (epoch + 1) + ",-2e3\n");
        assertEquals(List.of(grid(T0, 1500.5), grid(T0.plusSeconds(1), -2000)), samples,
                "epoch seconds and plain or exponent numbers");
    }

    @Test
    void columnsMayComeInAnyOrderAndEveryColumnLandsInItsField() throws IOException {
        List<TraceSample> samples = readAll("""
                grid_lock,soc,heatpump_w,battery_w,pv_w,household_w,timestamp,grid_w
                true,55.5,1800,-400,3200,450,2024-06-01T10:00:00Z,-1350
                """);
        assertEquals(List.of(new TraceSample(T0, -1350.0, 450.0, 3200.0, -400.0, 55.5, 1800.0, true)), samples,
                "every column read by its header name, whatever its position");
    }

    @Test
    void headerNamesIgnoreCaseAndBlanksAndAByteOrderMark() throws IOException {
        List<TraceSample> samples = readAll("\uFEFF Timestamp , GRID_W \n1717236000 , 7 \n");
        assertEquals(List.of(grid(T0, 7)), samples, "BOM, blanks and case do not make a column unknown");
    }

    @Test
    void blankLinesAndCommentsAreSkippedAnywhere() throws IOException {
        List<TraceSample> samples = readAll("""
                # exported from the meter
                   # an indented comment

                timestamp,grid_w
                # a comment between rows
                1717236000,1

                \t
                1717236001,2
                # a trailing comment
                """);
        assertEquals(List.of(grid(T0, 1), grid(T0.plusSeconds(1), 2)), samples, "only the two data rows count");
    }

    @Test
    void anEmptyOptionalFieldIsNotMeasuredRatherThanZero() throws IOException {
        List<TraceSample> samples = readAll("""
                timestamp,grid_w,pv_w,grid_lock
                1717236000,100,,
                1717236001,100,0,0
                """);
        assertNull(samples.get(0).pvW(), "an empty pv_w field is null, not 0 W");
        assertNull(samples.get(0).gridLock(), "an empty grid_lock field is null, not false");
        assertEquals(0.0, samples.get(1).pvW(), "a written 0 is 0 W");
        assertEquals(Boolean.FALSE, samples.get(1).gridLock(), "a written 0 is no lock");
    }

    @Test
    void aRowNeedsOnlyOneOfGridAndHouseholdWhenTheHeaderHasBoth() throws IOException {
        List<TraceSample> samples = readAll("""
                timestamp,grid_w,household_w
                1717236000,100,
                1717236001,,350
                """);
        assertEquals(List.of(grid(T0, 100), new TraceSample(T0.plusSeconds(1), null, 350.0, null, null, null, null,
                null)), samples, "each row has the base power it measured");
    }

    @Test
    void theGridLockFlagAcceptsOneZeroTrueAndFalseInAnyCase() throws IOException {
        List<TraceSample> samples = readAll("""
                timestamp,grid_w,grid_lock
                1717236000,0,1
                1717236001,0,0
                1717236002,0,TRUE
                1717236003,0,False
                """);
        assertEquals(List.of(true, false, true, false),
                samples.stream().map(TraceSample::gridLock).collect(Collectors.toList()), "1/0 and true/false");
    }

    @Test
    void theFixtureFileIsReadWithItsColumnsAndSamples() throws IOException, URISyntaxException {
        Path file = resource("trace-2024-06-01.csv");
        try (CsvTraceReader reader = CsvTraceReader.open(file)) {
            assertEquals(Set.of(TraceColumn.TIMESTAMP, TraceColumn.GRID_W, TraceColumn.PV_W, TraceColumn.BATTERY_W,
                    TraceColumn.SOC, TraceColumn.HEATPUMP_W, TraceColumn.GRID_LOCK), reader.columns(),
                    "the header's columns");
            List<TraceSample> samples = new ArrayList<>();
            reader.forEachRemaining(samples::add);
            Instant start = Instant.parse("2024-06-01T06:00:00Z");
            assertEquals(List.of(new TraceSample(start, 850.0, null, 120.0, 0.0, 40.0, 600.0, false),
                    new TraceSample(start.plusSeconds(10), 790.0, null, 180.0, 0.0, 40.0, 600.0, false),
                    new TraceSample(start.plusSeconds(20), -1200.0, null, 2900.0, 400.0, 40.5, 0.0, true),
                    new TraceSample(start.plusSeconds(30), -1100.0, null, 2850.0, null, null, null, true)), samples,
                    "the four data rows of the fixture");
            assertEquals(4, reader.rowsRead(), "rows read");
        }
    }

    @Test
    void parseOnlyCountsRowsAndReportsTheFirstAndLastTime() throws IOException, URISyntaxException {
        TraceStats stats = CsvTraceReader.parseOnly(resource("trace-2024-06-01.csv"));
        assertEquals(4, stats.rows(), "four data rows; comments and the blank line do not count");
        assertEquals(Instant.parse("2024-06-01T06:00:00Z"), stats.first(), "first row's time");
        assertEquals(Instant.parse("2024-06-01T06:00:30Z"), stats.last(), "last row's time");
        assertEquals(30, stats.span().toSeconds(), "span from first to last row");
        assertTrue(stats.columns().contains(TraceColumn.GRID_LOCK), "columns of the header");
    }

    @Test
    void theStreamGivesEveryRowAndClosingItClosesTheReader() throws IOException {
        ClosingReader source = new ClosingReader("timestamp,grid_w\n1717236000,1\n1717236001,2\n1717236002,3\n");
        double sum;
        try (Stream<TraceSample> stream = CsvTraceReader.open(source, "trace.csv").stream()) {
            sum = stream.mapToDouble(sample -> Objects.requireNonNull(sample.gridW())).sum();
        }
        assertEquals(6, sum, "1 + 2 + 3 W");
        assertTrue(source.closed, "closing the stream closes the underlying reader");
    }

    @Test
    void aBadHeaderClosesTheReaderItWasGiven() {
        ClosingReader source = new ClosingReader("timestamp,gridw\n");
        assertThrows(TraceFormatException.class, () -> CsvTraceReader.open(source, "trace.csv"));
        assertTrue(source.closed, "the reader is closed when open fails");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CsvTraceReaderTest.class.getResource(name), name).toURI());
    }

    /** A reader that remembers being closed. */
    private static final class ClosingReader extends StringReader {
        boolean closed;

        ClosingReader(String text) {
            super(text);
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }
    }
}
