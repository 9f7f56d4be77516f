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
package org.openhab.smartgrid.core.load;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * Test fixture: a load manager fed grid readings the test chooses, seconds after a start instant.
 */
@NonNullByDefault
final class MeterSteps {

    private final LoadManager manager;
    private final Instant start;

    MeterSteps(LoadManager manager, Instant start) {
        this.manager = manager;
        this.start = start;
    }

    /** A meter reading of {@code gridWatts} {@code second}s after the start, and a step then. */
    LoadManagerResult sampleAndStep(long second, double gridWatts) {
        Instant at = start.plusSeconds(second);
        manager.updateGrid(new PowerReading(at, gridWatts));
        return manager.step(at);
    }

    /** @return the command of {@code load} in {@code result}, failing the test when there is none */
    static LoadCommand command(LoadManagerResult result, String load) {
        LoadCommand command = result.command(load);
        assertNotNull(command, load);
        return command;
    }
}
