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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Lists the built-in scenarios.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "Lists the built-in scenarios.")
final class ScenariosCommand implements Runnable {

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (BuiltInScenario scenario : BuiltInScenario.values()) {
            spec.commandLine().getOut().printf("%-14s %s (%s, seed %d)%n", scenario.id(), scenario.description(),
                    scenario.profile().date(), scenario.profile().seed());
        }
    }
}
