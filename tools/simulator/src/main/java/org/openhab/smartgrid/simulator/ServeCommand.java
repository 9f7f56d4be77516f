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

import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.dashboard.DashboardServer;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Serves the live dashboard: each browser connection replays the scenario at the chosen speed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a live dashboard of a built-in scenario (embedded web server, server-sent events). "
                + "Each browser that opens the page gets its own replay.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME", required = true,
            description = "sunny-summer, cloudy-spring or winter-locks.")
    @SuppressWarnings("NotNullFieldNotInitialized")
    String scenario;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "600",
            description = "Simulated seconds per real second (default 600: a day in 2.4 minutes).")
    double speed = 600;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port (default 8080, 0: any).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 for all).")
    String bind = "127.0.0.1";

    @Option(names = "--max-clients", paramLabel = "N", defaultValue = "16",
            description = "Live replays at once (default 16); one more browser is refused with 503 and the reason.")
    int maxClients = DashboardServer.DEFAULT_MAX_CLIENTS;

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuiltInScenario day = BuiltInScenario.byId(scenario);
        SimulationConfig config = day.config();
        new CoreEngineAdapter(config); // fail now, not in the browser, when core rejects the configuration
        RunInfo info = Simulation.runInfo(day.id(),
                day.description() + " (" + day.profile().date() + ", seed " + day.profile().seed() + ")", config);
        DashboardServer server = new DashboardServer(
                sink -> new Simulation(config, new CoreEngineAdapter(config), java.util.List.of(sink)).run(info,
                        day.generator(config)),
                bind, port, speed, maxClients);
        server.start();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        spec.commandLine().getOut().println("Dashboard of " + day.id() + " at http://" + host + ":" + server.port()
                + "/ (Ctrl+C to stop)");
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
