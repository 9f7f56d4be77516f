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
package org.openhab.smartgrid.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: help everywhere, demo end to end, trace replay and honest errors for malformed input.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorCliTest {


    private static CliResult run(String... args) {
        return CliResult.run(args);
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = { "", "demo", "run", "serve", "scenarios" })
    void everyCommandHasHelp(String command) {
        CliResult r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, r.code(), "help exits 0");
        assertTrue(r.out().startsWith("Usage: smartgrid-sim"), r.out());
    }

    @Test
    void theDemoRunsTheCoreEngineOnEveryScenario(@TempDir Path dir) throws IOException {
        CliResult r = run("demo", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String scenario : new String[] { "sunny-summer", "cloudy-spring", "winter-locks" }) {
            for (String file : RunOutputs.FILES) {
                assertTrue(Files.size(dir.resolve(scenario).resolve(file)) > 0, scenario + "/" + file);
            }
            assertTrue(Files.exists(dir.resolve(scenario).resolve("openhab/thing-heatpump.yaml")),
                    scenario + ": what to paste into openHAB");
            assertTrue(r.out().contains("Report " + scenario + ": "), "prints the report path of " + scenario);
            assertTrue(Files.readString(dir.resolve(scenario).resolve("summary.json"))
                    .contains("\"engine\": \"core engine\""), "summary.json names the core engine");
            assertEquals(1441, Files.readAllLines(dir.resolve(scenario).resolve("timeline.csv")).size(),
                    "header and one row per minute of the day");
        }
        assertTrue(r.out().startsWith("scenario       import kWh"), "prints the summary table first: " + r.out());
        assertFalse(r.out().toLowerCase(java.util.Locale.ROOT).contains("placeholder"), "no stand-in engine");
    }

    @Test
    void thereIsNoEngineOptionAnyMore(@TempDir Path dir) {
        CliResult r = run("demo", "--engine", "placeholder", "--out", dir.toString());
        assertEquals(2, r.code(), "an unknown option is a usage error");
        assertFalse(Files.exists(dir.resolve("sunny-summer")), "nothing is written");
    }

    private static final String TRACE = "src/test/resources/org/openhab/smartgrid/simulator/trace/trace-2024-06-01.csv";
    private static final String WINTER = "src/main/resources/org/openhab/smartgrid/simulator/scenarios/winter-locks.yaml";

    @Test
    void runReplaysACsvTraceThroughTheCoreEngine(@TempDir Path dir) throws IOException {
        CliResult r = run("run", "--config", WINTER, "--trace", TRACE, "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        List<String> timeline = Files.readAllLines(dir.resolve("out/timeline.csv"));
        assertEquals(5, timeline.size(), "header and one row per trace row: " + timeline);
        assertTrue(timeline.get(3).contains(",EVU,EVU,"), "the trace's grid lock applies EVU at once: " + timeline);
        assertTrue(Files.readString(dir.resolve("out/summary.json")).contains("\"samples\": 4"), "4 samples");
    }

    @Test
    void runWithoutTimelineWritesEverythingElse(@TempDir Path dir) throws IOException {
        CliResult r = run("run", "--config", WINTER, "--trace", TRACE, "--out", dir.toString(), "--no-timeline");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("timeline.csv")), "no timeline");
        assertTrue(Files.exists(dir.resolve("report.html")), "the report is written");
    }

    @Test
    void parseOnlyPrintsRowsAndSpanWithoutSimulating(@TempDir Path dir) {
        CliResult r = run("run", "--trace", TRACE, "--parse-only", "--config", WINTER);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 rows from 2024-06-01 08:00:00 +02:00 to 2024-06-01 08:00:30 +02:00 (30 s, "
                + "Europe/Brussels), columns "), "in the house's local time: " + r.out());
    }

    @Test
    void runReplaysPersistenceExports(@TempDir Path dir) throws IOException {
        String base = "src/test/resources/org/openhab/smartgrid/simulator/trace/";
        CliResult r = run("run", "--config", WINTER, "--item", "grid_w=" + base + "grid-power-2023-11-14.json", "--item",
                "pv_w=" + base + "pv-power-2023-11-14.json", "--item",
                "grid_lock=" + base + "grid-lock-2023-11-14.json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readAllLines(dir.resolve("timeline.csv")).size() > 2, "rows were replayed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "2024-06-01T08:00:10+02:00,abc,180", "2024-06-01T07:00:00+02:00,790,180" })
    void aMalformedTraceFailsNamingFileLineAndColumnAndWritesNoResult(String badRow, @TempDir Path dir)
            throws IOException {
        Path trace = dir.resolve("bad.csv");
        StringBuilder csv = new StringBuilder("timestamp,grid_w,pv_w\n2024-06-01T08:00:00+02:00,850,120\n");
        csv.append(badRow).append('\n');
        Files.writeString(trace, csv);
        Path out = dir.resolve("out");
        CliResult r = run("run", "--config", WINTER, "--trace", trace.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().matches("(?s)Error: .*bad\\.csv:3: column [12] '(grid_w|timestamp)': expected .*"), r.err());
        assertFalse(Files.exists(out.resolve("report.html")), "no report that looks like success");
        assertFalse(Files.exists(out.resolve("summary.json")), "no summary");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("bad.csv"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
        CliResult parse = run("run", "--trace", trace.toString(), "--parse-only");
        assertEquals(2, parse.code(), "parse-only fails the same way");
        assertTrue(parse.err().contains("bad.csv:3: column"), parse.err());
    }

    @Test
    void runWithAConfigAndABuiltInDayWritesTheOutputs(@TempDir Path dir) throws IOException {
        CliResult r = run("run", "--config", WINTER, "--scenario", "winter-locks", "--seed", "5", "--out",
                dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("out/report.html")).contains("seed 5"), "the report names the seed");
    }

    @Test
    void aConfigWithAnUnknownKeyFailsNamingFileLineColumnAndTheNearestKey(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("house.yaml");
        Files.writeString(config, "guard:\n  minLockMinutes: 10\n  maxLockMinute: 5\n");
        CliResult r = run("run", "--config", config.toString(), "--scenario", "sunny-summer", "--out",
                dir.toString());
        assertEquals(2, r.code(), "wrong input");
        assertTrue(r.err().contains("house.yaml:3:3: guard: unknown parameter 'maxLockMinute' for the heat pump (did "
                + "you mean 'maxLockMinutes'?)"), r.err());
    }
}
