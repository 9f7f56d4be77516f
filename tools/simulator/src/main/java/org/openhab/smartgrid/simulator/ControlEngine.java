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

/**
 * The seam between the simulator and the decision engine: one call per time step, inputs in, decisions out.
 * <p>
 * The real implementation is a thin adapter over the core engine ({@code org.openhab.smartgrid.core}: mode
 * arbiter and guards, energy manager, load manager), built from a
 * {@link org.openhab.smartgrid.simulator.scenario.SimulationConfig} by {@link CoreEngineAdapter}. Steps come in
 * increasing time order; the engine must not read a clock, only {@link StepInputs#time()}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ControlEngine {

    /**
     * Feeds one time step and returns what the engine decided for it.
     *
     * @param inputs the meter, PV, battery, lock contact and heat pump state at {@link StepInputs#time()}; a run
     *            fills the same inputs again at every step, so an engine reads them during this call only (or keeps
     *            a {@link StepInputs#copy()})
     * @return the wanted and effective SG mode, one command per managed load, and the step's events
     */
    StepDecisions step(StepInputs inputs);
}
