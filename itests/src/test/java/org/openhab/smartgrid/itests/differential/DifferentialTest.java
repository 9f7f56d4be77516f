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
package org.openhab.smartgrid.itests.differential;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.automation.energymanager.internal.manager.ManagerAdapter;
import org.openhab.smartgrid.itests.differential.DecisionLog.Decision;
import org.openhab.smartgrid.simulator.ControlEngine;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.Simulation;
import org.openhab.smartgrid.simulator.StepDecisions;
import org.openhab.smartgrid.simulator.StepInputs;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.DayGenerator;
import org.openhab.smartgrid.simulator.scenario.DayProfile;
import org.openhab.smartgrid.simulator.scenario.LockWindow;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * One configuration, one engine: a day replayed by the simulator and the same day lived by openHAB with the add-ons'
 * real handlers ({@link OpenhabHouse}) give the same decisions, in the same order: every command of every load of
 * both managers (time, load, ON/OFF, reason) and every change of the heat pump's effective mode (time, mode,
 * reason). The simulator runs the day first (its house model turns decisions into the meter); openHAB then gets the
 * very meter readings and lock states the simulator's engine got, so both see the same inputs up to the first
 * difference. The configuration is the simulator's, read through the core's parameter model; openHAB's triggers and
 * Thing are configured with its values under openHAB's names.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DifferentialTest {

    /** How many generated days (each with its own seed, profile and parameters) are compared. */
    static final int RANDOM_DAYS = 120;

    /** How often each kind of decision (subject, command, reason) was compared, over all days. */
    private static final Map<String, Integer> COVERED = new ConcurrentSkipListMap<>();
    private static final AtomicInteger GENERATED_DAYS_COMPARED = new AtomicInteger();

    /** The days are worth comparing only when they make the decisions that matter: sheds, locks, deferrals. */
    @AfterAll
    static void theDaysCoveredWhatMatters() {
        System.out.println("decisions compared, by kind: " + COVERED);
        if (GENERATED_DAYS_COMPARED.get() < RANDOM_DAYS) {
            return; // a run of some of the days only (-Dtest=...)
        }
        for (String kind : List.of("energy manager ON SURPLUS", "energy manager OFF NO_SURPLUS",
                "load manager ON SHED_PEAK", "load manager OFF RESTORED", "heat pump EVU PEAK_SHED",
                "heat pump EVU GRID_LOCK", "heat pump BOOST PV_SURPLUS", "heat pump COMFORT PV_SURPLUS")) {
            assertTrue(COVERED.getOrDefault(kind, 0) > 0, "no day compared a decision '" + kind + "': " + COVERED);
        }
        assertTrue(COVERED.getOrDefault("a relay load shed ON", 0) > 0, "no day shed a relay load: " + COVERED);
        assertTrue(COVERED.keySet().stream().anyMatch(k -> k.startsWith("heat pump") && k.contains("LOCK_")),
                "no day compared a lock the heat pump's guards deferred or held: " + COVERED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInScenario.class)
    void aBuiltInDayDecidesAlikeInTheSimulatorAndInOpenhab(BuiltInScenario scenario) throws IOException {
        SimulationConfig config = scenario.config();
        assertSameDecisions(scenario.id(), config, scenario.generator(config));
    }

    static Stream<Arguments> randomDays() {
        return IntStream.range(0, RANDOM_DAYS).mapToObj(i -> Arguments.of(i, 1_000_003L * (i + 1)));
    }

    @ParameterizedTest(name = "day {0} (seed {1})")
    @MethodSource("randomDays")
    void aGeneratedDayDecidesAlikeInTheSimulatorAndInOpenhab(int day, long seed) throws IOException {
        RandomDay generated = RandomDay.of(seed);
        SimulationConfig config = ConfigLoader.parse("random-day-" + day + ".yaml", generated.yaml());
        DayProfile profile = generated.profile();
        assertSameDecisions("generated day " + day + " (seed " + seed + ", " + generated.summary() + ")", config,
                new DayGenerator(profile, config.house().latitude(), config.house().longitude(),
                        config.house().timeZone()));
        GENERATED_DAYS_COMPARED.incrementAndGet();
    }

    @Test
    void theSimulatorKnowsWhenTheAddOnFiresARulesFirstCommand() {
        assertEquals(ManagerAdapter.FIRST_STEP_DELAY, CoreEngineAdapter.RULE_FIRST_STEP_DELAY);
    }

    /** Replays the day through the simulator, then through openHAB, and compares their decisions. */
    static void assertSameDecisions(String day, SimulationConfig config, Iterator<HouseSample> samples)
            throws IOException {
        DecisionLog simulated = new DecisionLog(config.house().timeZone());
        List<StepInputs> inputs = new ArrayList<>();
        CoreEngineAdapter engine = new CoreEngineAdapter(config, simulated);
        ControlEngine recording = in -> {
            // the run fills the same inputs at every sample: keep a copy
            inputs.add(in.copy());
            return engine.step(in);
        };
        RunInfo info = new RunInfo(day, day, CoreEngineAdapter.LABEL, config.loadNames(),
                Simulation.relayLoads(config), config.maxPower(), config.house().timeZone());
        new Simulation(config, recording, List.of()).run(info, samples);

        DecisionLog lived = new DecisionLog(config.house().timeZone());
        OpenhabHouse openhab = new OpenhabHouse(config, inputs.get(0).time(), lived);
        for (StepInputs in : inputs) {
            openhab.sample(in.time(), in.meterPower(), in.gridLock(), in.heatPumpPower());
        }
        openhab.stop();

        String difference = firstDifference(lived.decisions(), simulated.decisions(), config);
        if (difference != null) {
            fail(day + ": openHAB and the simulator decide differently\n" + difference);
        }
        assertFalse(simulated.decisions().isEmpty(), day + ": decided nothing");
        for (Decision decision : simulated.decisions()) {
            COVERED.merge(decision.subject() + " " + decision.command() + " " + decision.reason(), 1, Integer::sum);
            if (decision.subject().equals(DecisionLog.LOAD_MANAGER) && !decision.load().equals("heatpump")) {
                COVERED.merge("a relay load shed " + decision.command(), 1, Integer::sum);
            }
        }
    }

    /** @return the first decision in which the two differ, with the one before for context; null when none */
    static @Nullable String firstDifference(List<Decision> openhab, List<Decision> simulator,
            SimulationConfig config) {
        var zone = config.house().timeZone();
        int common = Math.min(openhab.size(), simulator.size());
        for (int i = 0; i <= common; i++) {
            Decision left = i < openhab.size() ? openhab.get(i) : null;
            Decision right = i < simulator.size() ? simulator.get(i) : null;
            if (left == null && right == null) {
                return null;
            }
            if (left == null || !left.equals(right)) {
                return "  decision " + (i + 1) + " of " + openhab.size() + " (openHAB) / " + simulator.size()
                        + " (simulator)\n  openHAB:   " + (left == null ? "nothing more" : left.describe(zone))
                        + "\n  simulator: " + (right == null ? "nothing more" : right.describe(zone))
                        + (i == 0 ? "" : "\n  (both before: " + openhab.get(i - 1).describe(zone) + ")");
            }
        }
        return null;
    }

    /** A generated day: its profile, and a configuration with parameters drawn from the seed. */
    record RandomDay(DayProfile profile, String yaml, String summary) {

        static RandomDay of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            boolean measured = seed / 1_000_003L % 2 == 0;
            BuiltInScenario base = BuiltInScenario.values()[random.nextInt(BuiltInScenario.values().length)];
            DayProfile built = base.profile();
            Duration step = List.of(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(45),
                    Duration.ofMinutes(1)).get(random.nextInt(4));
            List<LockWindow> locks = new ArrayList<>();
            int windows = random.nextInt(3);
            for (int w = 0; w < windows; w++) {
                int from = 6 * 60 + random.nextInt(14 * 60);
                int to = from + 15 + random.nextInt(120);
                locks.add(new LockWindow(LocalTime.of(from / 60, from % 60), LocalTime.of(to / 60, to % 60)));
            }
            DayProfile profile = new DayProfile(built.date().plusDays(random.nextInt(-20, 21)), seed, step,
                    2000 + random.nextInt(8000), random.nextDouble(), random.nextBoolean(), locks);
            String pvMode = random.nextInt(4) == 0 ? "COMFORT" : "BOOST";
            String mode = List.of("PEAK", "OVERLOAD", "BOTH").get(random.nextInt(3));
            boolean boiler = random.nextBoolean();
            String yaml = house(base) + "\nguard:\n" //
                    + "  minLockMinutes: " + random.nextInt(1, 21) + "\n" //
                    + "  minReleaseMinutes: " + random.nextInt(1, 21) + "\n" //
                    + "  maxLockMinutes: " + random.nextInt(30, 181) + "\n" //
                    + "  maxLocksPerDay: " + random.nextInt(1, 6) + "\n" //
                    + "  maxLockMinutesPerDay: " + random.nextInt(180, 481) + "\n" //
                    + "  minModeDwellSeconds: " + random.nextInt(0, 181) + "\n" //
                    + "  pvSurplusMode: " + pvMode + "\n" //
                    + "energyManager:\n  gridItem: Grid_Power\n" //
                    + "  offset: " + (random.nextInt(9) * 100 - 400) + "\n" //
                    + "  staleAfter: " + List.of(60, 90, 120, 300).get(random.nextInt(4)) + "\n" //
                    + "  loads:\n" //
                    + "    - load: heatpump boost\n" //
                    + "      priority: 1\n" //
                    + "      switchOnPower: " + (random.nextInt(4) == 0 ? -1 : 1000 + random.nextInt(3000)) + "\n"
                    + "      power: 2000\n" //
                    + "      activationDelay: " + random.nextInt(0, 181) + "\n" //
                    + "      minOnTime: " + random.nextInt(0, 21) + "\n" //
                    + "      minOffTime: " + random.nextInt(0, 21) + "\n" //
                    + "      minOnTimePerDay: " + (random.nextInt(3) == 0 ? random.nextInt(0, 121) : 0) + "\n"
                    + "      dailyDeadline: " + (random.nextBoolean() ? "SUNSET" : "\"" + (14 + random.nextInt(8))
                            + ":00\"") + "\n"
                    + (boiler ? "    - load: boiler\n" //
                            + "      priority: 2\n" //
                            + "      switchOnPower: " + (500 + random.nextInt(2500)) + "\n" //
                            + "      power: " + (500 + random.nextInt(2500)) + "\n" //
                            + "      activationDelay: " + random.nextInt(0, 121) + "\n" //
                            + "      minOnTime: " + random.nextInt(0, 31) + "\n" //
                            + "      minOffTime: " + random.nextInt(0, 31) + "\n" : "")
                    + "loadManager:\n  gridItem: Grid_Power\n" //
                    + "  mode: " + mode + "\n" //
                    + "  maxPower: " + (2500 + random.nextInt(5000)) + "\n" //
                    + "  overloadPower: " + (random.nextBoolean() ? 0 : 6000 + random.nextInt(4000)) + "\n"
                    + "  followMonthPeak: " + random.nextBoolean() + "\n" //
                    + "  staleAfter: " + List.of(60, 90, 120, 300).get(random.nextInt(4)) + "\n" //
                    + "  feedbackTimeout: " + random.nextInt(0, 181) + "\n" //
                    + "  loads:\n" //
                    + "    - load: heatpump\n" //
                    + (random.nextInt(5) == 0 ? "" : "      shedFeedbackItem: HeatPump_SG_Mode\n") //
                    // every other day measures the heat pump (not drawn from random: the other days stay as they were)
                    + (measured ? "      loadPowerItem: HeatPump_Power\n" : "") //
                    + "      priority: 1\n" //
                    + "      power: 2000\n" //
                    + "      restoreHysteresis: " + random.nextInt(0, 501) + "\n" //
                    + "      minShedTime: " + random.nextInt(1, 21) + "\n" //
                    + "      minReleaseTime: " + random.nextInt(1, 21) + "\n" //
                    + (boiler && random.nextBoolean() ? "    - load: boiler\n" //
                            + (random.nextBoolean() ? "      shedFeedbackItem: Boiler_Relay\n" : "") //
                            + "      priority: 2\n" //
                            + "      power: " + (500 + random.nextInt(2500)) + "\n" //
                            + "      minShedTime: " + random.nextInt(1, 21) + "\n" //
                            + "      minReleaseTime: " + random.nextInt(1, 21) + "\n" : "");
            String summary = base.id() + " profile, " + step.toSeconds() + " s samples, " + windows
                    + " lock windows, " + mode + ", " + pvMode + (boiler ? ", with a boiler" : "")
                    + (yaml.contains("Boiler_Relay") ? " (shed with feedback)" : "")
                    + (measured ? ", heat pump power measured" : "");
            return new RandomDay(profile, yaml, summary);
        }

        /** @return the built-in configuration's house section */
        private static String house(BuiltInScenario base) {
            String text = base.configText();
            return text.substring(0, text.indexOf("\nguard:"));
        }
    }
}
