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
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs one configuration against a recorded trace or a built-in day.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a house configuration (YAML) against a recorded trace (CSV) or a built-in day and "
                + "writes timeline.csv, events.csv, summary.json and report.html into the output folder.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "House configuration (YAML), e.g. docs/examples/sunny-summer.yaml.")
    @SuppressWarnings("NotNullFieldNotInitialized")
    Path config;

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings("NotNullFieldNotInitialized")
    Source source;

    static final class Source {
        @Option(names = "--trace", paramLabel = "FILE", description = "Recorded day (CSV).")
        @Nullable
        Path trace;

        @Option(names = "--scenario", paramLabel = "NAME",
                description = "A built-in day instead of a trace: sunny-summer, cloudy-spring, winter-locks.")
        @Nullable
        String scenario;
    }

    @Option(names = "--seed", paramLabel = "N", description = "Seed for --scenario (default: the scenario's own).")
    @Nullable
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    @SuppressWarnings("NotNullFieldNotInitialized")
    Path out;

    @Mixin
    EngineOption engine = new EngineOption();

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SimulationConfig house = ConfigLoader.load(config);
        String scenarioName = source.scenario;
        if (scenarioName == null) {
            throw new NotYetAvailableException("Replaying a recorded trace (--trace " + source.trace
                    + ") is not available yet: the CSV trace reader is still being built. "
                    + "Use --scenario NAME for a built-in day meanwhile.");
        }
        BuiltInScenario scenario = BuiltInScenario.byId(scenarioName);
        EngineChoice choice = engine.choice();
        ControlEngine controlEngine = choice.create(house);
        Long chosenSeed = seed;
        long daySeed = chosenSeed == null ? scenario.profile().seed() : chosenSeed;
        RunInfo info = new RunInfo(scenario.id(),
                scenario.description() + " (" + scenario.profile().date() + ", seed " + daySeed + ", config "
                        + config.getFileName() + ")",
                choice.label(), choice.isPlaceholder(), house.loadNames(), Simulation.relayLoads(house),
                house.loadManager().maxPower(), house.house().timeZone());
        if (choice.isPlaceholder()) {
            spec.commandLine().getOut().println("WARNING: engine = " + choice.label()
                    + ". These results do NOT show what the openHAB add-ons would do.");
        }
        Summary summary = RunOutputs.write(out, house, controlEngine, info, scenario.generator(house, daySeed));
        spec.commandLine().getOut().println(DemoCommand.header());
        spec.commandLine().getOut().println(DemoCommand.row(summary));
        spec.commandLine().getOut().println("Report: " + out.resolve("report.html").toAbsolutePath().normalize());
        return 0;
    }
}
