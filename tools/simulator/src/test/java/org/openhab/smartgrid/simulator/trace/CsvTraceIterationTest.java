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
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Iterating a CSV trace by reused rows gives what iterating by samples gives; reading ahead in batches does not
 * change when an error is seen; and a replay reads bytes exactly as strictly as parse-only.
 */
@NonNullByDefault
class CsvTraceIterationTest {

    private static final String TRACE = """
            # a comment
            timestamp,grid_w,household_w,pv_w,battery_w,soc,heatpump_w,grid_lock
            2024-06-01T12:00:00+02:00,850,,120,0,40,600,0
            2024-06-01T12:00:10+02:00,,300,,,,,
            1717236020,-1200,5,2900,-400,40.5,0,TRUE
            """;

    @Test
    void aRowFromNextRowHoldsWhatTheSampleFromNextHolds() throws IOException {
        List<TraceSample> samples = CsvTraceReaderTest.readAll(TRACE);
        List<TraceSample> fromRows = new ArrayList<>();
        try (CsvTraceReader reader = CsvTraceReader.open(new StringReader(TRACE), "trace.csv")) {
            while (reader.hasNext()) {
                fromRows.add(reader.nextRow().toSample());
            }
        }
        assertEquals(3, samples.size(), "the three data rows");
        assertEquals(samples, fromRows, "the same values, and null where a field is empty");
    }

    @Test
    void anErrorAfterTheFirstBatchIsThrownOnlyAfterEveryRowBeforeIt() throws IOException {
        int goodRows = 1000;
        StringBuilder csv = new StringBuilder("timestamp,grid_w\n");
        for (int i = 0; i < goodRows; i++) {
            csv.append(1_717_236_000L + i).append(",1\n");
        }
        csv.append(1_717_236_000L + goodRows).append(",x\n");
        int rows = 0;
        try (CsvTraceReader reader = CsvTraceReader.open(new StringReader(csv.toString()), "trace.csv")) {
            @Nullable
            TraceFormatException first = null;
            while (first == null) {
                try {
                    if (!reader.hasNext()) {
                        fail("the malformed last row must not end the trace silently");
                    }
                    reader.nextRow();
                    rows++;
                } catch (TraceFormatException e) {
                    first = e;
                }
            }
            assertEquals(goodRows, rows, "every row before the malformed one is handed out");
            assertEquals("trace.csv:" + (goodRows + 2) + ": column 2 'grid_w': expected a number of W, got 'x'",
                    first.getMessage(), "the error names the malformed row's line");
            TraceFormatException again = assertThrows(TraceFormatException.class, reader::hasNext,
                    "the reader does not skip the malformed row");
            assertSame(first, again, "the same error again");
        }
    }

    @Test
    void bytesThatAreNotUtf8FailAReplayAsTheyFailParseOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        // "Wärmepumpe" written in ISO-8859-1: the byte 0xE4 starts no UTF-8 sequence it could be in
        Files.write(file, "timestamp,grid_w\n# W\u00e4rmepumpe\n1717236000,5\n".getBytes(StandardCharsets.ISO_8859_1));

        TraceFormatException parse = assertThrows(TraceFormatException.class, () -> CsvTraceReader.parseOnly(file),
                "parse-only rejects bytes that are not UTF-8");
        String expected = file + ":2:4: expected UTF-8 text, got the byte 0xE4, which is not UTF-8; save the file as "
                + "UTF-8";
        assertEquals(expected, parse.getMessage(), "the line and the character of the byte, not 'Input length = 1'");
        TraceFormatException replay = assertThrows(TraceFormatException.class, () -> {
            try (InputStream in = Files.newInputStream(file);
                    CsvTraceReader reader = CsvTraceReader.open(in, file.toString())) {
                while (reader.hasNext()) {
                    reader.nextRow();
                }
            }
        }, "iterating rejects them as well");
        assertEquals(expected, replay.getMessage(), "the same failure as parse-only");
        assertInstanceOf(MalformedInputException.class, replay.getCause(), "Java's decoder found it");
    }
}
