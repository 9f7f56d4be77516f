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

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.ConfigException;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.ConfigOverride;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: a replay of every combination of parameter values ({@link SweepReplay}: one pass over the trace,
 * the combinations on all cores), ranked by an objective, as a console table and {@code sweep.html}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Replays a trace or built-in day for every combination of parameter values and ranks the runs "
                + "by an objective. The trace is read once for all combinations (up to 128 at a time), which run in "
                + "parallel on the available cores. Writes OUT/sweep.html, OUT/sweep.csv and each run's files "
                + "into OUT/run-NNN/.")
final class SweepCommand implements Callable<Integer> {

    /** A product of parameter ranges bigger than this is refused: it is nearly always a typo. */
    static final int MAX_RUNS = 500;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "House configuration (YAML).")
    @SuppressWarnings("NotNullFieldNotInitialized")
    Path config;

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--param", paramLabel = "NAME=FROM:TO:STEP", required = true,
            description = "A parameter named as in the YAML and its values, FROM to TO inclusive (repeatable), e.g. "
                    + "loadManager.maxPower=4000:6000:500 or energyManager.loads.heatpump boost.switchOnPower="
                    + "1000:3000:500.")
    List<String> params = new ArrayList<>();

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "self_consumption_pct",
            description = "Rank by self_consumption_pct (max, default), import_kwh (min), peak_quarter_hour_kw "
                    + "(min) or relay_switches (min).")
    String objective = "self_consumption_pct";

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    @SuppressWarnings("NotNullFieldNotInitialized")
    Path out;

    @Option(names = "--timeline", description = "Also write each run's timeline.csv (default: not, to save space).")
    boolean timeline;

    @Option(names = "--workers", paramLabel = "N",
            description = "Threads that replay the combinations (default: one per processor, ${DEFAULT-VALUE}).")
    int workers = SweepReplay.defaultWorkers();

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    /** One run of the sweep: its parameter values and its summary. */
    record SweepRun(String id, List<BigDecimal> values, Summary summary) {
    }

    @Override
    public Integer call() throws IOException {
        // everything that can be wrong in the command line is found before the trace is read
        if (workers < 1) {
            throw new IllegalArgumentException("--workers " + workers + ": expected 1 or more threads");
        }
        InputFiles.requireReadable("--config " + config, config);
        InputFiles.requireWritableFolder("--out", out);
        SweepObjective goal = SweepObjective.parse(objective);
        List<SweepParam> ranges = params.stream().map(SweepParam::parse).toList();
        Set<List<String>> keys = new HashSet<>();
        for (SweepParam range : ranges) {
            if (!keys.add(range.path())) {
                // two ranges for one key: the later would silently win in every combination
                throw new IllegalArgumentException("--param " + range.name() + ": the parameter is given twice; give "
                        + "each parameter once");
            }
        }
        List<List<BigDecimal>> combinations = combinations(ranges);
        // every combination is read before the first run: an invalid value is reported before anything is written
        List<SimulationConfig> houses = new ArrayList<>();
        for (List<BigDecimal> values : combinations) {
            houses.add(configWith(config, ranges, values));
        }
        SampleSource samples = source.source();
        String configName = String.valueOf(config.getFileName());
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out.toAbsolutePath().normalize();
        SweepFolder.requireReplaceable(target);
        Path staging = SweepFolder.staging(target);
        List<SweepRun> ranked = new ArrayList<>();
        SweepTable table;
        try {
            List<SweepReplay.Job> jobs = new ArrayList<>();
            for (int n = 1; n <= houses.size(); n++) {
                jobs.add(new SweepReplay.Job(houses.get(n - 1), samples.description() + ", config " + configName
                        + ", " + describe(ranges, combinations.get(n - 1)), staging.resolve(runId(n))));
            }
            List<Summary> summaries = new SweepReplay(samples, timeline, workers).run(jobs);
            for (int n = 1; n <= houses.size(); n++) {
                List<BigDecimal> values = combinations.get(n - 1);
                Summary summary = summaries.get(n - 1);
                ranked.add(new SweepRun(runId(n), values, summary));
                stdout.println(String.format(Locale.ROOT, "%s %s: %s = %s", runId(n), describe(ranges, values),
                        goal.key(), format(goal, summary)));
            }
            stdout.flush();
            ranked.sort(Comparator.comparingDouble((SweepRun r) -> goal.score(r.summary()))
                    .thenComparing(SweepRun::id));
            table = new SweepTable(ranges, goal, ranked);
            Files.writeString(staging.resolve("sweep.csv"), table.csv(), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve("sweep.html"),
                    table.html(samples.description() + ", config " + configName), StandardCharsets.UTF_8);
            SweepFolder.replace(staging, target);
        } finally {
            RunOutputs.deleteQuietly(staging);
        }
        stdout.println();
        stdout.print(table.text());
        stdout.println();
        SweepRun best = ranked.get(0);
        stdout.println("Best: " + best.id() + " (" + describe(ranges, best.values()) + ")");
        stdout.println("Sweep: " + target.resolve("sweep.html"));
        return 0;
    }

    /** @return the folder name of the {@code n}th run, counted from 1 */
    static String runId(int n) {
        return String.format(Locale.ROOT, "run-%03d", n);
    }

    /** @return every combination of the ranges' values, the last range changing fastest */
    static List<List<BigDecimal>> combinations(List<SweepParam> ranges) {
        long count = 1;
        for (SweepParam p : ranges) {
            count *= p.values().size();
            if (count > MAX_RUNS) {
                throw new IllegalArgumentException("the parameters give more than " + MAX_RUNS + " runs; use fewer "
                        + "values (a bigger STEP)");
            }
        }
        List<List<BigDecimal>> combinations = new ArrayList<>();
        int[] index = new int[ranges.size()];
        for (int n = 0; n < count; n++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                values.add(ranges.get(i).values().get(index[i]));
            }
            combinations.add(List.copyOf(values));
            for (int i = ranges.size() - 1; i >= 0; i--) { // odometer over the combinations
                if (++index[i] < ranges.get(i).values().size()) {
                    break;
                }
                index[i] = 0;
            }
        }
        return combinations;
    }

    /**
     * @return the configuration of {@code file} with the parameters set to {@code values}, read by the same loader
     *         as {@code run}'s
     * @throws ConfigException naming the file position of the parameter (when it is in the file), the parameter and
     *             the {@code --param} when a value is invalid
     */
    static SimulationConfig configWith(Path file, List<SweepParam> ranges, List<BigDecimal> values)
            throws IOException {
        List<ConfigOverride> overrides = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            overrides.add(ranges.get(i).override(values.get(i)));
        }
        return ConfigLoader.load(file, overrides);
    }

    static String describe(List<SweepParam> ranges, List<BigDecimal> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            parts.add(ranges.get(i).name() + "=" + values.get(i).toPlainString());
        }
        return String.join(", ", parts);
    }

    static String format(SweepObjective goal, Summary s) {
        if (goal == SweepObjective.SELF_CONSUMPTION_PCT && s.selfConsumptionPct().isEmpty()) {
            return "-";
        }
        return goal == SweepObjective.RELAY_SWITCHES ? Integer.toString(s.relaySwitches())
                : String.format(Locale.ROOT, "%.2f", goal.value(s));
    }
}
