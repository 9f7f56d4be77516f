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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.HeatPumpModel;
import org.openhab.smartgrid.simulator.model.HeatPumpStatus;
import org.openhab.smartgrid.simulator.model.HotWaterSchedule;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.model.QuarterHourMeter;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.SimulationSink;
import org.openhab.smartgrid.simulator.scenario.EnergyLoadConfig;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Replays house samples through a {@link ControlEngine} and the simulated heat pump, streaming every step to the
 * sinks.
 * <p>
 * At each sample the engine sees the meter as it is (household, PV, battery and the managed loads as they ran
 * until now), decides, and its decisions hold until the next sample: the heat pump follows the effective mode and
 * energy manager loads other than the heat pump draw their {@code power} while on. The step's {@code gridPower} is
 * the power during that interval, after the decision.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Simulation {

    private static final Duration DEFAULT_LAST_INTERVAL = Duration.ofMinutes(1);

    private final SimulationConfig config;
    private final ControlEngine engine;
    private final List<SimulationSink> sinks;

    public Simulation(SimulationConfig config, ControlEngine engine, List<SimulationSink> sinks) {
        this.config = config;
        this.engine = engine;
        this.sinks = List.copyOf(sinks);
    }

    /** @return the loads switched by a relay of their own: energy manager loads that are not the heat pump */
    public static List<String> relayLoads(SimulationConfig config) {
        List<String> relays = new ArrayList<>();
        for (EnergyLoadConfig load : config.energyManager().loads()) {
            if (!load.name().equals(config.house().boostLoad())) {
                relays.add(load.name());
            }
        }
        return relays;
    }

    /**
     * Runs the whole trace.
     *
     * @throws IllegalArgumentException when the samples are not in strictly increasing time order
     * @throws IOException when a sink cannot write
     */
    public void run(RunInfo info, Iterator<HouseSample> samples) throws IOException {
        for (SimulationSink sink : sinks) {
            sink.start(info);
        }
        HeatPumpModel heatPump = new HeatPumpModel(config.house().heatPump());
        QuarterHourMeter quarterHours = new QuarterHourMeter(config.house().timeZone());
        HotWaterSchedule hotWater = new HotWaterSchedule(config.house().hotWater(), config.house().timeZone());
        Map<String, Double> relayPower = new LinkedHashMap<>();
        relayLoads(config).forEach(name -> relayPower.put(name, power(name)));
        Map<String, LoadCommand> loads = new LinkedHashMap<>();
        for (String name : config.loadNames()) {
            boolean runsByDefault = config.energyManager().loads().stream().noneMatch(l -> l.name().equals(name));
            loads.put(name, new LoadCommand(name, runsByDefault, Reason.DEFAULT, null, "no decision yet"));
        }

        Duration lastInterval = DEFAULT_LAST_INTERVAL;
        HouseSample current = samples.hasNext() ? samples.next() : null;
        while (current != null) {
            HouseSample following = samples.hasNext() ? samples.next() : null;
            Duration interval = following == null ? lastInterval : Duration.between(current.time(), following.time());
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("samples must be in strictly increasing time order: "
                        + (following == null ? "" : following.time()) + " does not come after " + current.time());
            }
            lastInterval = interval;

            HeatPumpStatus before = heatPump.status();
            double meter = current.gridPowerWith(before.electricPower() + running(loads, relayPower));
            StepDecisions decisions = engine.step(new StepInputs(current.time(), meter, current.gridPowerWith(0.0),
                    current.pvPower(), current.batteryPower(), current.stateOfCharge(), current.gridLock(), before));
            for (LoadCommand command : decisions.loads()) {
                if (loads.containsKey(command.load())) {
                    loads.put(command.load(), command);
                }
            }
            HeatPumpStatus during = heatPump.decide(decisions.effectiveMode());
            double drawn = hotWater.litersBetween(current.time(), interval);
            heatPump.advance(interval, drawn);

            double grid = current.gridPowerWith(during.electricPower() + running(loads, relayPower));
            double quarterHour = quarterHours.add(current.time(), interval, Math.max(0.0, grid));
            for (EngineEvent event : decisions.events()) {
                for (SimulationSink sink : sinks) {
                    sink.event(event);
                }
            }
            SimulationStep step = new SimulationStep(current.time(), interval, grid, current.pvPower(),
                    current.surplus(), quarterHour, decisions.wantedMode(), decisions.effectiveMode(),
                    current.gridLock(), new ArrayList<>(loads.values()), during);
            for (SimulationSink sink : sinks) {
                sink.step(step);
            }
            current = following;
        }
        for (SimulationSink sink : sinks) {
            sink.finish();
        }
    }

    private double power(String load) {
        return config.energyManager().loads().stream().filter(l -> l.name().equals(load)).findFirst()
                .map(EnergyLoadConfig::power).orElse(0.0);
    }

    private static double running(Map<String, LoadCommand> loads, Map<String, Double> relayPower) {
        double watts = 0;
        for (Map.Entry<String, Double> relay : relayPower.entrySet()) {
            @Nullable
            LoadCommand command = loads.get(relay.getKey());
            if (command != null && command.on()) {
                watts += relay.getValue();
            }
        }
        return watts;
    }
}
