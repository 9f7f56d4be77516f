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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.HeatPumpStatus;
import org.openhab.smartgrid.simulator.model.HeatPumpTask;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.HouseConfig;
import org.openhab.smartgrid.simulator.scenario.LockWindow;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The built-in days through the real core engine: what the openHAB add-ons would do with the seed's parameters.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class CoreEngineAdapterTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Records the steps and events of a run. */
    private static final class Recorder implements SimulationSink {
        final List<SimulationStep> steps = new ArrayList<>();
        final List<EngineEvent> events = new ArrayList<>();

        @Override
        public void event(EngineEvent event) {
            events.add(event);
        }

        @Override
        public void step(SimulationStep step) {
            steps.add(step.copy()); // the simulation fills the same step again for the next sample
        }

        boolean runs(SimulationStep step, String load) {
            return step.loadRuns(load);
        }

        LocalTime local(SimulationStep step) {
            return step.time().atZone(BRUSSELS).toLocalTime();
        }

        /** @return the lengths of the runs of consecutive steps for which {@code on} holds, with their starts */
        List<Duration[]> blocks(java.util.function.Predicate<SimulationStep> on) {
            List<Duration[]> blocks = new ArrayList<>();
            Instant start = null;
            for (SimulationStep step : steps) {
                if (on.test(step) && start == null) {
                    start = step.time();
                } else if (!on.test(step) && start != null) {
                    blocks.add(new Duration[] { Duration.between(steps.get(0).time(), start),
                            Duration.between(start, step.time()) });
                    start = null;
                }
            }
            return blocks;
        }
    }

    private static Recorder run(SimulationConfig config, Iterator<HouseSample> samples, SummaryAccumulator summary)
            throws IOException {
        Recorder recorder = new Recorder();
        RunInfo info = new RunInfo("test", "test", CoreEngineAdapter.LABEL, config.loadNames(),
                Simulation.relayLoads(config), config.maxPower(), config.house().timeZone());
        new Simulation(config, new CoreEngineAdapter(config), List.of(recorder, summary)).run(info, samples);
        return recorder;
    }

    private static Recorder run(BuiltInScenario day, SummaryAccumulator summary) throws IOException {
        SimulationConfig config = day.config();
        return run(config, day.generator(config), summary);
    }

    @Test
    void onTheSunnyDayTheBoostRunsAroundMiddayAndRespectsTheSeedsMinOnAndMinOff() throws IOException {
        Recorder r = run(BuiltInScenario.SUNNY_SUMMER, new SummaryAccumulator());
        SimulationStep noon = r.steps.stream().filter(s -> r.local(s).equals(LocalTime.of(13, 0))).findFirst()
                .orElseThrow();
        assertTrue(r.runs(noon, "heatpump boost"), "the boost load runs at 13:00 on a clear June day");
        assertEquals(SgMode.BOOST, noon.effectiveMode(), "and the heat pump is in BOOST (pvSurplusMode)");
        List<Duration[]> on = r.blocks(s -> r.runs(s, "heatpump boost"));
        assertFalse(on.isEmpty(), "the boost ran");
        for (Duration[] block : on) {
            assertTrue(block[1].compareTo(Duration.ofMinutes(5)) >= 0, "every boost run lasts >= minOnTime 5 min, "
                    + "one lasted " + block[1]);
        }
        List<Duration[]> off = r.blocks(s -> !r.runs(s, "heatpump boost"));
        for (int i = 1; i < off.size(); i++) { // the first off block is the morning before the first start
            assertTrue(off.get(i)[1].compareTo(Duration.ofMinutes(10)) >= 0,
                    "every pause between boost runs lasts >= minOffTime 10 min, one lasted " + off.get(i)[1]);
        }
        assertTrue(r.events.stream().anyMatch(e -> e.component().equals(CoreEngineAdapter.ENERGY_MANAGER)
                && e.reason() == Reason.SURPLUS), "the energy manager's start is an event: " + r.events);
    }

    /**
     * "Boost until": with a stopTemperatureItem the boost load is told the tank's temperature, as openHAB's item of
     * the Thing's tap-water-temperature channel would tell it, and its stopTemperature 60 °C ends the boost that
     * otherwise heats the tank to the BOOST stop of 65 °C and runs until the cooking peak.
     */
    @Test
    void onTheSunnyDayAStopTemperatureEndsTheBoostWhenTheTankIsWarm() throws IOException {
        String sunny = Files.readString(Path.of("../../docs/examples/sunny-summer.yaml"));
        String boostUntil60 = sunny.replace("    - load: heatpump boost\n", "    - load: heatpump boost\n"
                + "      stopTemperatureItem: HeatPump_Tap_Water\n      stopTemperature: 60\n");
        assertNotEquals(sunny, boostUntil60, "the example configuration has the boost load");
        SimulationConfig config = ConfigLoader.parse("boost-until.yaml", boostUntil60);
        SummaryAccumulator summary = new SummaryAccumulator();
        Recorder r = run(config, BuiltInScenario.SUNNY_SUMMER.generator(config), summary);

        assertTrue(summary.summary().maxTankC() < 61, "the tank stops near 60 °C, was " + summary.summary().maxTankC());
        assertTrue(r.events.stream().anyMatch(e -> e.component().equals(CoreEngineAdapter.ENERGY_MANAGER)
                && e.reason() == Reason.TEMPERATURE_REACHED), "the boost ends for its temperature: " + r.events);
        long boostMinutes = r.steps.stream().filter(step -> r.runs(step, "heatpump boost")).count();
        assertTrue(boostMinutes < 200, "the boost ran " + boostMinutes + " min, not the whole day's surplus");
    }

    /**
     * The cooking peak (about 7 kW, 18:00-18:40) falls on an afternoon with PV still at 3 kW, and the boost has left
     * the tank hot, so the heat pump does not run then: the quarter-hours stay under 5 kW and there is nothing for
     * the load manager to shed. The forced-shed case is {@link #aPeakWithTheHeatPumpRunningIsShedAsEvuForTenMinutes}.
     */
    @Test
    void onTheSunnyDayNoQuarterHourExceedsTheLimitAndNothingNeedsShedding() throws IOException {
        SummaryAccumulator summary = new SummaryAccumulator();
        Recorder r = run(BuiltInScenario.SUNNY_SUMMER, summary);
        Summary s = summary.summary();
        assertTrue(s.peakQuarterHourKw() <= 5.0, "peak quarter-hour <= maxPower 5 kW, was " + s.peakQuarterHourKw());
        assertTrue(r.steps.stream().allMatch(step -> r.runs(step, "heatpump")), "the heat pump is never shed");
        assertEquals(0.0, s.evuLockMinutes(), "no EVU on a day without grid lock and without shedding");
    }

    @Test
    void aPeakWithTheHeatPumpRunningIsShedAsEvuForTenMinutes() throws IOException {
        SimulationConfig config = ConfigLoader.parse("peak.yaml", """
                house:
                  heatPump:
                    initialTankTemperature: 38
                    initialBufferTemperature: 25
                    spaceHeatingDemand: 3000
                    shedLoad: heatpump
                loadManager:
                  gridItem: Grid_Power
                  mode: PEAK
                  maxPower: 5000
                  loads:
                    - load: heatpump
                      shedFeedbackItem: HeatPump_SG_Mode
                      power: 2000
                      restoreHysteresis: 300
                      minShedTime: 10
                      minReleaseTime: 10
                """);
        Instant start = Instant.parse("2026-01-20T16:00:00Z");
        List<HouseSample> samples = new ArrayList<>();
        for (int m = 0; m < 120; m++) {
            double household = m >= 60 && m < 100 ? 5500 : 800; // a 40-minute cooking peak from 17:00 UTC
            samples.add(new HouseSample(start.plusSeconds(60L * m), household, 0, 0, OptionalDouble.empty(), false));
        }
        Recorder r = run(config, samples.iterator(), new SummaryAccumulator());
        List<Duration[]> evu = r.blocks(s -> s.effectiveMode() == SgMode.EVU);
        assertFalse(evu.isEmpty(), "the load manager sheds the heat pump and the controller applies EVU");
        for (Duration[] block : evu) {
            assertTrue(block[0].compareTo(Duration.ofMinutes(60)) >= 0, "no shed before the peak, one at " + block[0]);
            assertTrue(block[1].compareTo(Duration.ofMinutes(10)) >= 0, "EVU holds >= 10 min, held " + block[1]);
        }
        assertTrue(r.steps.stream().filter(s -> s.effectiveMode() == SgMode.EVU).noneMatch(s -> s.heatPump()
                .electricPower() > 0), "the heat pump draws nothing while locked");
        assertTrue(r.steps.stream().anyMatch(s -> !r.runs(s, "heatpump")), "the heat pump load shows as shed");
        assertTrue(r.events.stream().anyMatch(e -> e.component().equals(CoreEngineAdapter.CONTROLLER)
                && e.kind() == EventKind.DECISION && e.reason() == Reason.PEAK_SHED),
                "the controller's EVU decision names PEAK_SHED: " + r.events);
    }

    @Test
    void onTheWinterDayEvuIsAppliedAtOnceDuringTheGridLockWindows() throws IOException {
        SummaryAccumulator summary = new SummaryAccumulator();
        Recorder r = run(BuiltInScenario.WINTER_LOCKS, summary);
        for (SimulationStep step : r.steps) {
            if (step.gridLock()) {
                assertEquals(SgMode.EVU, step.effectiveMode(), "EVU at " + r.local(step) + " under the grid lock");
                assertEquals(0.0, step.heatPump().electricPower(), "the heat pump is blocked at " + r.local(step));
            }
        }
        for (LocalTime lockStart : List.of(LocalTime.of(11, 30), LocalTime.of(17, 0))) {
            SimulationStep first = r.steps.stream().filter(s -> r.local(s).equals(lockStart)).findFirst()
                    .orElseThrow();
            assertTrue(first.gridLock(), "the lock window starts at " + lockStart);
            assertEquals(SgMode.EVU, first.effectiveMode(), "EVU in the very first minute of the lock");
            assertTrue(r.events.stream().anyMatch(e -> e.time().equals(first.time())
                    && e.component().equals(CoreEngineAdapter.CONTROLLER) && e.reason() == Reason.GRID_LOCK),
                    "the controller's decision at " + lockStart + " names GRID_LOCK: " + r.events);
        }
        assertEquals(180.0, summary.summary().evuLockMinutes(), 1.0, "three hours of EVU, the lock windows");
    }

    /**
     * A January day in Brussels (UTC+1), 10:00-15:00 local, with the lock window 11:30-12:30 configured and a trace
     * whose {@code grid_lock} column is active 13:00-13:30: the contact is active in both, and the controller applies
     * EVU for GRID_LOCK at the start of each (the second over a guard), and nowhere else.
     */
    @Test
    void aConfiguredLockWindowAndTheTracesColumnBothLockTheHeatPump() throws IOException {
        SimulationConfig config = ConfigLoader.parse("locks.yaml", """
                house:
                  timeZone: Europe/Brussels
                  heatPump:
                    spaceHeatingDemand: 3000
                  gridLocks:
                    - from: "11:30"
                      to: "12:30"
                """);
        Instant start = Instant.parse("2026-01-20T09:00:00Z");
        List<HouseSample> samples = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            boolean traceLock = m >= 180 && m < 210; // the trace's column: 13:00-13:30 local
            samples.add(new HouseSample(start.plusSeconds(60L * m), 800, 0, 0, OptionalDouble.empty(), traceLock));
        }
        Recorder r = run(config, samples.iterator(), new SummaryAccumulator());
        for (SimulationStep step : r.steps) {
            LocalTime local = r.local(step);
            boolean window = !local.isBefore(LocalTime.of(11, 30)) && local.isBefore(LocalTime.of(12, 30));
            boolean column = !local.isBefore(LocalTime.of(13, 0)) && local.isBefore(LocalTime.of(13, 30));
            assertEquals(window || column, step.gridLock(), "the operator's contact at " + local);
            assertEquals(window || column, step.effectiveMode() == SgMode.EVU,
                    "EVU exactly under the operator's lock, at " + local + ": " + step.effectiveMode());
        }
        // the second lock comes 30 min after the first: a guard (LOCK_BUDGET) would hold back a lock of this
        // system's own, the operator's overrides it
        for (Object[] lock : List.of(new Object[] { LocalTime.of(11, 30), EventKind.DECISION },
                new Object[] { LocalTime.of(13, 0), EventKind.OVERRIDE })) {
            SimulationStep first = r.steps.stream().filter(s -> r.local(s).equals(lock[0])).findFirst()
                    .orElseThrow();
            assertTrue(r.events.stream().anyMatch(e -> e.time().equals(first.time())
                    && e.component().equals(CoreEngineAdapter.CONTROLLER) && e.kind() == lock[1]
                    && e.reason() == Reason.GRID_LOCK), "the controller's EVU at " + lock[0] + " is a " + lock[1]
                            + " for GRID_LOCK: " + r.events);
        }
        assertEquals(2, r.blocks(s -> s.effectiveMode() == SgMode.EVU).size(), "two locks: " + r.events);
    }

    /** A configured window adds to a built-in day's own locks (11:30-12:30 and 17:00-19:00); it clears none. */
    @Test
    void aConfiguredLockWindowAddsToTheBuiltInDaysLocks() throws IOException {
        SimulationConfig day = BuiltInScenario.WINTER_LOCKS.config();
        SimulationConfig config = new SimulationConfig(new HouseConfig(day.house().latitude(),
                day.house().longitude(), day.house().timeZone(), day.house().maxSampleGap(), day.house().heatPump(),
                day.house().hotWater(),
                List.of(new LockWindow(LocalTime.of(6, 0), LocalTime.of(7, 0))), day.house().boostLoad(),
                day.house().shedLoad()), day.guard(), day.energyManager(), day.loadManager(), day.document());
        SummaryAccumulator summary = new SummaryAccumulator();
        Recorder r = run(config, BuiltInScenario.WINTER_LOCKS.generator(config), summary);
        for (LocalTime locked : List.of(LocalTime.of(6, 0), LocalTime.of(6, 59), LocalTime.of(11, 30),
                LocalTime.of(18, 59))) {
            SimulationStep step = r.steps.stream().filter(s -> r.local(s).equals(locked)).findFirst().orElseThrow();
            assertTrue(step.gridLock() && step.effectiveMode() == SgMode.EVU, "locked at " + locked);
        }
        assertEquals(240.0, summary.summary().evuLockMinutes(), 1.0, "the day's three hours and the window's one");
    }

    @Test
    void aShedInsideTheReArmWindowIsDeferredReportedAndThenApplied() {
        SimulationConfig config = ConfigLoader.parse("rearm.yaml", """
                house:
                  heatPump:
                    shedLoad: heatpump
                loadManager:
                  gridItem: Grid_Power
                  mode: OVERLOAD
                  maxPower: 5000
                  loads:
                    - load: heatpump
                      shedFeedbackItem: HeatPump_SG_Mode
                      power: 2000
                      restoreHysteresis: 300
                """);
        CoreEngineAdapter engine = new CoreEngineAdapter(config);
        HeatPumpStatus running = new HeatPumpStatus(HeatPumpTask.TAP_WATER, 2000, 45, 35);
        Instant t0 = Instant.parse("2026-01-20T10:00:00Z");
        List<StepDecisions> decisions = new ArrayList<>();
        for (int m = 0; m <= 30; m++) {
            boolean lock = m < 10; // the operator locks for 10 minutes
            double meter = m >= 12 ? 7000 : 1000; // then an overload from minute 12, inside the 10-min re-arm
            decisions.add(engine.step(new StepInputs(t0.plusSeconds(60L * m), meter, meter - 2000, 0, 0,
                    OptionalDouble.empty(), lock, running)));
        }
        assertEquals(SgMode.EVU, decisions.get(0).effectiveMode(), "the grid lock applies EVU at once");
        assertEquals(SgMode.NORMAL, decisions.get(10).effectiveMode(), "released after the lock");
        StepDecisions shedAsked = decisions.get(12);
        assertEquals(SgMode.EVU, shedAsked.wantedMode(), "the load manager's shed asks for EVU");
        assertEquals(SgMode.NORMAL, shedAsked.effectiveMode(), "but the re-arm window defers it");
        assertEquals(Reason.LOCK_REARM, shedAsked.modeReason(), "and the mode's reason says why");
        assertTrue(shedAsked.events().stream().anyMatch(e -> e.kind() == EventKind.DEFERRAL
                && e.reason() == Reason.LOCK_REARM), "a deferral event: " + shedAsked.events());
        assertEquals(SgMode.EVU, decisions.get(20).effectiveMode(), "EVU once the re-arm window has passed");
        assertTrue(decisions.get(20).events().stream().anyMatch(e -> e.kind() == EventKind.DECISION
                && e.reason() == Reason.PEAK_SHED), "applied as a PEAK_SHED decision: " + decisions.get(20).events());
        assertEquals(1, decisions.stream().flatMap(d -> d.events().stream())
                .filter(e -> e.kind() == EventKind.DEFERRAL).count(), "one deferral event, not one per sample");
    }

    /** One load manager load of 2000 W at 5 kW OVERLOAD; the heat pump's when {@code load} is "heatpump". */
    private static SimulationConfig overload(String load, String feedbackItem) {
        return ConfigLoader.parse("feedback.yaml", """
                house:
                  heatPump:
                    shedLoad: heatpump
                loadManager:
                  gridItem: Grid_Power
                  mode: OVERLOAD
                  maxPower: 5000
                  loads:
                    - load: %s
                      shedFeedbackItem: "%s"
                      power: 2000
                    - load: %s
                      power: 1000
                      priority: 12
                """.formatted(load, feedbackItem, "heatpump".equals(load) ? "dishwasher" : "heatpump"));
    }

    /** Steps the engine through a 40-minute overload from minute 5, the heat pump running; one decision a minute. */
    private static List<StepDecisions> overloadMinutes(SimulationConfig config) {
        CoreEngineAdapter engine = new CoreEngineAdapter(config);
        HeatPumpStatus running = new HeatPumpStatus(HeatPumpTask.TAP_WATER, 2000, 45, 35);
        Instant t0 = Instant.parse("2026-01-20T10:00:00Z");
        List<StepDecisions> decisions = new ArrayList<>();
        for (int m = 0; m <= 60; m++) {
            double meter = m >= 5 && m < 45 ? 6500 : 1000;
            decisions.add(engine.step(new StepInputs(t0.plusSeconds(60L * m), meter, meter, 0, 0,
                    OptionalDouble.empty(), false, running)));
        }
        return decisions;
    }

    @ParameterizedTest(name = "shedFeedbackItem ''{0}''")
    @CsvSource({ "HeatPump_SG_Mode, true", "'', false" })
    void theHeatPumpsShedAwaitsItsEvuOnlyWithAShedFeedbackItem(String item, boolean awaits) {
        List<EngineEvent> sheds = overloadMinutes(overload("heatpump", item)).stream()
                .flatMap(d -> d.events().stream())
                .filter(e -> e.component().equals(CoreEngineAdapter.LOAD_MANAGER) && e.reason() == Reason.SHED_OVERLOAD
                        && e.detail().startsWith("heatpump "))
                .toList();
        assertFalse(sheds.isEmpty(), "the overload sheds the heat pump");
        assertEquals(awaits, sheds.get(0).detail().contains("awaiting the device"),
                "as in openHAB, a load with a shedFeedbackItem waits for its report: " + sheds.get(0).detail());
    }

    /** A load with shed feedback that is no heat pump is a relay: its shed is in effect at once, as without. */
    @Test
    void aRelaysShedFeedbackReportsTheShedAtOnce() {
        List<StepDecisions> withFeedback = overloadMinutes(overload("boiler", "Boiler_Power"));
        List<StepDecisions> without = overloadMinutes(overload("boiler", ""));
        for (int m = 0; m < without.size(); m++) {
            assertEquals(without.get(m).loads().get(0).on(), withFeedback.get(m).loads().get(0).on(),
                    "the boiler's state at minute " + m);
        }
        assertTrue(without.stream().anyMatch(d -> !d.loads().get(0).on()), "the boiler was shed");
    }

    /**
     * Most samples change nothing: the adapter then hands out the decisions of the step before (an immutable
     * object), never their events again; a new object comes with a change of a load, of the mode, or with events.
     */
    @Test
    void aStepThatChangesNothingHandsOutTheDecisionsBeforeWithoutTheirEvents() {
        SimulationConfig config = BuiltInScenario.WINTER_LOCKS.config();
        CoreEngineAdapter engine = new CoreEngineAdapter(config);
        HeatPumpStatus idle = new HeatPumpStatus(HeatPumpTask.IDLE, 0, 45, 35);
        StepDecisions before = null;
        int handedOutAgain = 0;
        int made = 0;
        for (Iterator<HouseSample> samples = BuiltInScenario.WINTER_LOCKS.generator(config); samples.hasNext();) {
            HouseSample sample = samples.next();
            double meter = sample.gridPowerWith(0.0);
            StepDecisions now = engine.step(new StepInputs(sample.time(), meter, meter, sample.pvPower(),
                    sample.batteryPower(), sample.stateOfCharge(), sample.gridLock(), idle));
            if (before != null && now == before) {
                handedOutAgain++;
                assertTrue(now.events().isEmpty(), "decisions handed out again carry no events: " + now);
            } else if (before != null) {
                made++;
                boolean changed = now.wantedMode() != before.wantedMode()
                        || now.effectiveMode() != before.effectiveMode() || now.modeReason() != before.modeReason()
                        || !now.loads().equals(before.loads());
                assertTrue(changed || !now.events().isEmpty() || !before.events().isEmpty(),
                        "new decisions come with a change or with events (or after events): " + now);
            }
            before = now;
        }
        assertTrue(made > 0, "the winter day locks and sheds: its decisions change");
        assertTrue(handedOutAgain > 10 * made, "most samples change nothing: handed out again " + handedOutAgain
                + " times, made " + made + " times");
    }

    /**
     * As in openHAB, a timer between two samples fires at its own instant, not at the next sample: the boost that
     * lost its surplus stops when its 5 min min on time ends, although the next sample comes 10 min later.
     */
    @Test
    void aWakeUpBetweenSamplesDecidesAtItsOwnInstant() {
        SimulationConfig config = BuiltInScenario.SUNNY_SUMMER.config();
        List<String> stops = new ArrayList<>();
        CoreEngineAdapter engine = new CoreEngineAdapter(config, new CoreEngineAdapter.Observer() {
            @Override
            public void loadCommand(Instant at, String manager, org.openhab.smartgrid.core.LoadCommand command) {
                if (CoreEngineAdapter.ENERGY_MANAGER.equals(manager) && !command.on()) {
                    stops.add(at + " " + command.reason());
                }
            }

            @Override
            public void controllerStep(org.openhab.smartgrid.core.SgStepResult result) {
            }
        });
        HeatPumpStatus idle = new HeatPumpStatus(HeatPumpTask.IDLE, 0, 45, 35);
        Instant noon = Instant.parse("2026-06-21T10:00:00Z"); // 12:00 in Brussels
        double[] meters = { -4000, 1500, 1500 };
        long[] seconds = { 0, 270, 870 }; // 12:00, 12:04:30 (fresh at 12:05: staleAfter 60 s), 12:14:30
        for (int i = 0; i < meters.length; i++) {
            Instant at = noon.plusSeconds(seconds[i]);
            StepDecisions decisions = engine.step(
                    new StepInputs(at, meters[i], meters[i], 0, 0, OptionalDouble.empty(), false, idle));
            if (i == 0) {
                assertTrue(decisions.loads().get(0).on(), "4000 W of export start the boost");
            }
        }
        assertEquals(List.of(noon.plus(Duration.ofMinutes(5)) + " NO_SURPLUS"), stops,
                "the import at 12:04:30 finds the boost in its min on time (5 min from 12:00): it stops at 12:05, "
                        + "when the hold ends, a wake-up between the samples of 12:04:30 and 12:14:30");
    }
}
