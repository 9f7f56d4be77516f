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
package org.openhab.smartgrid.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a simulated sample's time goes, from a JFR recording of a replay (such as {@link SimulatedSampleBenchmark}
 * run with {@code -XX:StartFlightRecording}): the share of the execution samples of the replay's thread in each part
 * of the step, and in particular how much of it the managers' rules take — the most a manager that skips its rules
 * while nothing can change (a "quiet window", issue 20) could save. What such a manager must still do at every
 * sample (runtimes, the quarter-hour's energy, lock budgets and hold timers) is its bookkeeping.
 * <p>
 * A sample is classified by the innermost frame of the project's code; the JDK's frames (an {@code Instant}
 * compared, a list read) count for the part that called them, the core's helpers shared by every part (time
 * arithmetic, texts) for their caller, the guards for the manager or controller that runs them, and the core's code
 * that the simulator runs outside the engine (its own quarter-hour meter) for the simulator. The load
 * manager's {@code decide} itself counts as rules although a few of its lines are bookkeeping, so the rules' share is
 * an upper bound.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SampleCostShares {

    /** The parts of a simulated sample. */
    public enum Part {
        HOUSE_MODEL("simulator: house model and sample loop", false),
        OUTPUT_SINKS("simulator: output sinks (summary, report)", false),
        ADAPTER("simulator: engine adapter (events, timers)", false),
        CONTROLLER("core: SG controller (arbiter, guards)", false),
        ENERGY_BOOKKEEPING("core: energy manager bookkeeping", false),
        ENERGY_RULES("core: energy manager rules", true),
        LOAD_BOOKKEEPING("core: load manager bookkeeping", false),
        LOAD_RULES("core: load manager rules", true);

        private final String label;
        private final boolean rules;

        Part(String label, boolean rules) {
            this.label = label;
            this.rules = rules;
        }

        public String label() {
            return label;
        }

        /** @return whether a manager that decides only when something can change would skip this part */
        public boolean rules() {
            return rules;
        }
    }

    private static final String PROJECT = "org.openhab.smartgrid.";
    private static final String CORE = PROJECT + "core.";
    private static final String SIMULATOR = PROJECT + "simulator.";
    private static final String ENGINE_ADAPTER = SIMULATOR + "CoreEngineAdapter";
    /** The frames of a replay's thread: a run over an iterator, or a sweep's run fed sample by sample. */
    private static final Set<String> REPLAY_FRAMES = Set.of(SIMULATOR + "Simulation.run",
            SIMULATOR + "Simulation$Replay.accept");
    /** The energy manager's work that goes on whatever it decides: its clock, its day, its inputs. */
    private static final Set<String> ENERGY_BOOKKEEPING = Set.of("EnergyManager.advanceClock",
            "EnergyManager.rollTo", "EnergyManager.updateGrid", "EnergyManager.updateGridMeter",
            "EnergyManager.updateBattery", "EnergyManager.updateBatteryMeter", "EnergyManager.updateLoadTemperature",
            "EnergyManager.updateLoadPower", "LocalDay", "SunsetCalculator");
    /** The load manager's: the quarter-hour's energy, the month's peak, its inputs, the sheds' budgets. */
    private static final Set<String> LOAD_BOOKKEEPING = Set.of("QuarterHourMeter", "MonthPeak",
            "LoadManager.updateGrid", "LoadManager.updateLoadPower", "LoadManager.reportShedState",
            "SheddableLoad.advanceBudget");

    private SampleCostShares() {
    }

    /**
     * @param frames a sample's stack, innermost first, each as {@code fully.qualified.Type.method}
     * @return the part of a simulated sample it was in, null when it is not the replay's thread
     */
    public static @Nullable Part classify(List<String> frames) {
        if (frames.stream().noneMatch(REPLAY_FRAMES::contains)) {
            return null;
        }
        // the core's code outside the engine adapter is the simulator's own use of it (its quarter-hour meter)
        boolean inEngine = frames.stream().anyMatch(frame -> frame.startsWith(ENGINE_ADAPTER));
        boolean inGuard = false;
        for (String frame : frames) {
            if (!frame.startsWith(PROJECT) || !inEngine && frame.startsWith(CORE)) {
                continue; // the JDK's work counts for its caller
            }
            if (frame.startsWith(CORE + "guard.")) {
                inGuard = true; // a lock budget or hold timer: the controller's or a shed's, as the caller says
                continue;
            }
            if (frame.startsWith(CORE + "energy.")) {
                return matches(frame, ENERGY_BOOKKEEPING) ? Part.ENERGY_BOOKKEEPING : Part.ENERGY_RULES;
            }
            if (frame.startsWith(CORE + "load.")) {
                return inGuard || matches(frame, LOAD_BOOKKEEPING) ? Part.LOAD_BOOKKEEPING : Part.LOAD_RULES;
            }
            if (frame.startsWith(CORE + "arbiter.") || frame.startsWith(CORE + "SgController.")) {
                return Part.CONTROLLER;
            }
            if (frame.startsWith(CORE)) {
                continue; // a helper every part uses (time, texts, commands): its caller's
            }
            if (frame.startsWith(ENGINE_ADAPTER)) {
                return Part.ADAPTER;
            }
            if (frame.startsWith(SIMULATOR + "output.")) {
                return Part.OUTPUT_SINKS;
            }
            if (frame.startsWith(SIMULATOR)) {
                return Part.HOUSE_MODEL;
            }
        }
        return Part.HOUSE_MODEL;
    }

    /** @return whether the frame's {@code Type.method}, or its type, is one of {@code names} */
    private static boolean matches(String frame, Set<String> names) {
        int method = frame.lastIndexOf('.');
        String typeAndMethod = frame.substring(frame.lastIndexOf('.', method - 1) + 1);
        String type = typeAndMethod.substring(0, typeAndMethod.indexOf('.'));
        return names.contains(typeAndMethod) || names.contains(type);
    }

    /** The counted samples of one recording. */
    public record Shares(Map<Part, Integer> samples, int total) {

        public double percent(Part part) {
            return total == 0 ? 0 : 100.0 * samples.getOrDefault(part, 0) / total;
        }

        /** @return the share of the managers' rules, %: the most a quiet window could save */
        public double rulesPercent() {
            double sum = 0;
            for (Part part : Part.values()) {
                if (part.rules()) {
                    sum += percent(part);
                }
            }
            return sum;
        }
    }

    /** Counts the parts of every sample's stack (each innermost first). */
    public static Shares count(Iterable<List<String>> stacks) {
        Map<Part, Integer> samples = new EnumMap<>(Part.class);
        int total = 0;
        for (List<String> stack : stacks) {
            Part part = classify(stack);
            if (part != null) {
                samples.merge(part, 1, Integer::sum);
                total++;
            }
        }
        return new Shares(samples, total);
    }

    /** @return the stacks of the recording's execution samples, innermost frame first */
    public static List<List<String>> executionSamples(Path recording) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            RecordedStackTrace trace = event.getStackTrace();
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || trace == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : trace.getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            stacks.add(frames);
        }
        return stacks;
    }

    static void print(Shares shares, PrintStream out) {
        out.printf("%d execution samples of the replay's thread%n", shares.total());
        for (Part part : Part.values()) {
            out.printf("%6.1f %%  %s%n", shares.percent(part), part.label());
        }
        out.printf("%6.1f %%  the managers' rules (the most a quiet window could save)%n", shares.rulesPercent());
    }

    /**
     * {@code java -cp <benchmarks' classpath> org.openhab.smartgrid.benchmarks.SampleCostShares replay.jfr}
     * <p>
     * The recording must hold stack traces: JFR's default or profile settings, or {@code jdk.ExecutionSample}
     * enabled with a period. For line-accurate stacks of inlined code record with
     * {@code -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleCostShares <recording.jfr>");
            System.exit(2);
        }
        Path recording = Path.of(args[0]);
        if (!Files.isRegularFile(recording)) {
            System.err.println("no such recording: " + recording);
            System.exit(2);
        }
        Shares shares = count(executionSamples(recording));
        if (shares.total() == 0) {
            System.err.println(recording + " holds no execution sample of a replay (Simulation.run): record a "
                    + "replay with jdk.ExecutionSample enabled");
            System.exit(1);
        }
        print(shares, System.out);
    }
}
