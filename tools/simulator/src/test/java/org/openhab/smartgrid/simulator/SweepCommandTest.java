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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;
import org.openhab.smartgrid.simulator.scenario.ConfigException;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * {@code sweep}: parameter ranges, one replay per combination, ranked by the objective; and {@code bench-replay}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SweepCommandTest {

    private static final String SUNNY = "src/main/resources/org/openhab/smartgrid/simulator/scenarios/sunny-summer.yaml";


    private static CliResult run(String... args) {
        return CliResult.run(args);
    }

    @Test
    void aRangeRunsFromToToInclusiveWithoutRoundingDrift() {
        SweepParam p = SweepParam.parse("guard.minLockMinutes=0.1:0.5:0.1");
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5"),
                p.values().stream().map(BigDecimal::toPlainString).toList(), "five exact values");
        assertEquals(List.of("guard", "minLockMinutes"), p.path());
    }

    @Test
    void aLoadParameterNamesTheLoadAndTheManagersMayBeAbbreviated() throws IOException {
        SweepParam p = SweepParam.parse("energy.loads.heatpump boost.switchOnPower=1000:2000:1000");
        assertEquals(List.of("energyManager", "loads", "heatpump boost", "switchOnPower"), p.path());
        SimulationConfig config = SweepCommand.configWith(Path.of(SUNNY), List.of(p),
                List.of(new BigDecimal("1500")));
        assertEquals(1500.0, config.surplusLoads().get(0).switchOnPower(), "the value is applied");
        assertEquals(1500,
                ((Map<?, ?>) ((List<?>) ((Map<?, ?>) config.document().get("energyManager")).get("loads")).get(0))
                        .get("switchOnPower"),
                "and written back");
    }

    /** Merge keys are read by the loader of run, so a sweep sets a merged value like any other. */
    @Test
    void aSweptValueMayBeOneAMergeKeyGave(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("merged.yaml");
        Files.writeString(file, """
                energyManager:
                  gridItem: Grid_Power
                  loads:
                    - &boost { load: boost, power: 2000, minOnTime: 5 }
                    - { <<: *boost, load: boiler }
                """);
        SimulationConfig config = SweepCommand.configWith(file,
                List.of(SweepParam.parse("energy.loads.boiler.power=1000:1000:1")), List.of(new BigDecimal("1000")));
        assertEquals(List.of(2000.0, 1000.0), config.surplusLoads().stream().map(SurplusLoadConfig::power).toList());
        assertEquals(Duration.ofMinutes(5), config.surplusLoads().get(1).minOnTime(), "the other merged values stay");
    }

    @Test
    void anUnknownLoadIsAnErrorListingTheLoads() {
        SweepParam p = SweepParam.parse("loadManager.loads.boiler.power=1000:2000:1000");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepCommand.configWith(Path.of(SUNNY), List.of(p), List.of(BigDecimal.ONE)));
        assertTrue(e.getMessage().contains("no load 'boiler'") && e.getMessage().contains("[heatpump]"),
                e.getMessage());
    }

    @Test
    void anInvalidValueNamesTheKeysPlaceInTheFileTheParameterAndTheParam() {
        SweepParam p = SweepParam.parse("load.loads.heatpump.priority=13:13:1");
        ConfigException e = assertThrows(ConfigException.class,
                () -> SweepCommand.configWith(Path.of(SUNNY), List.of(p), List.of(new BigDecimal("13"))));
        assertTrue(e.getMessage().matches("sunny-summer\\.yaml:\\d+:\\d+: loadManager\\.loads\\[0\\] 'heatpump': "
                + "priority must be between 1 and 12, was 13 \\(set by --param load\\.loads\\.heatpump\\.priority=13\\)"),
                e.getMessage());
    }

    @Test
    void anUnknownKeyIsRejectedByTheConfigurationLoader(@TempDir Path dir) {
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPowr=4000:5000:1000", "--out", dir.toString());
        assertEquals(2, r.code(), "wrong input");
        assertTrue(r.err().contains("Error: --param loadManager.maxPowr=4000: loadManager: unknown parameter 'maxPowr' "
                + "for the load manager (did you mean 'maxPower'?)"), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "loadManager.maxPower=1:1e99999999999:1", "loadManager.maxPower=1:2:1e-999999999",
            "loadManager.maxPower=0:1e14:1", "loadManager.maxPower=1:2", "loadManager.maxPower=3:2:1" })
    void aRangeThatCannotBeRunIsAnErrorWithoutAStackTrace(String param, @TempDir Path dir) {
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param", param, "--out",
                dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("Error: --param " + param + ": "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aSweepRanksEveryCombinationByTheObjective(@TempDir Path dir) throws IOException {
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=3000:5000:2000", "--param", "energyManager.offset=0:500:500", "--objective",
                "relay_switches", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(5, csv.size(), "header and 2 x 2 runs: " + csv);
        int previous = Integer.MIN_VALUE;
        int column = List.of(csv.get(0).split(",")).indexOf("relay_switches");
        for (String row : csv.subList(1, csv.size())) {
            int switches = Integer.parseInt(row.split(",")[column]);
            assertTrue(switches >= previous, "ranked by relay switches, fewest first: " + csv);
            previous = switches;
        }
        for (int n = 1; n <= 4; n++) {
            assertTrue(Files.exists(dir.resolve(String.format("run-%03d/report.html", n))), "run " + n + " report");
        }
        String html = Files.readString(dir.resolve("sweep.html"));
        assertTrue(html.contains("<tr class=\"best\">") && html.contains("run-001/report.html"), "links the runs");
        assertTrue(r.out().contains("Ranked by relay_switches (min)"), r.out());
    }

    @Test
    void everyRunWritesTheConfigurationItRanWithTheSweptValue(@TempDir Path dir) throws IOException {
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=4000:5000:1000", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (int n = 1; n <= 2; n++) {
            Path run = dir.resolve(String.format("run-%03d", n));
            String config = Files.readString(run.resolve(RunOutputs.CONFIG_FILE));
            assertTrue(config.contains("\n  maxPower: " + (3000 + 1000 * n) + "\n"), "run " + n + ":\n" + config);
            String rule = Files.readString(run.resolve(OpenhabFiles.FOLDER).resolve("rule-grid-heatpump.yaml"));
            assertTrue(rule.contains("\n      maxPower: " + (3000 + 1000 * n) + "\n"), "run " + n + ":\n" + rule);
        }
    }

    /** The fifth of six combinations is invalid (minLockMinutes at most maxLockMinutes): found before the first run. */
    @Test
    void anInvalidCombinationIsReportedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep");
        CliResult earlier = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=4000:5000:1000", "--out", out.toString());
        assertEquals(0, earlier.code(), earlier.err());
        String csv = Files.readString(out.resolve("sweep.csv"));
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "guard.minLockMinutes=0:240:120", "--param", "loadManager.maxPower=4000:5000:1000", "--out",
                out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("minLockMinutes must be between 0 and ")
                && r.err().contains("(set by --param guard.minLockMinutes=240)"), r.err());
        assertEquals("", r.out(), "no run started");
        assertEquals(csv, Files.readString(out.resolve("sweep.csv")), "the earlier sweep is as it was");
        assertEquals(List.of("run-001", "run-002", "sweep.csv", "sweep.html"), names(out));
        assertEquals(List.of("sweep"), names(dir), "and nothing was left next to it");
    }

    @Test
    void aSweepReplacesTheRunsOfAnEarlierSweepWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep");
        assertEquals(0, run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=3000:6000:1000", "--out", out.toString()).code());
        assertEquals(List.of("run-001", "run-002", "run-003", "run-004", "sweep.csv", "sweep.html"), names(out));
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "energyManager.offset=0:100:100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("run-001", "run-002", "sweep.csv", "sweep.html"), names(out), "no run of the earlier");
        assertTrue(Files.readString(out.resolve("sweep.csv")).startsWith("rank,run,energyManager.offset,"),
                Files.readString(out.resolve("sweep.csv")));
        assertEquals(List.of("sweep"), names(dir), "no staging folder left");
    }

    @Test
    void aFolderWithFilesASweepDoesNotWriteIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=4000:4000:1000", "--out", dir.toString());
        assertEquals(2, r.code(), "wrong input");
        assertTrue(r.err().contains("holds files a sweep does not write (notes.txt)"), r.err());
        assertEquals(List.of("notes.txt"), names(dir));
    }

    /** The sweep of the page tests: 3 x 2 runs of the sunny summer day, ranked by import. */
    static Path sweepPage(Path dir) throws IOException {
        CliResult r = run("sweep", "--config", SUNNY, "--scenario", "sunny-summer", "--param",
                "loadManager.maxPower=3000:5000:1000", "--param", "energyManager.offset=0:500:500", "--param",
                "guard.maxLocksPerDay=3:3:1", "--objective", "import_kwh", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        return dir.resolve("sweep.html");
    }

    @Test
    void theSweepPageChartsTheObjectiveAgainstEachParameterOnePointPerRun(@TempDir Path dir) throws IOException {
        String html = Files.readString(sweepPage(dir));
        List<String> parts = List.of(html.split("<figure class=\"param-chart\"", -1));
        assertEquals(3, parts.size() - 1, "one chart per swept parameter");
        List<String> figures = parts.subList(1, parts.size());
        List<String> params = List.of("loadManager.maxPower", "energyManager.offset", "guard.maxLocksPerDay");
        for (int i = 0; i < params.size(); i++) {
            String figure = figures.get(i).substring(0, figures.get(i).indexOf("</figure>"));
            assertTrue(figure.startsWith(" data-param=\"" + params.get(i) + "\""), figure);
            assertEquals(6, figure.split("<circle class=\"point", -1).length - 1, "one point per run: " + figure);
            assertEquals(1, figure.split("<circle class=\"point best\"", -1).length - 1, "the best run marked");
            assertTrue(figure.contains("<title>run-"), "each point names its run");
        }
        assertTrue(figures.get(0).contains("<figcaption>import (kWh) against loadManager.maxPower (W)</figcaption>"),
                figures.get(0));
    }

    @Test
    void everyColumnOfTheSweepTableSaysItsUnit(@TempDir Path dir) throws IOException {
        String html = Files.readString(sweepPage(dir));
        String table = html.substring(html.indexOf("<table id=\"sweep\">"), html.indexOf("</table>"));
        List<String> headers = Pattern.compile("<th>([^<]*)</th>").matcher(table).results().map(m -> m.group(1))
                .toList();
        assertEquals(2 + 3 + 7, headers.size(), "rank, run, 3 parameters, 7 figures: " + headers);
        for (String header : headers) {
            assertTrue(SweepTable.UNITLESS.contains(header) || header.matches(".+ \\([^()]+\\)"),
                    "a unit in brackets, or a rank or run: " + header);
        }
        assertTrue(headers.containsAll(List.of("loadManager.maxPower (W)", "energyManager.offset (W)",
                "guard.maxLocksPerDay (" + SweepParam.NO_UNIT + ")", "import (kWh)", "peak quarter-hour (kW)",
                "EVU lock (min)", "relay switches (count)")), headers.toString());
        assertEquals("guard.minLockMinutes (min)", SweepParam.parse("guard.minLockMinutes=1:2:1").header(),
                "a guard's unit from the core's parameter model");
        assertEquals("house.heatPump.tankLiters (l)", SweepParam.parse("house.heatPump.tankLiters=100:200:100")
                .header(), "a simulator parameter's unit");
        assertEquals("load.loads.heatpump.power (W)", SweepParam.parse("load.loads.heatpump.power=1:2:1").header(),
                "a load's parameter");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSweepPageEscapesWhatItShowsLikeTheReport() {
        SweepTable table = new SweepTable(List.of(SweepParam.parse("energy.loads.Tom's <boiler>.power=1:1:1")),
                SweepObjective.IMPORT_KWH, List.of());
        String html = table.html("config \"a&b\".yaml");
        assertTrue(html.contains("energy.loads.Tom&#39;s &lt;boiler&gt;.power"), html);
        assertTrue(html.contains("config &quot;a&amp;b&quot;.yaml"), html);
    }

    @Test
    void theBenchmarkTimesParseOnlyAndReplaySideBySide(@TempDir Path dir) {
        CliResult r = run("bench-replay", "--rows", "5000", "--trace", dir.resolve("t.csv").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*parse-only +5,000 samples in .*replay \\(no timeline.csv\\) +5,000 samples"
                + ".*ratio replay/parse-only: [0-9.]+.*"), r.out());
        // the compilers' share of the whole JVM's CPU, which the replay's CPU target counts
        assertTrue(r.out().matches("(?s).*replay \\(no timeline.csv\\) .*JIT compiles +[0-9.]+ s\\).*"), r.out());
        // a ratio over 5,000 rows may be NaN or Infinity: the process's CPU clock ticks in milliseconds or more
        assertTrue(r.out().matches("(?s).*(?:[0-9.]+|NaN|Infinity) of the whole JVM \\(target <= 2.00\\), "
                + "(?:[0-9.]+|NaN|Infinity) of it the JIT's compiles.*"), r.out());
    }
}
