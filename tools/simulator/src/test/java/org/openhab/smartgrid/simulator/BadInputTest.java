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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that is wrong is refused, the classes of bad input of issue 19 one by one: each ends with exit code 2 and
 * one {@code Error:} line that names the file with its line and column (a JSON path for an export), or the option,
 * and what was expected; never a stack trace, and nothing is written. In the arguments and the expected message,
 * {@code @} stands for the folder of the inputs.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class BadInputTest {

    private static final String GOOD_CSV = "timestamp,grid_w\n2024-06-01T08:00:00Z,100\n2024-06-01T08:01:00Z,100\n";
    private static final String SWEEP = "sweep --config @/good.yaml --scenario sunny-summer --out @/out --param ";
    private static final String PARAM = "loadManager.maxPower=4000:5000:1000";

    /** A bad input: the command line ({@code @} for the folder) and what its error must say. */
    record Case(String name, String args, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> badInputs() {
        return Stream.of(
                new Case("CSV trace that is not UTF-8", "run --parse-only --trace @/latin1.csv",
                        "Error: @/latin1.csv:2:22: expected UTF-8 text, got the byte 0xFF, which is not UTF-8; save "
                                + "the file as UTF-8"),
                new Case("configuration that is not UTF-8",
                        "run --config @/latin1.yaml --scenario sunny-summer --out @/out",
                        "Error: latin1.yaml:2:14: expected UTF-8 text, got the byte 0xE4"),
                new Case("export that is not UTF-8", "run --parse-only --item grid_w=@/latin1.json",
                        "Error: @/latin1.json:1:30: expected UTF-8 text, got the byte 0xB5"),
                new Case("missing trace", "run --config @/good.yaml --trace @/nosuch.csv --out @/out",
                        "Error: --trace @/nosuch.csv: no such file"),
                new Case("missing configuration", "run --config @/nosuch.yaml --trace @/good.csv --out @/out",
                        "Error: --config @/nosuch.yaml: no such file"),
                new Case("missing export", "run --parse-only --item grid_w=@/nosuch.json",
                        "Error: --item grid_w=@/nosuch.json: no such file"),
                new Case("configuration that is a folder", "run --config @ --trace @/good.csv --out @/out",
                        "Error: --config @: is a folder, expected a file"),
                new Case("repeated --item for one column",
                        "run --parse-only --item grid_w=@/seconds.json --item grid_w=@/seconds.json",
                        "Error: --item grid_w=@/seconds.json: column grid_w is given twice; give each column once"),
                new Case("epoch number that is no plausible time", "run --parse-only --trace @/epoch1970.csv",
                        "Error: @/epoch1970.csv:3: column 1 'timestamp': expected epoch seconds or milliseconds of a "
                                + "time between 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z"),
                new Case("ISO time of another century", "run --parse-only --trace @/y1999.csv",
                        "Error: @/y1999.csv:2: column 1 'timestamp': expected a time between 2000-01-01T00:00:00Z and "
                                + "2100-01-01T00:00:00Z, got '1999-06-01T08:00:00Z'"),
                new Case("export time of the 1970s", "run --parse-only --item grid_w=@/epoch1970.json",
                        "Error: @/epoch1970.json: at $.data[0].time for column 'grid_w': expected epoch seconds or "
                                + "milliseconds of a time between 2000-01-01T00:00:00Z"),
                new Case("a power that overflows the sums", "run --parse-only --trace @/huge.csv",
                        "Error: @/huge.csv:2: column 2 'grid_w': expected a number of W from -1000000 to 1000000 (at "
                                + "most 1000000 W either way; --max-power sets the bound), got '1.7e308'"),
                new Case("negative PV", "run --parse-only --trace @/negative-pv.csv",
                        "Error: @/negative-pv.csv:2: column 3 'pv_w': expected a number of W from 0 to 1000000 "
                                + "(never negative, at most 1000000 W; --max-power sets the bound), got '-50'"),
                new Case("5 MW in an export", "run --parse-only --item grid_w=@/megawatts.json",
                        "Error: @/megawatts.json: at $.data[0].state for column 'grid_w': expected a number of W "
                                + "from -1000000 to 1000000 (at most 1000000 W either way; --max-power sets the bound), got "
                                + "'5 MW'"),
                new Case("a power beyond a bound given with --max-power",
                        "run --parse-only --max-power 5000 --trace @/good-6kw.csv",
                        "Error: @/good-6kw.csv:2: column 2 'grid_w': expected a number of W from -5000 to 5000 (at "
                                + "most 5000 W either way; --max-power sets the bound), got '6000'"),
                new Case("--max-power that is no bound", "run --parse-only --max-power 0 --trace @/good.csv",
                        "Error: --max-power 0.0: expected a number of W above 0"),
                new Case("a 1 MB field", "run --parse-only --trace @/long-field.csv",
                        "Error: @/long-field.csv:2: column 2 'grid_w': expected a number of W from -1000000 to "
                                + "1000000 (at most 1000000 W either way; --max-power sets the bound), got '" + "9".repeat(80)
                                + "… (1000000 characters)'"),
                new Case("a 100 kB configuration value", "run --config @/long-value.yaml --scenario sunny-summer "
                        + "--out @/out", "Error: long-value.yaml:2:13: house: timeZone must be a time zone id like "
                                + "Europe/Brussels, was '" + "x".repeat(80) + "…'"),
                new Case("a value outside the core's range", "run --config @/min-on.yaml --scenario sunny-summer "
                        + "--out @/out", "Error: min-on.yaml:6:18: energyManager.loads[0] 'a': minOnTime must be "
                                + "between 0 and 1440 min, was 1500"),
                new Case("a combination the core refuses", "run --config @/lock-budget.yaml --scenario sunny-summer "
                        + "--out @/out", "Error: lock-budget.yaml:2:3: guard: minLockMinutes must be between 0 and "
                                + "120 (the maxLockMinutes budget), was 200"),
                new Case("--out is a file, found before the trace is read",
                        "run --config @/good.yaml --trace @/huge.csv --out @/good.csv",
                        "Error: --out @/good.csv: is a file, expected a folder"),
                new Case("--out under a file", "run --config @/good.yaml --trace @/good.csv --out @/good.csv/out",
                        "Error: --out @/good.csv/out: cannot be created, @/good.csv is a file, not a folder"),
                new Case("sweep: --out under a file",
                        SWEEP.replace("@/out", "@/good.csv/out") + PARAM,
                        "Error: --out @/good.csv/out: cannot be created, @/good.csv is a file, not a folder"),
                new Case("sweep: no workers", SWEEP + PARAM + " --workers 0",
                        "Error: --workers 0: expected 1 or more threads"),
                new Case("sweep: unknown objective", SWEEP + PARAM + " --objective nope",
                        "Error: --objective nope: expected one of self_consumption_pct (max)"),
                new Case("sweep: --param without values", SWEEP + "loadManager.maxPower",
                        "Error: --param loadManager.maxPower: expected NAME=FROM:TO:STEP"),
                new Case("sweep: --param with words", SWEEP + "loadManager.maxPower=a:b:c",
                        "Error: --param loadManager.maxPower=a:b:c: expected NAME=FROM:TO:STEP"),
                new Case("sweep: one parameter twice", SWEEP + PARAM + " --param loadManager.maxPower=1:2:1",
                        "Error: --param loadManager.maxPower: the parameter is given twice; give each parameter once"),
                new Case("sweep: configuration that is a folder", SWEEP.replace("@/good.yaml", "@") + PARAM,
                        "Error: --config @: is a folder, expected a file"),
                new Case("sweep: missing trace", SWEEP.replace("--scenario sunny-summer", "--trace @/nosuch.csv")
                        + PARAM, "Error: --trace @/nosuch.csv: no such file"),
                new Case("sweep: malformed trace", SWEEP.replace("--scenario sunny-summer", "--trace @/y1999.csv")
                        + PARAM, "Error: @/y1999.csv:2: column 1 'timestamp': expected a time between"),
                new Case("unknown option", "run --bogus", "Unknown option: '--bogus'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithItsPlaceAndNothingIsWritten(Case c, @TempDir Path dir) throws IOException {
        List<Path> inputs = writeInputs(dir);
        CliResult r = CliResult.run(c.args().replace("@", dir.toString()).split(" "));
        assertEquals(2, r.code(), "an input or usage error: " + r.err());
        String expected = c.error().replace("@", dir.toString());
        assertTrue(r.err().startsWith(expected), () -> "expected '" + expected + "...', got: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("at org."),
                "no stack trace: " + r.err());
        assertTrue(r.err().length() < 2500, "never a huge message (a usage error prints the usage): " + r.err().length() + " characters");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(inputs.stream().sorted().toList(), left.sorted().toList(),
                    "no output folder, no staging folder, no partial file");
        }
    }

    @Test
    void epochMillisecondsInACsvTraceAndEpochSecondsInAnExportAreReadByTheirSize(@TempDir Path dir)
            throws IOException {
        writeInputs(dir);
        CliResult csv = CliResult.run("run", "--parse-only", "--trace", dir.resolve("milliseconds.csv").toString());
        assertEquals(0, csv.code(), csv.err());
        String span = "2 rows from " + local("2024-06-01T08:00:00Z") + " to " + local("2024-06-01T08:01:00Z");
        assertTrue(csv.out().contains(span), "milliseconds, not the year 56386: " + csv.out());
        CliResult json = CliResult.run("run", "--parse-only", "--item",
                "grid_w=" + dir.resolve("seconds.json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains(span), "seconds, not a moment in January 1970: " + json.out());
    }

    /** @return the instant as parse-only writes it without a configuration: this computer's local time */
    private static String local(String instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", java.util.Locale.ROOT)
                .format(java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()));
    }

    @Test
    void aBiggerBoundAcceptsABiggerPower(@TempDir Path dir) throws IOException {
        writeInputs(dir);
        CliResult r = CliResult.run("run", "--parse-only", "--max-power", "6e6", "--trace",
                dir.resolve("huge.csv").toString().replace("huge", "good-6kw"));
        assertEquals(0, r.code(), r.err());
        CliResult huge = CliResult.run("run", "--parse-only", "--max-power", "2e6", "--item",
                "grid_w=" + dir.resolve("megawatts.json"));
        assertEquals(2, huge.code(), "5 MW is beyond 2 MW");
        assertTrue(huge.err().contains("from -2000000 to 2000000"), huge.err());
    }

    @Test
    void anInternalErrorIsNamedAsOneWithoutAStackTrace() {
        // a failure that is no input's, like a core class the simulator cannot find: exit code 1, one line
        Error missing = new NoClassDefFoundError("org/openhab/Missing");
        assertFalse(SimulatorCli.isInputError(missing), "a bug, not the user's input");
        assertEquals("NoClassDefFoundError: org/openhab/Missing", SimulatorCli.message(missing));
    }

    /** @return the input files written into {@code dir} */
    private static List<Path> writeInputs(Path dir) throws IOException {
        write(dir, "good.csv", GOOD_CSV);
        write(dir, "good-6kw.csv", "timestamp,grid_w\n1717228800,6000\n");
        Files.copy(Path.of("../../docs/examples/sunny-summer.yaml"), dir.resolve("good.yaml"));
        Files.write(dir.resolve("latin1.csv"),
                "timestamp,grid_w\n2024-06-01T08:00:00Z,\u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("latin1.yaml"),
                "house:\n  timeZone: W\u00e4rme\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("latin1.json"), "{\"name\":\"G\",\"data\":[{\"time\":\"\u00b5\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "seconds.json", "{\"name\":\"G\",\"data\":[{\"time\":1717228800,\"state\":\"100 W\"},"
                + "{\"time\":1717228860,\"state\":\"100 W\"}]}");
        write(dir, "epoch1970.json", "{\"name\":\"G\",\"data\":[{\"time\":60000,\"state\":\"100 W\"}]}");
        write(dir, "megawatts.json", "{\"name\":\"G\",\"data\":[{\"time\":1717228800000,\"state\":\"5 MW\"}]}");
        write(dir, "milliseconds.csv", "timestamp,grid_w\n1717228800000,100\n1717228860000,100\n");
        write(dir, "epoch1970.csv", "timestamp,grid_w\n1717228800,100\n999,100\n");
        write(dir, "y1999.csv", "timestamp,grid_w\n1999-06-01T08:00:00Z,100\n");
        write(dir, "huge.csv", "timestamp,grid_w\n1717228800,1.7e308\n");
        write(dir, "negative-pv.csv", "timestamp,grid_w,pv_w\n1717228800,100,-50\n");
        write(dir, "long-field.csv", "timestamp,grid_w\n1717228800," + "9".repeat(1_000_000) + "\n");
        write(dir, "long-value.yaml", "house:\n  timeZone: " + "x".repeat(100_000) + "\n");
        write(dir, "min-on.yaml", "energyManager:\n  gridItem: G\n  loads:\n    - load: a\n      power: 100\n"
                + "      minOnTime: 1500\n");
        write(dir, "lock-budget.yaml", "guard:\n  minLockMinutes: 200\n");
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
