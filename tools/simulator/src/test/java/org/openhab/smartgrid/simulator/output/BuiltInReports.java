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

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.RunOutputs;
import org.openhab.smartgrid.simulator.Simulation;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Runs a built-in day as {@code demo} does, for the tests of its report.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class BuiltInReports {

    private BuiltInReports() {
    }

    /** @return the run's summary; its files, report.html among them, are in {@code dir} */
    static Summary write(Path dir, BuiltInScenario scenario) throws IOException {
        SimulationConfig config = scenario.config();
        return RunOutputs.write(dir, config, new CoreEngineAdapter(config),
                Simulation.runInfo(scenario.id(), scenario.description(), config), scenario.generator(config));
    }
}
