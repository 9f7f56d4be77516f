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
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Which engine makes the decisions in a run.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum EngineChoice {
    /** The core engine the openHAB add-ons run: the only engine whose results say what the add-ons would do. */
    CORE("core engine") {
        @Override
        public ControlEngine create(SimulationConfig config) {
            // The single missing piece: return new CoreEngineAdapter(config) once core's SgController,
            // EnergyManager and LoadManager are merged (see docs/simulator.md, "Plugging in the engine").
            throw new NotYetAvailableException("The core engine is not wired into the simulator yet: "
                    + "its arbiter, energy manager and load manager are still being built. "
                    + "Use --engine placeholder to try the simulator with a simple stand-in policy "
                    + "whose results do NOT show what the add-ons would do.");
        }
    },
    /**
     * A deliberately simple stand-in policy, NOT the core engine, so that the simulator's model and outputs can be
     * tried before the engine is wired. Every output names it.
     */
    PLACEHOLDER("PLACEHOLDER policy (not the core engine)") {
        @Override
        public ControlEngine create(SimulationConfig config) {
            return new PlaceholderEngine(config);
        }
    };

    private final String label;

    EngineChoice(String label) {
        this.label = label;
    }

    /** @return how outputs name this engine */
    public String label() {
        return label;
    }

    /** @return whether results of this engine are NOT what the add-ons would do */
    public boolean isPlaceholder() {
        return this == PLACEHOLDER;
    }

    /**
     * @throws NotYetAvailableException when this engine cannot run in this build
     */
    public abstract ControlEngine create(SimulationConfig config);
}
