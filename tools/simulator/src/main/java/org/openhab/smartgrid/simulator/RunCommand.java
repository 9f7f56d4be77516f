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
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openhab.smartgrid.simulator.trace.TraceColumn;
import org.openhab.smartgrid.simulator.trace.TraceStats;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: one house configuration against a recorded trace or a built-in day, through the core engine.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a house configuration (YAML) against a recorded trace (CSV or persistence exports) or a "
                + "built-in day through the core engine and writes timeline.csv, events.csv, summary.json, "
                + "report.html, the configuration it ran (config.yaml) and the same as openHAB rules and Thing "
                + "(openhab/) into the output folder. With --parse-only, only reads and checks the trace.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "House configuration (YAML), e.g. docs/examples/sunny-summer.yaml. Required unless "
                    + "--parse-only.")
    @Nullable
    Path config;

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Required unless --parse-only.")
    @Nullable
    Path out;

    @Option(names = "--parse-only",
            description = "Read and validate the trace without simulating; print its row count and time span.")
    boolean parseOnly;

    @Option(names = "--no-timeline", description = "Do not write timeline.csv (one row per sample; the biggest "
            + "output and most of the time of a long replay). The summary, events and report are unchanged.")
    boolean noTimeline;

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SampleSource samples = source.source();
        PrintWriter stdout = spec.commandLine().getOut();
        if (parseOnly) {
            TraceStats stats = parse(samples);
            Path configFile = config;
            // a person reads it: the house's local time when a configuration is given, else this computer's
            ZoneId zone = configFile == null ? ZoneId.systemDefault() : ConfigLoader.load(configFile).house().timeZone();
            stdout.println(parseOnlyLine(samples.name(), stats, zone));
            return 0;
        }
        Path configFile = config;
        Path folder = out;
        if (configFile == null || folder == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "run needs --config FILE and --out DIR (only --parse-only goes without)");
        }
        InputFiles.requireReadable("--config " + configFile, configFile);
        InputFiles.requireWritableFolder("--out", folder);
        SimulationConfig house = ConfigLoader.load(configFile);
        Summary summary = replay(house, samples, samples.description() + ", config " + configFile.getFileName(),
                folder, !noTimeline, true);
        stdout.println(DemoCommand.header());
        stdout.println(DemoCommand.row(summary));
        stdout.println("Report: " + folder.resolve("report.html").toAbsolutePath().normalize());
        return 0;
    }

    private static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    /**
     * @return e.g. {@code trace.csv: 8640 rows from 2026-01-20 00:00:00 +01:00 to 2026-01-20 23:59:50 +01:00
     *         (23 h 59 min, Europe/Brussels), columns grid_w, pv_w}
     */
    static String parseOnlyLine(String name, TraceStats stats, ZoneId zone) {
        String columns = stats.columns().stream().sorted().map(TraceColumn::header).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: %d rows from %s to %s (%s, %s), columns %s", name, stats.rows(),
                LOCAL_WITH_OFFSET.format(stats.first().atZone(zone)), LOCAL_WITH_OFFSET.format(stats.last().atZone(zone)),
                TimeText.duration(stats.span()), zone.getId(), columns);
    }

    static TraceStats parse(SampleSource samples) throws IOException {
        if (samples instanceof SampleSource.Csv csv) {
            return csv.parseOnly();
        }
        if (samples instanceof SampleSource.Persistence exports) {
            return exports.parseOnly();
        }
        throw new IllegalArgumentException("--parse-only reads a trace: give --trace FILE or --item COLUMN=FILE");
    }

    /** Replays {@code samples} through the core engine and writes the outputs into {@code folder}. */
    static Summary replay(SimulationConfig house, SampleSource samples, String description, Path folder,
            boolean timeline, boolean progress) throws IOException {
        ControlEngine engine = new CoreEngineAdapter(house);
        try (SampleSource.Pass pass = samples.open(house, progress)) {
            return RunOutputs.write(folder, house, engine, info(house, samples, description), pass.samples(),
                    timeline);
        }
    }

    /** @return the run as its outputs name it: the same for a {@code run} and a run of a sweep */
    static RunInfo info(SimulationConfig house, SampleSource samples, String description) {
        return Simulation.runInfo(samples.name(), description, house);
    }
}
