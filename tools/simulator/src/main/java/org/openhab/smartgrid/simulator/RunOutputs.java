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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;
import org.openhab.smartgrid.simulator.output.EventsCsvWriter;
import org.openhab.smartgrid.simulator.output.ReportHtmlWriter;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.output.TimelineCsvWriter;
import org.openhab.smartgrid.simulator.output.YamlFiles;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Runs one simulation into an output folder: {@code timeline.csv}, {@code events.csv}, {@code summary.json},
 * {@code report.html}, the configuration it ran ({@code config.yaml}) and the same configuration as openHAB files
 * ({@code openhab/}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class RunOutputs {

    /** The configuration a run used, written back: a valid {@code --config} that reproduces the run. */
    public static final String CONFIG_FILE = "config.yaml";
    /** The files a run writes, in the order a user would open them (and the folder {@link OpenhabFiles#FOLDER}). */
    public static final List<String> FILES = List.of("report.html", "summary.json", "timeline.csv", "events.csv",
            CONFIG_FILE);
    /** What a run writes into its folder: the files and the folder of openHAB files. */
    static final List<String> OUTPUTS = Stream.concat(FILES.stream(), Stream.of(OpenhabFiles.FOLDER)).toList();

    private static final String CONFIG_HEADER = """
            # The configuration of this run: every parameter, defaults filled in, with openHAB's names and values.
            # Give it back with --config to run it again; openhab/ holds it as openHAB rules and a Thing.
            """;

    private RunOutputs() {
    }

    /**
     * Simulates {@code samples} with {@code engine} and writes the four files into {@code folder} (created when
     * missing; existing files are replaced).
     *
     * @return the run's summary
     * @throws IOException when a file cannot be written
     */
    public static Summary write(Path folder, SimulationConfig config, ControlEngine engine, RunInfo info,
            Iterator<HouseSample> samples) throws IOException {
        return write(folder, config, engine, info, samples, true);
    }

    /**
     * Simulates {@code samples} with {@code engine} and writes the files into {@code folder}. The files are written
     * into a temporary folder next to it and moved into {@code folder} only when the whole run succeeded: a run
     * that fails halfway (a malformed trace row, a full disk) leaves no output that looks like a result, and
     * replaces nothing an earlier run wrote.
     *
     * @param timeline whether to write {@code timeline.csv} (the biggest file by far; one row per sample)
     * @return the run's summary
     * @throws IOException when a file cannot be written
     */
    public static Summary write(Path folder, SimulationConfig config, ControlEngine engine, RunInfo info,
            Iterator<HouseSample> samples, boolean timeline) throws IOException {
        try (Recording recording = record(folder, config, engine, info, timeline)) {
            while (samples.hasNext()) {
                recording.accept(samples.next());
            }
            return recording.finish();
        }
    }

    /**
     * Starts a run into {@code folder} that is handed its samples one by one: what {@link #write} does, for a sweep
     * that feeds one pass of a trace to many runs. The files are written into a temporary folder next to
     * {@code folder} and moved into it by {@link Recording#finish()}; closing a recording that did not finish
     * deletes them.
     *
     * @throws IOException when the temporary folder or a file cannot be created
     */
    public static Recording record(Path folder, SimulationConfig config, ControlEngine engine, RunInfo info,
            boolean timeline) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent == null ? target : parent);
        Path staging = Files.createTempDirectory(parent == null ? target : parent, ".smartgrid-run-");
        try {
            return new Recording(target, staging, config, engine, info, timeline);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** One run being written: its sinks and their files in a temporary folder. */
    public static final class Recording implements AutoCloseable {

        private final Path target;
        private final Path staging;
        private final SimulationConfig config;
        private final SummaryAccumulator summary = new SummaryAccumulator();
        private final List<Writer> writers = new ArrayList<>();
        private final Simulation.Replay replay;
        private boolean finished;

        private Recording(Path target, Path staging, SimulationConfig config, ControlEngine engine, RunInfo info,
                boolean withTimeline) throws IOException {
            this.target = target;
            this.staging = staging;
            this.config = config;
            List<SimulationSink> sinks = new ArrayList<>();
            sinks.add(summary);
            try {
                if (withTimeline) {
                    sinks.add(new TimelineCsvWriter(open(staging.resolve("timeline.csv"))));
                }
                sinks.add(new EventsCsvWriter(open(staging.resolve("events.csv"))));
                sinks.add(new ReportHtmlWriter(open(staging.resolve("report.html")), summary));
                replay = new Simulation(config, engine, sinks).replay(info);
            } catch (IOException | RuntimeException e) {
                closeWriters();
                throw e;
            }
        }

        /** Simulates the sample before {@code sample} (see {@link Simulation.Replay#accept}). */
        public void accept(HouseSample sample) throws IOException {
            replay.accept(sample);
        }

        /**
         * Simulates the last sample, writes the summary, the configuration and the openHAB files, and moves the
         * run's files into its folder.
         *
         * @return the run's summary
         */
        public Summary finish() throws IOException {
            try {
                replay.finish();
            } finally {
                // the sinks close their writers in finish(); closing again is harmless and covers a failed run
                closeWriters();
            }
            Summary result = summary.summary();
            Files.writeString(staging.resolve("summary.json"), result.toJson(), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(CONFIG_FILE), CONFIG_HEADER + YamlFiles.dump(config.document()),
                    StandardCharsets.UTF_8);
            OpenhabFiles.write(staging.resolve(OpenhabFiles.FOLDER), config);
            replace(staging, target, OUTPUTS);
            finished = true;
            return result;
        }

        /** Deletes the temporary folder: the whole run when it did not finish, what is left of it when it did. */
        @Override
        public void close() {
            try {
                if (!finished) {
                    closeWriters();
                }
            } catch (IOException e) {
                // the run failed already; its files are deleted next
            } finally {
                deleteQuietly(staging);
            }
        }

        private Writer open(Path file) throws IOException {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            writers.add(writer);
            return writer;
        }

        private void closeWriters() throws IOException {
            IOException failed = null;
            for (Writer writer : writers) {
                try {
                    writer.close();
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /**
     * Moves {@code names} from {@code staging} into {@code target}; a name {@code staging} does not have is deleted
     * from {@code target} (an old timeline of an earlier run would not belong to this result). Nothing else in
     * {@code target} is touched.
     *
     * @throws IOException when a file or folder cannot be moved or deleted
     */
    static void replace(Path staging, Path target, List<String> names) throws IOException {
        Files.createDirectories(target);
        for (String name : names) {
            Path old = target.resolve(name);
            if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                delete(old);
            } else {
                Files.deleteIfExists(old);
            }
            Path written = staging.resolve(name);
            if (Files.exists(written)) {
                Files.move(written, old);
            }
        }
    }

    /** Deletes a folder and what it holds; links are deleted, not followed. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            // best effort: a leftover hidden staging folder holds nothing that looks like a result
        }
    }
}
