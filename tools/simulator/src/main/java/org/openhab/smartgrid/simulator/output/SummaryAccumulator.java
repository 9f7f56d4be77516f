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
package org.openhab.smartgrid.simulator.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.QuarterHourMeter;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Adds up a run step by step into a {@link Summary}, in constant memory. Each step's powers hold for its
 * interval (energy = power × interval), up to the maximum sample gap: the rest of a longer interval is a gap, counted
 * and unmeasured (no energy). Times (EVU, locks, loads on) count the whole interval: the simulated states held.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SummaryAccumulator implements SimulationSink {

    private static final double JOULES_PER_KWH = 3_600_000.0;

    private RunInfo info = new RunInfo("", "", "", List.of(), List.of(), 1, ZoneId.of("UTC"));
    /** Books the steps' import when they come without the run's meter. */
    private QuarterHourMeter quarterHours = new QuarterHourMeter(ZoneId.of("UTC"));
    /** The run's meter, which has booked every step already (see {@link SimulationStep#quarterHours()}). */
    private @Nullable QuarterHourMeter runQuarterHours;
    private Consumer<FinishedQuarter> quarterListener = quarter -> {
    };
    private long samples;
    /** The run's length: each step's whole interval. */
    private double runSeconds;
    private double importJ;
    private double exportJ;
    private double pvJ;
    private int relaySwitches;
    private double evuSeconds;
    private double gridLockSeconds;
    private double heatPumpOnSeconds;
    private int deferrals;
    // per load of the run, by index: a long replay adds a step millions of times
    private double[] onSeconds = new double[0];
    private boolean[] lastOn = new boolean[0];
    private boolean[] ownRelay = new boolean[0];
    private @Nullable SgMode lastMode;
    private double minTank = Double.NaN;
    private double maxTank = Double.NaN;
    private int gaps;
    private long longestGapMs;
    private @Nullable Instant longestGapFrom;
    private long unmeasuredMs;

    /**
     * Tells {@code listener} every clock quarter-hour the peak quarter-hour is the highest of: each one as it
     * finishes, and the last one at {@link #finish()}. Call it before {@link #start}.
     */
    public void onQuarter(Consumer<FinishedQuarter> listener) {
        this.quarterListener = listener;
    }

    @Override
    public void start(RunInfo runInfo) {
        this.info = runInfo;
        quarterHours = new QuarterHourMeter(runInfo.zone(), quarter -> quarterListener.accept(quarter));
        runQuarterHours = null;
        int loads = runInfo.loads().size();
        onSeconds = new double[loads];
        lastOn = new boolean[loads];
        ownRelay = new boolean[loads];
        for (int i = 0; i < loads; i++) {
            ownRelay[i] = runInfo.relayLoads().contains(runInfo.loads().get(i));
        }
    }

    @Override
    public void event(EngineEvent event) {
        if (event.kind() == EventKind.DEFERRAL) {
            deferrals++;
        }
    }

    /** A quarter the run's meter finished: the same quarters the summary's own booking would finish. */
    @Override
    public void quarter(FinishedQuarter quarter) {
        quarterListener.accept(quarter);
    }

    @Override
    public void step(SimulationStep s) {
        double seconds = s.intervalSeconds();
        runSeconds += seconds;
        boolean first = samples == 0;
        samples++;
        double measured = s.measuredSeconds();
        importJ += s.importPower() * measured;
        exportJ += s.exportPower() * measured;
        pvJ += Math.max(0.0, s.pvPower()) * measured;
        QuarterHourMeter booked = s.quarterHours();
        if (booked == null) {
            quarterHours.add(s.time(), measured, s.importPower());
        } else {
            // a replay books the same import once for the step and every sink
            runQuarterHours = booked;
        }
        if (s.beforeGap()) {
            gap(s);
        }
        SgMode mode = s.effectiveMode();
        SgMode previous = lastMode;
        if (previous != null) {
            relaySwitches += (previous.sg1() != mode.sg1() ? 1 : 0) + (previous.sg2() != mode.sg2() ? 1 : 0);
        }
        lastMode = mode;
        if (mode == SgMode.EVU) {
            evuSeconds += seconds;
        }
        if (s.gridLock()) {
            gridLockSeconds += seconds;
        }
        if (s.compressorOn()) {
            heatPumpOnSeconds += seconds;
        }
        for (int i = 0; i < onSeconds.length; i++) {
            boolean on = s.loadRuns(i);
            if (on) {
                onSeconds[i] += seconds;
            }
            if (!first && lastOn[i] != on && ownRelay[i]) {
                relaySwitches++;
            }
            lastOn[i] = on;
        }
        double tank = s.tankTemperature();
        minTank = Double.isNaN(minTank) ? tank : Math.min(minTank, tank);
        maxTank = Double.isNaN(maxTank) ? tank : Math.max(maxTank, tank);
    }

    /** Once a gap: a method of its own, so that {@link #step} stays small. */
    private void gap(SimulationStep s) {
        gaps++;
        long ms = s.interval().toMillis();
        unmeasuredMs += ms - Math.round(s.measuredSeconds() * 1000);
        if (ms > longestGapMs) {
            longestGapMs = ms;
            longestGapFrom = s.time();
        }
    }

    @Override
    public void finish() {
        FinishedQuarter last = quarterHours().lastQuarter();
        if (last != null) {
            quarterListener.accept(last);
        }
    }

    /** @return the figures so far */
    public Summary summary() {
        Map<String, Double> onMinutes = new LinkedHashMap<>();
        Map<String, Double> shedMinutes = new LinkedHashMap<>();
        double runMinutes = runSeconds / 60.0;
        for (int i = 0; i < onSeconds.length; i++) {
            // a load manager's load "runs" while not shed: what is worth telling is how long it was shed
            if (info.isShedLoad(i)) {
                shedMinutes.put(info.loads().get(i), runMinutes - onSeconds[i] / 60.0);
            } else {
                onMinutes.put(info.loads().get(i), onSeconds[i] / 60.0);
            }
        }
        OptionalDouble selfConsumption = pvJ > 0
                ? OptionalDouble.of(Math.max(0.0, (pvJ - exportJ) / pvJ * 100.0))
                : OptionalDouble.empty();
        return new Summary(info.scenario(), info.engine(), samples, importJ / JOULES_PER_KWH,
                exportJ / JOULES_PER_KWH, pvJ / JOULES_PER_KWH, selfConsumption, quarterHours().peakAverage() / 1000.0,
                relaySwitches, evuSeconds / 60.0, gridLockSeconds / 60.0, heatPumpOnSeconds / 60.0, deferrals,
                onMinutes, shedMinutes, minTank, maxTank, sampleGaps());
    }

    /** @return the meter that booked the steps: the run's, or this summary's own for steps without one */
    private QuarterHourMeter quarterHours() {
        QuarterHourMeter run = runQuarterHours;
        return run == null ? quarterHours : run;
    }

    private SampleGaps sampleGaps() {
        Instant from = longestGapFrom;
        if (from == null) {
            return SampleGaps.NONE;
        }
        Duration longest = Duration.ofMillis(longestGapMs);
        return new SampleGaps(gaps, longest, from.atZone(info.zone()).toOffsetDateTime(),
                from.plus(longest).atZone(info.zone()).toOffsetDateTime(), Duration.ofMillis(unmeasuredMs));
    }
}
