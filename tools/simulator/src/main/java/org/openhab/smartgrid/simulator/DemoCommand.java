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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the built-in scenarios with the seed's parameters and prints a summary table.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the built-in scenarios (sunny-summer, cloudy-spring, winter-locks) with the seed's "
                + "parameters, writes each scenario's files into OUT/<scenario>/ and prints a summary table.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "smartgrid-demo",
            description = "Output folder (default: ./smartgrid-demo).")
    Path out = Path.of("smartgrid-demo");

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Run only these scenarios (repeatable; default: all).")
    List<String> scenarios = new ArrayList<>();

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<BuiltInScenario> chosen = new ArrayList<>();
        if (scenarios.isEmpty()) {
            chosen.addAll(List.of(BuiltInScenario.values()));
        } else {
            scenarios.forEach(name -> chosen.add(BuiltInScenario.byId(name)));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> rows = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        for (BuiltInScenario scenario : chosen) {
            SimulationConfig config = scenario.config();
            ControlEngine controlEngine = new CoreEngineAdapter(config);
            RunInfo info = Simulation.runInfo(scenario.id(), scenario.description() + " ("
                    + scenario.profile().date() + ", seed " + scenario.profile().seed() + ")", config);
            Path folder = out.resolve(scenario.id());
            Summary summary = RunOutputs.write(folder, config, controlEngine, info, scenario.generator(config));
            rows.add(row(summary));
            reports.add(folder.resolve("report.html").toAbsolutePath().normalize());
        }
        stdout.println(header());
        rows.forEach(stdout::println);
        stdout.println();
        for (int i = 0; i < chosen.size(); i++) {
            stdout.println("Report " + chosen.get(i).id() + ": " + reports.get(i));
        }
        return 0;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-14s %10s %10s %9s %9s %8s %9s %9s", "scenario", "import kWh",
                "export kWh", "self-use%", "peak qh kW", "EVU min", "switches", "deferrals");
    }

    static String row(Summary s) {
        return String.format(Locale.ROOT, "%-14s %10.2f %10.2f %9s %10.2f %8.0f %9d %9d", s.scenario(),
                s.importKwh(), s.exportKwh(),
                s.selfConsumptionPct().isPresent()
                        ? String.format(Locale.ROOT, "%.1f", s.selfConsumptionPct().getAsDouble())
                        : "-",
                s.peakQuarterHourKw(), s.evuLockMinutes(), s.relaySwitches(), s.guardDeferrals());
    }
}
