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
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.ConfigOverride;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;
import org.openhab.smartgrid.simulator.trace.TraceStats;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-replay}: generates a CSV trace of N one-second rows, then times {@code --parse-only} and the replay
 * through the core engine side by side in one JVM, and prints samples per second and their ratio.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "bench-replay", mixinStandardHelpOptions = true,
        description = "Generates a CSV trace of N one-second rows (a synthetic house day after day), then times "
                + "parse-only and the replay through the core engine side by side and prints samples/s and the "
                + "ratio replay/parse-only. Run it with -Xmx256m to check the memory bound.")
final class BenchReplayCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", defaultValue = "31536000",
            description = "Rows of the trace (default 31536000: a year of one-second samples).")
    long rows = 31_536_000L;

    @Option(names = "--config", paramLabel = "FILE", description = "House configuration (default: sunny-summer's).")
    @Nullable
    Path config;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Where to write the trace (default: a temporary file, deleted afterwards). An existing file "
                    + "with this name is replayed as it is, not regenerated.")
    @Nullable
    Path trace;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder of the replay (default: temporary).")
    @Nullable
    Path out;

    @Option(names = "--timeline", description = "Also write timeline.csv (default: not, see --no-timeline of run).")
    boolean timeline;

    @Option(names = "--epoch", description = "Write timestamps as epoch seconds instead of ISO-8601 with offset.")
    boolean epoch;

    @Option(names = "--sweep", paramLabel = "N", defaultValue = "0",
            description = "Also time a sweep of N combinations (" + SWEPT + " from 4000 W in steps of 100 W) over the "
                    + "same trace, then the replay once more, and print the sweep's time against N replays "
                    + "(target <= 0.40).")
    int sweep;

    @Option(names = "--workers", paramLabel = "N",
            description = "Threads that replay the combinations (default: one per processor, ${DEFAULT-VALUE}).")
    int workers = SweepReplay.defaultWorkers();

    /** The parameter the benchmark sweeps: one every configuration has, which changes the load manager's work. */
    static final String SWEPT = "loadManager.maxPower";

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, was " + rows);
        }
        if (sweep < 0 || sweep > SweepCommand.MAX_RUNS) {
            throw new IllegalArgumentException("--sweep must be 0 to " + SweepCommand.MAX_RUNS + ", was " + sweep);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Path configFile = config;
        SimulationConfig house = configFile == null ? BuiltInScenario.SUNNY_SUMMER.config()
                : ConfigLoader.load(configFile);
        Path chosen = trace;
        Path file = chosen == null ? Files.createTempFile("smartgrid-bench-", ".csv") : chosen;
        Path chosenOut = out;
        Path folder = chosenOut == null ? Files.createTempDirectory("smartgrid-bench-out-") : chosenOut;
        try {
            if (chosen == null || !Files.exists(chosen)) {
                long t0 = System.nanoTime();
                generate(file, rows, epoch);
                stdout.println(String.format(Locale.ROOT, "generated %,d rows (%,d MB) in %.1f s: %s", rows,
                        Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9, file));
                stdout.flush();
            }
            stdout.println(jvm());
            SampleSource source = new SampleSource.Csv(file);
            // parse-only first and then the replay, both cold, in this one JVM
            Clocks parseStart = Clocks.now();
            TraceStats stats = RunCommand.parse(source);
            Times parsed = parseStart.since();
            report(stdout, "parse-only", stats.rows(), parsed);
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            Clocks replayStart = Clocks.now();
            Summary summary = RunCommand.replay(house, source, "benchmark trace", folder, timeline, true);
            Times replayed = replayStart.since();
            report(stdout, "replay" + (timeline ? " (with timeline.csv)" : " (no timeline.csv)"), summary.samples(),
                    replayed);
            double sweepRatio = sweep > 0 ? timeSweep(stdout, house, source, replayed.seconds()) : 0;
            stdout.println(String.format(Locale.ROOT,
                    "ratio replay/parse-only: %.2f wall (target <= 2.00); CPU %.2f of the calling thread, %.2f of "
                            + "the whole JVM (target <= 2.00), %.2f of it the JIT's compiles; heap limit %d MB, "
                            + "replay's peak at most %d MB",
                    replayed.seconds() / parsed.seconds(), replayed.thread() / parsed.thread(),
                    replayed.process() / parsed.process(), replayed.jit() / parsed.process(),
                    Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20));
            if (sweep > 0) {
                stdout.println(String.format(Locale.ROOT, "ratio sweep/(%d x replay): %.2f wall (target <= 0.40)", sweep,
                        sweepRatio));
            }
            if (collectors().contains("G1")) {
                stdout.println("note: G1 (the JVM's choice on two or more cores) costs this replay about a third of its "
                        + "speed; -XX:+UseSerialGC is the faster collector for long replays");
            }
        } finally {
            if (chosen == null) {
                Files.deleteIfExists(file);
            }
            if (chosenOut == null) {
                RunOutputs.deleteQuietly(folder);
            }
        }
        return 0;
    }

    /**
     * Times a sweep of {@link #sweep} combinations, then the replay once more (so that neither side has the JIT's
     * warm-up to itself), and prints both.
     *
     * @return the sweep's wall time against {@link #sweep} times the faster of the two replays
     */
    private double timeSweep(PrintWriter stdout, SimulationConfig house, SampleSource source, double firstReplay)
            throws IOException {
        SweepParam swept = SweepParam.parse(SWEPT + "=4000:" + (4000 + 100 * (sweep - 1)) + ":100");
        Path configFile = config;
        Path folder = Files.createTempDirectory("smartgrid-bench-sweep-");
        try {
            List<SweepReplay.Job> jobs = new ArrayList<>();
            for (BigDecimal value : swept.values()) {
                List<ConfigOverride> override = List.of(swept.override(value));
                SimulationConfig combination = configFile == null
                        ? ConfigLoader.parse("sunny-summer.yaml", BuiltInScenario.SUNNY_SUMMER.configText(), override)
                        : ConfigLoader.load(configFile, override);
                jobs.add(new SweepReplay.Job(combination, "benchmark sweep, " + SWEPT + "=" + value,
                        folder.resolve(SweepCommand.runId(jobs.size() + 1))));
            }
            Clocks sweepStart = Clocks.now();
            List<Summary> summaries = new SweepReplay(source, timeline, workers).run(jobs);
            Times sweptTimes = sweepStart.since();
            report(stdout, "sweep of " + sweep + " combinations", summaries.get(0).samples(), sweptTimes);
            Clocks replayStart = Clocks.now();
            Summary again = RunCommand.replay(house, source, "benchmark trace", folder.resolve("replay"), timeline,
                    true);
            Times replayed = replayStart.since();
            report(stdout, "replay again", again.samples(), replayed);
            return sweptTimes.seconds() / (sweep * Math.min(firstReplay, replayed.seconds()));
        } finally {
            RunOutputs.deleteQuietly(folder);
        }
    }

    /** @return the conditions of the run: the figures depend on the JVM, its collector and the processors it sees */
    private static String jvm() {
        return String.format(Locale.ROOT, "Java %s, collectors: %s; %d processor(s) available", Runtime.version(),
                collectors(), Runtime.getRuntime().availableProcessors());
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    }

    /** @return the heap pools' peaks added up: at least the heap's own peak (the pools peak at different times) */
    private static long peakHeapBytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes;
    }

    /**
     * Wall time, the calling thread's CPU time and the whole JVM's: the replay reads its trace on a second thread
     * ({@link ReadAhead}), so its wall time is less than the CPU time of all its threads; the JVM's CPU time also
     * counts the JIT compilers (their compiles' time is given too) and the garbage collector.
     */
    private static void report(PrintWriter out, String what, long samples, Times times) {
        out.println(String.format(Locale.ROOT,
                "%-28s %,12d samples in %6.2f s = %5.2f M samples/s (CPU: calling thread %6.2f s, JVM %6.2f s; "
                        + "JIT compiles %5.2f s)",
                what, samples, times.seconds(), samples / times.seconds() / 1e6, times.thread(), times.process(),
                times.jit()));
        out.flush();
    }

    /** What a phase took, s: wall time, the calling thread's CPU, the whole JVM's CPU, the JIT's compiles. */
    private record Times(double seconds, double thread, double process, double jit) {
    }

    /** The clocks {@link Times} reads, at the start of a phase (ns, except the JIT's ms). */
    private record Clocks(long wall, long thread, long process, long jitMillis) {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final CpuClock PROCESS = CpuClock.process();
        private static final JitClock JIT = JitClock.compilers();

        static Clocks now() {
            return new Clocks(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), PROCESS.nanos(), JIT.millis());
        }

        /** @return the time from this start until now, on the same thread */
        Times since() {
            Clocks end = now();
            return new Times((end.wall - wall) / 1e9, (end.thread - thread) / 1e9, (end.process - process) / 1e9,
                    (end.jitMillis - jitMillis) / 1e3);
        }
    }

    /**
     * The time the JIT compilers spent compiling, where the JVM tells it (0 where it does not): the sum of their
     * compiles' elapsed times, which is their CPU time while they are not kept waiting for a processor. A replay's
     * whole-JVM CPU counts it: the compilers work on the simulation's code while it runs.
     */
    private interface JitClock {
        long millis();

        static JitClock compilers() {
            CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
            if (compilation != null && compilation.isCompilationTimeMonitoringSupported()) {
                return compilation::getTotalCompilationTime;
            }
            return () -> 0;
        }
    }

    /** The CPU time of the whole JVM, where the platform tells it. */
    private interface CpuClock {
        long nanos();

        static CpuClock process() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os::getProcessCpuTime;
            }
            return () -> 0;
        }
    }

    /**
     * Writes a synthetic trace: a house with a base load, a cooking peak each evening, PV by a sine over the day,
     * a real heat pump cycling, and an hour of grid lock each day; deterministic.
     */
    static void generate(Path file, long rows, boolean epochSeconds) throws IOException {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        ZoneOffset offset = ZoneOffset.ofHours(1);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("timestamp,grid_w,pv_w,heatpump_w,grid_lock\n");
            StringBuilder line = new StringBuilder(96);
            long seconds = start.getEpochSecond();
            String day = "";
            for (long i = 0; i < rows; i++, seconds++) {
                long secondOfDay = Math.floorMod(seconds + 3600, 86_400);
                double pv = secondOfDay > 25_200 && secondOfDay < 68_400
                        ? 5000 * Math.sin(Math.PI * (secondOfDay - 25_200) / 43_200.0)
                        : 0;
                double house = 400 + 150 * ((i / 37) % 3) + (secondOfDay >= 64_800 && secondOfDay < 67_200 ? 6000 : 0);
                double heatPump = (i / 1800) % 3 == 0 ? 2000 : 0;
                int lock = secondOfDay >= 41_400 && secondOfDay < 45_000 ? 1 : 0;
                line.setLength(0);
                if (epochSeconds) {
                    line.append(seconds);
                } else {
                    // the date part changes once a day; the time part is cheap to append
                    if (secondOfDay == 0 || day.isEmpty()) {
                        day = Instant.ofEpochSecond(seconds).atOffset(offset).format(iso).substring(0, 11);
                    }
                    line.append(day);
                    two(line, (int) (secondOfDay / 3600)).append(':');
                    two(line, (int) (secondOfDay / 60 % 60)).append(':');
                    two(line, (int) (secondOfDay % 60)).append("+01:00");
                }
                line.append(',').append(Math.round(house + heatPump - pv)).append(',').append(Math.round(pv))
                        .append(',').append(Math.round(heatPump)).append(',').append(lock).append('\n');
                w.append(line);
            }
        }
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
