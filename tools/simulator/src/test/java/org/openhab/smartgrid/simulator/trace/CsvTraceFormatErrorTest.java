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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed CSV trace fails with a message that names the file, the line, the column and what was expected,
 * both when iterating and on the parse-only path.
 */
@NonNullByDefault
class CsvTraceFormatErrorTest {

    private static final String KNOWN = "timestamp, grid_w, household_w, pv_w, battery_w, soc, heatpump_w, grid_lock";
    private static final String TIME = "an ISO-8601 time with offset (like 2024-06-01T12:00:00+02:00) or epoch seconds or "
            + "milliseconds";

    /**
     * One malformed trace.
     *
     * @param name what is wrong
     * @param csv the trace
     * @param message the exact message
     * @param line the line in the exception, 0 for none
     * @param column the column number in the exception, 0 for none
     * @param columnName the column name in the exception
     */
    record Case(String name, String csv, String message, int line, int column, @Nullable String columnName) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> malformedTraces() {
        return Stream.of(
                new Case("bad number", "timestamp,pv_w,grid_w\n1717236000,100,abc\n",
                        "trace.csv:2: column 3 'grid_w': expected a number of W, got 'abc'", 2, 3, "grid_w"),
                new Case("number with a unit", "timestamp,grid_w\n1717236000,12 W\n",
                        "trace.csv:2: column 2 'grid_w': expected a number of W, got '12 W'", 2, 2, "grid_w"),
                new Case("NaN is not a number of W", "timestamp,grid_w\n1717236000,NaN\n",
                        "trace.csv:2: column 2 'grid_w': expected a number of W, got 'NaN'", 2, 2, "grid_w"),
                new Case("overflowing number", "timestamp,grid_w\n1717236000,1e999\n",
                        "trace.csv:2: column 2 'grid_w': expected a number of W from -1000000 to 1000000 (at most "
                                + "1000000 W either way; --max-power sets the bound), got '1e999'", 2, 2, "grid_w"),
                new Case("a Java float suffix is not a number", "timestamp,grid_w\n1717236000,12f\n",
                        "trace.csv:2: column 2 'grid_w': expected a number of W, got '12f'", 2, 2, "grid_w"),
                new Case("state of charge above 100 %", "timestamp,grid_w,soc\n1717236000,0,100.5\n",
                        "trace.csv:2: column 3 'soc': expected a state of charge in % from 0 to 100, got '100.5'", 2,
                        3, "soc"),
                new Case("bad grid lock flag", "timestamp,grid_w,grid_lock\n1717236000,0,yes\n",
                        "trace.csv:2: column 3 'grid_lock': expected 0, 1, true or false, got 'yes'", 2, 3,
                        "grid_lock"),
                new Case("timestamp without offset", "timestamp,grid_w\n2024-06-01T12:00:00,5\n",
                        "trace.csv:2: column 1 'timestamp': expected " + TIME + ", got '2024-06-01T12:00:00'", 2, 1,
                        "timestamp"),
                new Case("timestamp with a space", "timestamp,grid_w\n2024-06-01 12:00:00+02:00,5\n",
                        "trace.csv:2: column 1 'timestamp': expected " + TIME + ", got '2024-06-01 12:00:00+02:00'",
                        2, 1, "timestamp"),
                new Case("empty timestamp", "grid_w,timestamp\n5,\n",
                        "trace.csv:2: column 2 'timestamp': expected " + TIME + ", got ''", 2, 2, "timestamp"),
                new Case("fractional epoch seconds", "timestamp,grid_w\n1717236000.5,5\n",
                        "trace.csv:2: column 1 'timestamp': expected " + TIME + ", got '1717236000.5'", 2, 1,
                        "timestamp"),
                new Case("missing grid_w and household_w", "timestamp,pv_w\n1717236000,5\n",
                        "trace.csv:1: missing required column 'grid_w' or 'household_w'; "
                                + "the header has: timestamp, pv_w",
                        1, 0, null),
                new Case("missing timestamp", "# comment\ngrid_w,pv_w\n1717236000,5\n",
                        "trace.csv:2: missing required column 'timestamp'; the header has: grid_w, pv_w", 2, 0, null),
                new Case("unknown column", "timestamp,grid_w,pvw\n1717236000,5,5\n",
                        "trace.csv:1: column 3 'pvw': unknown column; the known columns are: " + KNOWN, 1, 3, "pvw"),
                new Case("two unknown columns", "timestamp,grid-w,grid_w,temp\n",
                        "trace.csv:1: column 2 'grid-w': unknown column; also unknown: column 4 'temp'; "
                                + "the known columns are: " + KNOWN,
                        1, 2, "grid-w"),
                new Case("duplicate column", "timestamp,grid_w,pv_w,PV_W\n",
                        "trace.csv:1: column 4 'pv_w': duplicate column, it is already column 3", 1, 4, "pv_w"),
                new Case("decreasing timestamp", "timestamp,grid_w\n1717236000,5\n# gap\n1717235940,5\n",
                        "trace.csv:4: column 1 'timestamp': expected a time after 2024-06-01T10:00:00Z "
                                + "(the time on line 2), got '1717235940'",
                        4, 1, "timestamp"),
                new Case("repeated timestamp", "timestamp,grid_w\n2024-06-01T12:00:00+02:00,5\n1717236000,6\n",
                        "trace.csv:3: column 1 'timestamp': expected a time after 2024-06-01T10:00:00Z "
                                + "(the time on line 2), got '1717236000'",
                        3, 1, "timestamp"),
                new Case("too few fields", "timestamp,grid_w,pv_w\n1717236000,5\n",
                        "trace.csv:2: column 3 'pv_w': expected 3 fields like the header, got 2", 2, 3, "pv_w"),
                new Case("too many fields", "timestamp,grid_w\n1717236000,5,6,7\n",
                        "trace.csv:2: column 3: expected 2 fields like the header, got 4", 2, 3, null),
                new Case("row without grid_w", "timestamp,grid_w,pv_w\n1717236000,,5\n",
                        "trace.csv:2: column 2 'grid_w': expected a number of W (each row needs grid_w), got ''", 2, 2,
                        "grid_w"),
                new Case("row without grid_w and household_w", "timestamp,household_w,grid_w\n1717236000, , \n",
                        "trace.csv:2: column 2 'household_w': expected a number of W "
                                + "(each row needs grid_w or household_w), got ''",
                        2, 2, "household_w"),
                new Case("empty file", "", "trace.csv: empty trace, expected a header line naming the columns, "
                        + "like 'timestamp,grid_w,pv_w'", 0, 0, null),
                new Case("only comments and blank lines", "# nothing yet\n\n   \n",
                        "trace.csv: empty trace, expected a header line naming the columns, "
                                + "like 'timestamp,grid_w,pv_w'",
                        0, 0, null),
                new Case("header without rows", "\ntimestamp,grid_w\n# no data\n",
                        "trace.csv:2: expected data rows after the header, found none", 2, 0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTraces")
    void iteratingAMalformedTraceFailsNamingFileLineAndColumn(Case c) {
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> CsvTraceReaderTest.readAll(c.csv()),
                "a malformed trace must not be read as if it were fine");
        assertError(c, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTraces")
    void parseOnlyFailsWithTheSameErrorAsIterating(Case c) {
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> CsvTraceReader.parseOnly(new StringReader(c.csv()), "trace.csv"),
                "parse-only validates like iterating");
        assertError(c, e);
    }

    private static void assertError(Case c, TraceFormatException e) {
        assertEquals(c.message(), e.getMessage(), "the message");
        assertEquals("trace.csv", e.getFile(), "the file");
        assertEquals(c.line() == 0 ? OptionalInt.empty() : OptionalInt.of(c.line()), e.getLine(), "the line");
        assertEquals(c.column() == 0 ? OptionalInt.empty() : OptionalInt.of(c.column()), e.getColumn(),
                "the column number");
        assertEquals(Optional.ofNullable(c.columnName()), e.getColumnName(), "the column name");
        assertTrue(e.getMessage().endsWith(e.getDetail()), "the detail is the message without the place");
        assertEquals(Optional.empty(), e.getJsonPath(), "a CSV error has no JSON path");
    }

    @Test
    void rowsBeforeAMalformedRowAreReturnedThenEveryCallRepeatsTheError() throws IOException {
        List<TraceSample> samples = new ArrayList<>();
        try (CsvTraceReader reader = CsvTraceReader.open(
                new StringReader("timestamp,grid_w\n1717236000,1\n1717236001,x\n1717236002,3\n"), "trace.csv")) {
            samples.add(reader.next());
            TraceFormatException first = assertThrows(TraceFormatException.class, reader::hasNext);
            TraceFormatException again = assertThrows(TraceFormatException.class, reader::next,
                    "after an error the reader does not skip to the next row");
            assertSame(first, again, "the same error again");
        }
        assertEquals(1, samples.size(), "only the row before the bad one was returned");
    }
}
