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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Receives a run as a stream: implementations must not keep every step (memory must not grow with the trace).
 * Calls come in the order {@code start}, then {@code event}s and {@code step}s in time order, then
 * {@code finish}. Each step lasts until the next one starts.
 * <p>
 * A step is valid only during its {@link #step} call: the simulation fills the same {@link SimulationStep} again
 * for the next sample, so that a replay of millions of samples allocates no step per sample. A sink that needs a
 * step later keeps a {@link SimulationStep#copy()}. The step's loads are the run's loads
 * ({@link RunInfo#loads()}), in that order.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface SimulationSink {

    /** The run begins. */
    default void start(RunInfo info) throws IOException {
    }

    /** One engine event; a step's events come before the step. */
    default void event(EngineEvent event) throws IOException {
    }

    /** One simulated step, to read now: it is filled again for the next sample. */
    void step(SimulationStep step) throws IOException;

    /**
     * A clock quarter-hour finished in the run's booking of the steps' import ({@link SimulationStep#quarterHours()}):
     * it comes before the step in which it finished, when a later step lies in a later quarter. The last quarter,
     * which no step finishes, is the meter's {@code lastQuarter()} at the end.
     */
    default void quarter(FinishedQuarter quarter) {
    }

    /**
     * @return false when {@link #step} does nothing: the simulation then does not call it (a replay makes millions
     *         of steps, and each call of a sink's method costs a dispatch among the run's sinks)
     */
    default boolean takesSteps() {
        return true;
    }

    /** The run is complete: write what is left and release files. */
    default void finish() throws IOException {
    }
}
