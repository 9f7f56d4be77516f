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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.QuarterHourMeter;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Adds up a run step by step into a {@link Summary}, in constant memory. Each step's powers hold for its
 * interval (energy = power × interval).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SummaryAccumulator implements SimulationSink {

    private static final double JOULES_PER_KWH = 3_600_000.0;

    private RunInfo info = new RunInfo("", "", "", java.util.List.of(), java.util.List.of(), 1,
            java.time.ZoneId.of("UTC"));
    private QuarterHourMeter quarterHours = new QuarterHourMeter(java.time.ZoneId.of("UTC"));
    private long samples;
    private double importJ;
    private double exportJ;
    private double pvJ;
    private int relaySwitches;
    private double evuSeconds;
    private double gridLockSeconds;
    private int deferrals;
    private final Map<String, Double> onSeconds = new LinkedHashMap<>();
    private final Map<String, Boolean> lastOn = new HashMap<>();
    private @Nullable SgMode lastMode;
    private double minTank = Double.NaN;
    private double maxTank = Double.NaN;

    @Override
    public void start(RunInfo runInfo) {
        this.info = runInfo;
        quarterHours = new QuarterHourMeter(runInfo.zone());
        runInfo.loads().forEach(load -> onSeconds.put(load, 0.0));
    }

    @Override
    public void event(EngineEvent event) {
        if (event.kind() == EventKind.DEFERRAL) {
            deferrals++;
        }
    }

    @Override
    public void step(SimulationStep s) {
        double seconds = s.interval().toMillis() / 1000.0;
        samples++;
        importJ += s.importPower() * seconds;
        exportJ += s.exportPower() * seconds;
        pvJ += Math.max(0.0, s.pvPower()) * seconds;
        quarterHours.add(s.time(), s.interval(), s.importPower());
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
        for (LoadCommand command : s.loads()) {
            if (command.on()) {
                onSeconds.merge(command.load(), seconds, Double::sum);
            }
            Boolean before = lastOn.put(command.load(), command.on());
            if (before != null && before != command.on() && info.relayLoads().contains(command.load())) {
                relaySwitches++;
            }
        }
        double tank = s.heatPump().tankTemperature();
        minTank = Double.isNaN(minTank) ? tank : Math.min(minTank, tank);
        maxTank = Double.isNaN(maxTank) ? tank : Math.max(maxTank, tank);
    }

    @Override
    public void finish() {
        // nothing buffered
    }

    /** @return the figures so far */
    public Summary summary() {
        Map<String, Double> onMinutes = new LinkedHashMap<>();
        onSeconds.forEach((load, seconds) -> onMinutes.put(load, seconds / 60.0));
        OptionalDouble selfConsumption = pvJ > 0
                ? OptionalDouble.of(Math.max(0.0, (pvJ - exportJ) / pvJ * 100.0))
                : OptionalDouble.empty();
        return new Summary(info.scenario(), info.engine(), samples, importJ / JOULES_PER_KWH,
                exportJ / JOULES_PER_KWH, pvJ / JOULES_PER_KWH, selfConsumption, quarterHours.peakAverage() / 1000.0,
                relaySwitches, evuSeconds / 60.0, gridLockSeconds / 60.0, deferrals, onMinutes, minTank, maxTank);
    }
}
