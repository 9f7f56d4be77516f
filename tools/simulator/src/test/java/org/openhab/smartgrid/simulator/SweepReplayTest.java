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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openhab.smartgrid.simulator.trace.TraceFormatException;

/**
 * {@link SweepReplay}: one pass over a trace, the combinations on worker threads, and every run's files the same as
 * a separate replay of its configuration.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SweepReplayTest {

    /** A day: the evening cooking peak (6 kW) is shed or not depending on the limit. */
    private static final long ROWS = 86_400;
    private static final String SUNNY = "src/main/resources/org/openhab/smartgrid/simulator/scenarios/sunny-summer.yaml";
    private static final SweepParam LIMITS = SweepParam.parse("loadManager.maxPower=3000:7000:1000");

    @TempDir
    static Path shared;
    private static Path trace = Path.of("");

    @BeforeAll
    static void writeTrace() throws IOException {
        trace = shared.resolve("trace.csv");
        BenchReplayCommand.generate(trace, ROWS, false);
    }

    private static List<SweepReplay.Job> jobs(Path folder) {
        List<SweepReplay.Job> jobs = new ArrayList<>();
        for (BigDecimal limit : LIMITS.values()) {
            SimulationConfig house = ConfigLoader.parse("sunny-summer.yaml",
                    BuiltInScenario.SUNNY_SUMMER.configText(), List.of(LIMITS.override(limit)));
            jobs.add(new SweepReplay.Job(house, "limit " + limit, folder.resolve("limit-" + limit)));
        }
        return jobs;
    }

    /** @return every file under {@code folder} by its relative path, with its content */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void everyRunOfASweepWritesWhatASeparateRunOfItsConfigurationWrites(int workers, @TempDir Path dir)
            throws IOException {
        SampleSource source = new SampleSource.Csv(trace);
        List<SweepReplay.Job> jobs = jobs(dir.resolve("sweep"));
        List<Summary> swept = new SweepReplay(source, true, workers, SweepReplay.RUNS_PER_PASS).run(jobs);

        Set<String> events = new HashSet<>();
        for (int n = 0; n < jobs.size(); n++) {
            SweepReplay.Job job = jobs.get(n);
            Path alone = dir.resolve("alone").resolve(job.folder().getFileName().toString());
            Summary separate = RunCommand.replay(job.house(), source, job.description(), alone, true, false);
            assertEquals(separate.toJson(), swept.get(n).toJson(), "summary of " + job.description());
            Map<String, String> sweepFiles = files(job.folder());
            assertEquals(files(alone), sweepFiles, "every file of " + job.description());
            assertTrue(sweepFiles.keySet().containsAll(List.of("timeline.csv", "events.csv", "report.html",
                    "summary.json", "config.yaml")), sweepFiles.keySet().toString());
            assertEquals(ROWS, separate.samples(), "the whole trace");
            events.add(sweepFiles.get("events.csv"));
        }
        // the limits lead to different decisions, so equal files are not a matter of identical runs
        assertTrue(events.size() >= 3, "the five limits give at least three different event logs: " + events.size());
    }

    @Test
    void aSweepBiggerThanAPassReadsTheTraceAgainForTheRest(@TempDir Path dir) throws IOException {
        SampleSource source = new SampleSource.Csv(trace);
        List<SweepReplay.Job> jobs = jobs(dir.resolve("passes"));
        List<Summary> inPasses = new SweepReplay(source, false, 2, 2).run(jobs);
        List<Summary> inOne = new SweepReplay(source, false, 2, SweepReplay.RUNS_PER_PASS)
                .run(jobs(dir.resolve("one")));
        assertEquals(inOne.stream().map(Summary::toJson).toList(), inPasses.stream().map(Summary::toJson).toList());
    }

    @Test
    void aBuiltInDayIsMadeForEachRunsHouse(@TempDir Path dir) throws IOException {
        SampleSource source = new SampleSource.Scenario(BuiltInScenario.SUNNY_SUMMER, 7);
        assertFalse(source.sameForEveryConfig());
        List<SweepReplay.Job> jobs = jobs(dir.resolve("sweep"));
        List<Summary> swept = new SweepReplay(source, true, 2, SweepReplay.RUNS_PER_PASS).run(jobs);
        for (int n = 0; n < jobs.size(); n++) {
            SweepReplay.Job job = jobs.get(n);
            Path alone = dir.resolve("alone-" + n);
            Summary separate = RunCommand.replay(job.house(), source, job.description(), alone, true, false);
            assertEquals(separate.toJson(), swept.get(n).toJson());
            assertEquals(files(alone), files(job.folder()));
        }
    }

    @Test
    void aMalformedRowEndsTheSweepNamingItsLineAndLeavesNoRun(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(trace, StandardCharsets.UTF_8));
        lines.set(60_001, lines.get(60_001).replaceFirst(",[0-9-]+,", ",12x,"));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        Path folder = dir.resolve("sweep");
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> new SweepReplay(new SampleSource.Csv(bad), true, 2, SweepReplay.RUNS_PER_PASS)
                        .run(jobs(folder)));
        assertTrue(e.getMessage().contains("60002"), e.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "no run folder, no temporary folder");
        }
        assertNoWorkerLeft();
    }

    @Test
    void aRunThatCannotWriteFailsTheSweepAndLeavesNoThreadBehind(@TempDir Path dir) throws IOException {
        List<SweepReplay.Job> jobs = new ArrayList<>(jobs(dir.resolve("sweep")));
        // a file where a run's folder must go: the run's files cannot be moved into place at the end
        SweepReplay.Job last = jobs.get(jobs.size() - 1);
        Files.createDirectories(last.folder().getParent());
        Files.writeString(last.folder(), "in the way");
        assertThrows(IOException.class,
                () -> new SweepReplay(new SampleSource.Csv(trace), false, 2, SweepReplay.RUNS_PER_PASS).run(jobs));
        assertNoWorkerLeft();
    }

    private static void assertNoWorkerLeft() {
        List<String> alive = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("sweep worker") || name.startsWith("trace reader")).toList();
        assertEquals(List.of(), alive, "every thread of the sweep has ended");
    }

    /** The command: each run-NNN folder holds a configuration that {@code run} replays to the same results. */
    @Test
    void theConfigurationOfEachSweptRunReplaysToTheSameFiles(@TempDir Path dir) {
        Path sweep = dir.resolve("sweep");
        CliResult r = CliResult.run("sweep", "--config", SUNNY, "--trace", trace.toString(), "--param",
                "loadManager.maxPower=4000:6000:1000", "--timeline", "--out", sweep.toString());
        assertEquals(0, r.code(), r.err());
        for (int n = 1; n <= 3; n++) {
            Path run = sweep.resolve(SweepCommand.runId(n));
            Path again = dir.resolve("again-" + n);
            CliResult single = CliResult.run("run", "--config", run.resolve(RunOutputs.CONFIG_FILE).toString(), "--trace",
                    trace.toString(), "--out", again.toString());
            assertEquals(0, single.code(), single.err());
            for (String file : List.of("summary.json", "events.csv", "timeline.csv")) {
                assertEquals(read(run.resolve(file)), read(again.resolve(file)), file + " of " + run.getFileName());
            }
        }
    }


    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
    }

}
