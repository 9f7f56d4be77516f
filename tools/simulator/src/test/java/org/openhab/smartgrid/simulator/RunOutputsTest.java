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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;

/**
 * A run shows what it ran: its output folder holds the configuration it used, every parameter written out, which
 * given back to {@code run --config} gives the same run again, and the same configuration as openHAB files.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class RunOutputsTest {

    private static final String WINTER = "src/main/resources/org/openhab/smartgrid/simulator/scenarios/winter-locks.yaml";

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int code = SimulatorCli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
    }

    /**
     * The built-in winter day, the least configuration (every default but what openHAB requires), and that with lock
     * windows of its own.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "built-in", "minimal", "grid locks" })
    void theConfigurationARunWritesGivesTheSameRunAgain(String which, @TempDir Path dir) throws IOException {
        Path config = Path.of(WINTER);
        if (!which.equals("built-in")) {
            config = dir.resolve("minimal.yaml");
            Files.writeString(config, """
                    house:
                      heatPump: { boostLoad: boost, shedLoad: heatpump }
                    %s
                    energyManager:
                      gridItem: Grid_Power
                      loads:
                        - { load: boost, power: 2000 }
                        - { load: boiler, power: 2400, minOnTimePerDay: 60 }
                    loadManager:
                      gridItem: Grid_Power
                      maxPower: 4000
                      loads:
                        - { load: heatpump, power: 2000, shedFeedbackItem: HeatPump_SG_Mode }
                    """.formatted(which.equals("grid locks")
                    ? "  gridLocks: [{ from: \"06:00\", to: \"07:15\" }, { from: \"22:00\", to: \"24:00\" }]"
                    : ""));
        }
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        run("run", "--config", config.toString(), "--scenario", "winter-locks", "--out", first.toString());
        run("run", "--config", first.resolve(RunOutputs.CONFIG_FILE).toString(), "--scenario", "winter-locks", "--out",
                second.toString());
        if (which.equals("grid locks")) {
            String written = Files.readString(first.resolve(RunOutputs.CONFIG_FILE));
            assertTrue(written.contains("gridLocks:") && written.contains("\"06:00\"")
                    && written.contains("\"24:00\""), "config.yaml has the windows: " + written);
            assertTrue(Files.readString(first.resolve("summary.json")).contains("\"grid_lock_minutes\": 375.0"),
                    "the day's 180 lock minutes and the windows' 195");
        }
        for (String file : List.of("timeline.csv", "events.csv", "summary.json", RunOutputs.CONFIG_FILE)) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)),
                    file + " of the run again");
        }
        // the report names the configuration file it was given
        assertEquals(Files.readString(first.resolve("report.html")).replace(config.getFileName().toString(),
                RunOutputs.CONFIG_FILE), Files.readString(second.resolve("report.html")), "report.html");
        List<String> openhab = names(first.resolve(OpenhabFiles.FOLDER));
        assertEquals(openhab, names(second.resolve(OpenhabFiles.FOLDER)));
        assertTrue(openhab.contains(OpenhabFiles.THING_FILE) && openhab.size() >= 3, "rules and the Thing: " + openhab);
        for (String file : openhab) {
            assertEquals(Files.readString(first.resolve(OpenhabFiles.FOLDER).resolve(file)),
                    Files.readString(second.resolve(OpenhabFiles.FOLDER).resolve(file)), file);
        }
    }

    @Test
    void aFailedRunLeavesTheEarlierRunsFilesAsTheyWere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        run("run", "--config", WINTER, "--scenario", "winter-locks", "--out", out.toString());
        String config = Files.readString(out.resolve(RunOutputs.CONFIG_FILE));
        List<String> openhab = names(out.resolve(OpenhabFiles.FOLDER));
        Path trace = dir.resolve("bad.csv");
        Files.writeString(trace, "timestamp,grid_w\n2024-06-01T08:00:00+02:00,abc\n");
        int code = SimulatorCli.execute(new String[] { "run", "--config", WINTER, "--trace", trace.toString(), "--out",
                out.toString() }, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertEquals(2, code, "the trace is malformed");
        assertEquals(config, Files.readString(out.resolve(RunOutputs.CONFIG_FILE)), "config.yaml is the earlier run's");
        assertEquals(openhab, names(out.resolve(OpenhabFiles.FOLDER)), "and so are the openHAB files");
    }

    /**
     * events.csv is a machine file: its time column is ISO-8601 with the house's offset. Its detail column is the
     * text a person reads: the times in it are local {@code HH:mm} of the house's zone (Brussels, UTC+1 on the winter
     * day), never an instant in UTC.
     */
    @Test
    void eventsGiveTheirTimeWithTheOffsetAndTheirTextsInLocalTime(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        run("run", "--config", WINTER, "--scenario", "winter-locks", "--out", out.toString());
        List<String> rows = Files.readAllLines(out.resolve("events.csv"));
        assertEquals("time,component,event,detail", rows.get(0));
        Pattern iso = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT(\\d\\d:\\d\\d):\\d\\d\\+01:00,");
        Pattern from = Pattern.compile("relays may change again from (\\d\\d:\\d\\d)");
        int changes = 0;
        for (String row : rows.subList(1, rows.size())) {
            Matcher time = iso.matcher(row);
            assertTrue(time.find(), "ISO-8601 with the offset: " + row);
            String detail = row.substring(time.end());
            assertFalse(detail.matches(".*\\d{4}-\\d\\d-\\d\\dT\\d\\d:.*"), "no ISO instant in a text: " + row);
            Matcher next = from.matcher(detail);
            if (next.find()) {
                changes++;
                assertTrue(next.group(1).compareTo(time.group(1)) >= 0,
                        "the next change is a local time not before the change itself: " + row);
            }
        }
        assertTrue(changes > 0, "the winter day switches the relays");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
