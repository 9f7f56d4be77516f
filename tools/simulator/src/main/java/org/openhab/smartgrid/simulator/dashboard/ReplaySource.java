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
package org.openhab.smartgrid.simulator.dashboard;

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.output.SimulationSink;

/**
 * Starts a fresh replay into a sink: the dashboard runs one per browser connection.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface ReplaySource {

    /** Runs the whole replay into {@code sink} (start, events and steps, finish). */
    void replay(SimulationSink sink) throws IOException;
}
