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
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * openHAB persistence exports (REST API JSON), one per item, merged onto one timeline.
 */
@NonNullByDefault
class PersistenceTraceReaderTest {

    /** 2023-11-14T22:13:20Z, the first datapoint of the fixtures. */
    private static final Instant T0 = Instant.ofEpochMilli(1_700_000_000_000L);

    private @TempDir Path dir = Path.of(".");

    private static Map<TraceColumn, Path> fixtures() throws URISyntaxException {
        return Map.of(TraceColumn.GRID_W, CsvTraceReaderTest.resource("grid-power-2023-11-14.json"),
                TraceColumn.PV_W, CsvTraceReaderTest.resource("pv-power-2023-11-14.json"), TraceColumn.SOC,
                CsvTraceReaderTest.resource("battery-soc-2023-11-14.json"), TraceColumn.GRID_LOCK,
                CsvTraceReaderTest.resource("grid-lock-2023-11-14.json"));
    }

    /**
     * The fixtures have datapoints at these seconds after T0: pv 0 (0 W), 120 (1500 W), 180 (2.1 kW); soc 30 (55 %);
     * grid 60 (1200 W), 120 (0.8 kW), 240 (-300 W); lock 90 (OFF), 240 (OFF then ON, as openHAB writes a Switch
     * change). The union is 0, 30, 60, 90, 120, 180, 240; rows before grid_w has a value (0 and 30) are dropped, and
     * each column keeps its last value:
     *
     * <pre>
     *   t   grid   pv    soc  lock
     *   60  1200   0     55   -
     *   90  1200   0     55   OFF
     *  120   800  1500   55   OFF
     *  180   800  2100   55   OFF
     *  240  -300  2100   55   ON
     * </pre>
     */
    @Test
    void itemSeriesMergeOnTheUnionOfTimesWithEachColumnHoldingItsLastValue() throws IOException, URISyntaxException {
        List<TraceSample> samples = new ArrayList<>();
        try (PersistenceTraceReader reader = PersistenceTraceReader.open(fixtures())) {
            assertEquals(Set.of(TraceColumn.TIMESTAMP, TraceColumn.GRID_W, TraceColumn.PV_W, TraceColumn.SOC,
                    TraceColumn.GRID_LOCK), reader.columns(), "the mapped columns and the time");
            reader.forEachRemaining(samples::add);
        }
        assertEquals(List.of(row(60, 1200, 0, null), row(90, 1200, 0, false), row(120, 800, 1500, false),
                row(180, 800, 2100, false), row(240, -300, 2100, true)), samples, "the merged table in the Javadoc");
    }

    @Test
    void parseOnlyCountsTheMergedRows() throws IOException, URISyntaxException {
        TraceStats stats = PersistenceTraceReader.parseOnly(fixtures());
        assertEquals(new TraceStats(5, T0.plusSeconds(60), T0.plusSeconds(240),
                Set.of(TraceColumn.TIMESTAMP, TraceColumn.GRID_W, TraceColumn.PV_W, TraceColumn.SOC,
                        TraceColumn.GRID_LOCK)),
                stats, "five rows from the first grid datapoint to the last datapoint");
    }

    @Test
    void withBothBasePowersMappedRowsStartOnceBothHaveAValue() throws IOException {
        Path grid = write("grid.json", export("Grid_Power", "[1000,\"100\"],[3000,\"300\"]"));
        Path household = write("household.json", export("House_Power", "[2000,\"0.5 kW\"]"));
        List<TraceSample> samples = new ArrayList<>();
        try (PersistenceTraceReader reader = PersistenceTraceReader
                .open(Map.of(TraceColumn.GRID_W, grid, TraceColumn.HOUSEHOLD_W, household))) {
            reader.forEachRemaining(samples::add);
        }
        assertEquals(List.of(
                new TraceSample(T0.plusMillis(2000), 100.0, 500.0, null, null, null, null, null),
                new TraceSample(T0.plusMillis(3000), 300.0, 500.0, null, null, null, null, null)), samples,
                "the row at 1 s has no household_w yet and is dropped");
    }

    @Test
    void statesMayBePlainNumbersOrCarryTheUnitsOpenhabWrites() throws IOException {
        Path grid = write("grid.json", export("Grid_Power",
                "[1,\"1234.5\"],[2,\"1234.5 W\"],[3,\"1.2 kW\"],[4,\"-0.001 MW\"],[5,\"2e3 W\"],[6,42]"));
        List<Double> watts = new ArrayList<>();
        try (PersistenceTraceReader reader = PersistenceTraceReader.open(Map.of(TraceColumn.GRID_W, grid))) {
            reader.forEachRemaining(sample -> watts.add(sample.gridW()));
        }
        assertEquals(List.of(1234.5, 1234.5, 1200.0, -1000.0, 2000.0, 42.0), watts, "every state in W");
    }

    @Test
    void aSwitchChangeWrittenAsOldAndNewStateAtOneTimeKeepsTheNewState() throws IOException {
        Path grid = write("grid.json", export("Grid_Power", "[1000,\"0\"]"));
        Path lock = write("lock.json", export("Lock",
                "[1000,\"OFF\"],[5000,\"OFF\"],[5000,\"ON\"],[9000,\"ON\"],[9000,\"OFF\"]"));
        List<TraceSample> samples = new ArrayList<>();
        try (PersistenceTraceReader reader = PersistenceTraceReader
                .open(Map.of(TraceColumn.GRID_W, grid, TraceColumn.GRID_LOCK, lock))) {
            reader.forEachRemaining(samples::add);
        }
        assertEquals(List.of(T0.plusMillis(1000), T0.plusMillis(5000), T0.plusMillis(9000)),
                samples.stream().map(TraceSample::time).toList(), "one row per time");
        assertEquals(List.of(false, true, false), samples.stream().map(TraceSample::gridLock).toList(),
                "the later datapoint of a time is the state from then on");
    }

    @Test
    void plainNumbersAreInTheUnitGivenForTheColumnAndWrittenUnitsStillCount() throws IOException {
        Path grid = write("grid.json", export("Grid_Power", "[1,\"1.2\"],[2,\"500 W\"],[3,\"2 kW\"]"));
        Path pv = write("pv.json", export("PV_Power", "[1,\"300\"]"));
        List<TraceSample> samples = new ArrayList<>();
        Map<TraceColumn, Path> files = Map.of(TraceColumn.GRID_W, grid, TraceColumn.PV_W, pv);
        try (PersistenceTraceReader reader = PersistenceTraceReader.open(files,
                Map.of(TraceColumn.GRID_W, PowerUnit.KILOWATT))) {
            reader.forEachRemaining(samples::add);
        }
        assertEquals(List.of(1200.0, 500.0, 2000.0), samples.stream().map(TraceSample::gridW).toList(),
                "grid_w: 1.2 is kW as configured, 500 W and 2 kW as written");
        assertEquals(300.0, samples.get(0).pvW(), "pv_w has no unit configured, so its plain numbers are W");
    }

    @Test
    void aPlainNumberUnitForAColumnThatIsNoMappedPowerIsRejected() throws IOException {
        Path grid = write("grid.json", export("G", "[1,\"1\"]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersistenceTraceReader
                .open(Map.of(TraceColumn.GRID_W, grid), Map.of(TraceColumn.SOC, PowerUnit.WATT)));
        assertEquals("plainNumberUnits: column 'soc' is not a mapped power column; units apply to the mapped ones of "
                + "grid_w, household_w, pv_w, battery_w, heatpump_w", e.getMessage(), "the message");
    }

    @Test
    void aSwitchItemGivesTheGridLock() throws IOException {
        Path grid = write("grid.json", export("Grid_Power", "[1,\"0\"]"));
        Path lock = write("lock.json", export("Lock", "[1,\"ON\"],[2,\"OFF\"],[3,\"1\"],[4,\"false\"]"));
        List<Boolean> locks = new ArrayList<>();
        try (PersistenceTraceReader reader = PersistenceTraceReader
                .open(Map.of(TraceColumn.GRID_W, grid, TraceColumn.GRID_LOCK, lock))) {
            reader.forEachRemaining(sample -> locks.add(sample.gridLock()));
        }
        assertEquals(List.of(true, false, true, false), locks, "ON/OFF, 1/0 and true/false");
    }

    /**
     * One malformed export, mapped to {@code grid_w}.
     *
     * @param name what is wrong
     * @param json the export
     * @param message the exact message, after the file name
     * @param path the JSON path in the exception
     */
    record Case(String name, String json, String message, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> malformedExports() {
        return Stream.of(
                new Case("state that is not a number", export("Grid_Power", "[1,\"10\"],[2,\"abc\"]"),
                        ": at $.data[1].state for column 'grid_w': expected a number of W (unit W, kW or MW), "
                                + "got 'abc'",
                        "$.data[1].state"),
                new Case("energy unit on a power", export("Grid_Power", "[1,\"5 kWh\"]"),
                        ": at $.data[0].state for column 'grid_w': expected a number of W (unit W, kW or MW), "
                                + "got '5 kWh'",
                        "$.data[0].state"),
                new Case("UNDEF state", export("Grid_Power", "[1,\"UNDEF\"]"),
                        ": at $.data[0].state for column 'grid_w': expected a number of W (unit W, kW or MW), "
                                + "got 'UNDEF'",
                        "$.data[0].state"),
                new Case("decreasing time", export("Grid_Power", "[2000,\"1\"],[1000,\"2\"]"),
                        ": at $.data[1].time for column 'grid_w': expected a time not before 2023-11-14T22:13:22Z "
                                + "(the previous datapoint), got 2023-11-14T22:13:21Z",
                        "$.data[1].time"),
                new Case("time that is not epoch milliseconds",
                        "{\"name\":\"G\",\"data\":[{\"time\":\"2023-11-14T22:13:20Z\",\"state\":\"1\"}]}",
                        ": at $.data[0].time for column 'grid_w': expected a time in epoch milliseconds (or "
                                + "seconds), got '2023-11-14T22:13:20Z'",
                        "$.data[0].time"),
                new Case("datapoint without state", "{\"name\":\"G\",\"data\":[{\"time\":1700000000000}]}",
                        ": at $.data[0] for column 'grid_w': expected a datapoint with \"time\" and \"state\", "
                                + "it has no \"state\"",
                        "$.data[0]"),
                new Case("no data", "{\"name\":\"G\",\"datapoints\":\"0\",\"data\":[]}",
                        ": at $.data for column 'grid_w': expected at least one datapoint, got an empty array",
                        "$.data"),
                new Case("an array instead of an export", "[]",
                        ": at $ for column 'grid_w': expected a persistence export object "
                                + "{\"name\": ..., \"data\": [...]}, got BEGIN_ARRAY",
                        "$"),
                new Case("empty file", "", ": at $ for column 'grid_w': expected a persistence export "
                        + "{\"name\": ..., \"data\": [...]}, got the end of the file", "$"),
                new Case("truncated file", "{\"name\":\"G\",\"data\":[{\"time\":1700000000000,",
                        ": at $.data[0].time for column 'grid_w': expected a persistence export "
                                + "{\"name\": ..., \"data\": [...]}, got the end of the file",
                        "$.data[0].time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedExports")
    void aMalformedExportFailsNamingTheFileAndTheJsonPath(Case c) throws IOException {
        Path grid = write("grid.json", c.json());
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> PersistenceTraceReader.open(Map.of(TraceColumn.GRID_W, grid)),
                "a malformed export must not be read as if it were fine");
        assertEquals(grid + c.message(), e.getMessage(), "the message");
        assertEquals(grid.toString(), e.getFile(), "the file");
        assertEquals(Optional.of(c.path()), e.getJsonPath(), "the JSON path");
        assertEquals(Optional.of("grid_w"), e.getColumnName(), "the column the export is mapped to");
        assertEquals(OptionalInt.empty(), e.getLine(), "a JSON export error has no line");
    }

    @Test
    void brokenJsonSyntaxFailsWithTheParsersPlaceInTheText() throws IOException {
        Path grid = write("grid.json", "{\"name\":\"G\",\"data\":[{\"time\":1700000000000 \"state\":\"1\"}]}");
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> PersistenceTraceReader.open(Map.of(TraceColumn.GRID_W, grid)));
        String start = grid + ": at $.data[0].time for column 'grid_w': expected a persistence export "
                + "{\"name\": ..., \"data\": [{\"time\": ..., \"state\": ...}]}, but the JSON is malformed at ";
        assertTrue(e.getMessage().startsWith(start), () -> "expected '" + start + "...', got " + e.getMessage());
        assertTrue(e.getMessage().contains("line 1 column"), () -> "Gson's place in the text: " + e.getMessage());
        assertFalse(e.getMessage().contains("setStrictness"), () -> "not Gson's advice to be lenient: " + e.getMessage());
    }

    @Test
    void aMappingWithoutGridOrHouseholdIsRejectedNamingTheParameter() throws IOException {
        Path pv = write("pv.json", export("PV", "[1,\"1\"]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistenceTraceReader.open(Map.of(TraceColumn.PV_W, pv)));
        assertEquals("files: map column 'grid_w' or 'household_w' to an item export; mapped: pv_w", e.getMessage(),
                "the message names the parameter and what is missing");
    }

    @Test
    void theTimestampColumnCannotBeMappedToAnExport() throws IOException {
        Path grid = write("grid.json", export("G", "[1,\"1\"]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistenceTraceReader.open(Map.of(TraceColumn.GRID_W, grid, TraceColumn.TIMESTAMP, grid)));
        assertEquals("files: column 'timestamp' cannot be mapped to an item export, each datapoint has its own time",
                e.getMessage(), "the message");
    }

    /**
     * @param points datapoints as {@code [time, state]} pairs, the time in ms after {@link #T0}, state already quoted
     *            when it is a string
     */
    private static String export(String item, String points) {
        StringBuilder data = new StringBuilder();
        int count = 0;
        for (String point : points.substring(1, points.length() - 1).split("\\],\\[")) {
            int comma = point.indexOf(',');
            data.append(count == 0 ? "" : ",").append("{\"time\":")
                    .append(T0.toEpochMilli() + Long.parseLong(point.substring(0, comma))).append(",\"state\":")
                    .append(point.substring(comma + 1)).append('}');
            count++;
        }
        return "{\"name\":\"" + item + "\",\"datapoints\":\"" + count + "\",\"data\":[" + data + "]}";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static TraceSample row(long seconds, double gridW, double pvW, @Nullable Boolean gridLock) {
        return new TraceSample(T0.plusSeconds(seconds), gridW, null, pvW, null, 55.0, null, gridLock);
    }
}
