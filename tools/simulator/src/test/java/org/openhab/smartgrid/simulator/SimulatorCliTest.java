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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: help everywhere, demo end to end, honest errors for what is not wired yet.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorCliTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SimulatorCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = { "", "demo", "run", "serve", "scenarios" })
    void everyCommandHasHelp(String command) {
        Result r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, r.code(), "help exits 0");
        assertTrue(r.out().startsWith("Usage: smartgrid-sim"), r.out());
    }

    @Test
    void theDemoWithThePlaceholderWritesEveryScenarioAndSaysItIsAPlaceholder(@TempDir Path dir) throws IOException {
        Result r = run("demo", "--engine", "placeholder", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("WARNING: engine = PLACEHOLDER"), r.out());
        for (String scenario : new String[] { "sunny-summer", "cloudy-spring", "winter-locks" }) {
            for (String file : RunOutputs.FILES) {
                assertTrue(Files.size(dir.resolve(scenario).resolve(file)) > 0, scenario + "/" + file);
            }
            assertTrue(r.out().contains("Report " + scenario + ": "), "prints the report path of " + scenario);
            assertTrue(Files.readString(dir.resolve(scenario).resolve("summary.json"))
                    .contains("\"placeholder_engine\": true"), "summary.json says placeholder");
            assertEquals(1441, Files.readAllLines(dir.resolve(scenario).resolve("timeline.csv")).size(),
                    "header and one row per minute of the day");
        }
        assertTrue(r.out().contains("scenario       import kWh"), "prints the summary table");
    }

    @Test
    void theDemoWithTheCoreEngineFailsClearlyUntilTheEngineIsWired(@TempDir Path dir) {
        Result r = run("demo", "--out", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("core engine is not wired into the simulator yet"), r.err());
        assertFalse(Files.exists(dir.resolve("sunny-summer")), "nothing is written");
    }

    @Test
    void runWithATraceSaysTheTraceReaderIsNotAvailableYet(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("house.yaml");
        Files.writeString(config, "loadManager:\n  maxPower: 5000\n");
        Result r = run("run", "--config", config.toString(), "--trace", "day.csv", "--out", dir.toString(),
                "--engine", "placeholder");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("trace reader"), r.err());
    }

    @Test
    void runWithAConfigAndABuiltInDayWritesTheOutputs(@TempDir Path dir) throws IOException {
        Path config = Path.of("src/main/resources/org/openhab/smartgrid/simulator/scenarios/winter-locks.yaml");
        Result r = run("run", "--config", config.toString(), "--scenario", "winter-locks", "--seed", "5", "--out",
                dir.resolve("out").toString(), "--engine", "placeholder");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("out/report.html")).contains("seed 5"), "the report names the seed");
    }

    @Test
    void aConfigWithAnUnknownKeyFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("house.yaml");
        Files.writeString(config, "guard:\n  minLockMinutes: 10\n  maxLockMinute: 5\n");
        Result r = run("run", "--config", config.toString(), "--scenario", "sunny-summer", "--out",
                dir.toString(), "--engine", "placeholder");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("house.yaml:3: unknown key 'guard.maxLockMinute'"), r.err());
    }
}
