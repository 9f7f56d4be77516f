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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;

/**
 * The CSV writers' exact header and rows.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class CsvWritersTest {

    @Test
    void theTimelineHasTheDocumentedHeaderAndOneRowPerStep() throws IOException {
        StringWriter out = new StringWriter();
        TimelineCsvWriter writer = new TimelineCsvWriter(out);
        writer.start(Steps.info());
        writer.step(Steps.step(1, -3000, 6000, SgMode.BOOST, true, false));
        writer.finish();
        String[] lines = out.toString().split("\n");
        assertEquals("time,grid_w,pv_w,surplus_w,qh_avg_w,wanted_mode,sg_mode,sg1,sg2,grid_lock,hp_w,tank_c,"
                + "buffer_c,load.heatpump boost,load.boiler", lines[0], "header");
        assertEquals("2026-06-21T12:01:00+02:00,-3000.0,6000.0,3000.0,0.0,BOOST,BOOST,1,1,0,2000.0,51.00,35.00,1,0",
                lines[1], "row at 12:01 local");
        assertEquals(2, lines.length, "header and one row");
    }

    @Test
    void eventsHaveTheirHeaderAndQuoteDetailsWithCommas() throws IOException {
        StringWriter out = new StringWriter();
        EventsCsvWriter writer = new EventsCsvWriter(out);
        writer.start(Steps.info());
        writer.event(new EngineEvent(Steps.NOON, "guard", EventKind.DEFERRAL, Reason.LOCK_HOLD,
                "EVU held until 12:10, 7 min left"));
        writer.finish();
        assertEquals("time,component,event,detail\n"
                + "2026-06-21T12:00:00+02:00,guard,deferral:LOCK_HOLD,\"EVU held until 12:10, 7 min left\"\n",
                out.toString());
    }
}
