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

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openhab.smartgrid.simulator.trace.CsvTraceReader;
import org.openhab.smartgrid.simulator.trace.PersistenceTraceReader;
import org.openhab.smartgrid.simulator.trace.PowerUnit;
import org.openhab.smartgrid.simulator.trace.TraceColumn;
import org.openhab.smartgrid.simulator.trace.TraceColumn.ValueKind;
import org.openhab.smartgrid.simulator.trace.TraceSource;
import org.openhab.smartgrid.simulator.trace.TraceStats;

/**
 * Where a run's samples come from: a built-in day, a CSV trace or openHAB persistence exports. Each
 * {@link #open} starts a fresh pass, so a sweep can replay the same source many times.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
sealed interface SampleSource {

    /** @return the name outputs give the run (scenario id or trace file name) */
    String name();

    /** @return one line about the source */
    String description();

    /**
     * Starts a pass over the samples.
     *
     * @param progress whether to draw a progress bar on an interactive console
     */
    Pass open(SimulationConfig config, boolean progress) throws IOException;

    /**
     * @return whether {@link #open} gives the same samples whatever the configuration, so that one pass can feed
     *         the runs of many configurations (a recorded trace; not a built-in day, whose sun follows the house)
     */
    default boolean sameForEveryConfig() {
        return true;
    }

    /** One pass: the samples and what to close when done. */
    record Pass(Iterator<HouseSample> samples, Closeable resource, Progress progress) implements Closeable {

        /**
         * A pass over a trace read ahead on a thread of its own ({@link ReadAhead}): the replay steps the engine
         * while the next rows are parsed. The progress bar is drawn by the reading thread.
         */
        static Pass readAhead(TraceSource trace, Progress progress) {
            ReadAhead<HouseSample> ahead = new ReadAhead<>(new TraceReplay(trace, progress),
                    "trace reader " + trace.name());
            return new Pass(ahead, () -> {
                try {
                    ahead.close();
                } finally {
                    trace.close();
                }
            }, progress);
        }

        @Override
        public void close() throws IOException {
            try {
                // first stop whoever reads, then clear the bar it draws
                resource.close();
            } finally {
                progress.done();
            }
        }
    }

    /** A built-in day generated from a seed. */
    record Scenario(BuiltInScenario scenario, long seed) implements SampleSource {
        @Override
        public String name() {
            return scenario.id();
        }

        @Override
        public String description() {
            return scenario.description() + " (" + scenario.profile().date() + ", seed " + seed + ")";
        }

        @Override
        public Pass open(SimulationConfig config, boolean progress) {
            return new Pass(scenario.generator(config, seed), () -> {
            }, Progress.none());
        }

        @Override
        public boolean sameForEveryConfig() {
            return false;
        }
    }

    /**
     * A recorded CSV trace, read lazily.
     *
     * @param maxPower the largest power a field may hold, W, either way
     */
    record Csv(Path file, double maxPower) implements SampleSource {

        /** A trace whose powers are at most the format's default bound (1 MW). */
        Csv(Path file) {
            this(file, ValueKind.DEFAULT_MAX_POWER);
        }

        @Override
        public String name() {
            Path fileName = file.getFileName();
            return fileName == null ? file.toString() : fileName.toString();
        }

        @Override
        public String description() {
            return "recorded trace " + file;
        }

        @Override
        public Pass open(SimulationConfig config, boolean progress) throws IOException {
            long size = Math.max(1, Files.size(file));
            CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
            // the same reader, decoding and validation as parse-only: only the counting for the progress bar differs
            CsvTraceReader trace = CsvTraceReader.open(counted, file.toString(), maxPower);
            Progress bar = progress ? Progress.forConsole(() -> counted.count() / (double) size) : Progress.none();
            return Pass.readAhead(trace, bar);
        }

        /** Reads and validates the trace without simulating. */
        TraceStats parseOnly() throws IOException {
            return CsvTraceReader.parseOnly(file, maxPower);
        }
    }

    /**
     * openHAB persistence exports, one JSON file per column, merged onto one timeline.
     *
     * @param maxPower the largest power a state may hold, W, either way
     */
    record Persistence(Map<TraceColumn, Path> files, Map<TraceColumn, PowerUnit> units, double maxPower)
            implements SampleSource {
        @Override
        public String name() {
            return "persistence";
        }

        @Override
        public String description() {
            return "openHAB persistence exports " + files;
        }

        @Override
        public Pass open(SimulationConfig config, boolean progress) throws IOException {
            PersistenceTraceReader trace = PersistenceTraceReader.open(files, units, maxPower);
            return Pass.readAhead(trace, Progress.none());
        }

        /** Reads and validates the exports without simulating. */
        TraceStats parseOnly() throws IOException {
            return PersistenceTraceReader.parseOnly(files, units, maxPower);
        }
    }
}
