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
import java.io.Writer;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Writes {@code events.csv}: {@code time,component,event,detail}, one row per decision, deferral or override.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class EventsCsvWriter implements SimulationSink {

    /** The header line. */
    public static final String HEADER = "time,component,event,detail";

    private final Writer out;
    private ZoneId zone = ZoneId.of("UTC");

    /** @param out where to write; closed by {@link #finish()} */
    public EventsCsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void start(RunInfo info) throws IOException {
        zone = info.zone();
        out.write(HEADER + "\n");
    }

    @Override
    public void event(EngineEvent e) throws IOException {
        out.write(Csv.time(e.time(), zone) + ',' + Csv.text(e.component()) + ',' + Csv.text(e.eventLabel()) + ','
                + Csv.text(e.detail()) + '\n');
    }

    @Override
    public void step(SimulationStep step) {
        // steps go to timeline.csv
    }

    @Override
    public boolean takesSteps() {
        return false;
    }

    @Override
    public void finish() throws IOException {
        out.close();
    }
}
