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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Writes {@code timeline.csv}: one row per step, streamed.
 * <p>
 * Columns: {@code time,grid_w,pv_w,surplus_w,qh_avg_w,wanted_mode,sg_mode,sg1,sg2,grid_lock,hp_w,tank_c,buffer_c}
 * and one {@code load.<name>} column (1 = runs) per managed load. No events: {@code events.csv} has them.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class TimelineCsvWriter implements SimulationSink {

    /** The fixed columns, before the per-load ones. */
    public static final String FIXED_HEADER = "time,grid_w,pv_w,surplus_w,qh_avg_w,wanted_mode,sg_mode,sg1,sg2,"
            + "grid_lock,hp_w,tank_c,buffer_c";

    private final Writer out;
    private List<String> loads = List.of();
    private FastFormat format = new FastFormat(ZoneId.of("UTC"));
    private final StringBuilder row = new StringBuilder(192);

    /** @param out where to write; closed by {@link #finish()} */
    public TimelineCsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void start(RunInfo info) throws IOException {
        loads = info.loads();
        format = new FastFormat(info.zone());
        StringBuilder header = new StringBuilder(FIXED_HEADER);
        for (String load : loads) {
            header.append(',').append(Csv.text("load." + load));
        }
        out.write(header.append('\n').toString());
    }

    @Override
    public void step(SimulationStep s) throws IOException {
        StringBuilder row = this.row;
        row.setLength(0);
        format.time(row, s.time()).append(',');
        FastFormat.fixed(row, s.gridPower(), 1).append(',');
        FastFormat.fixed(row, s.pvPower(), 1).append(',');
        FastFormat.fixed(row, s.surplus(), 1).append(',');
        FastFormat.fixed(row, s.quarterHourAverage(), 1).append(',').append(s.wantedMode().name()).append(',')
                .append(s.effectiveMode().name()).append(',').append(bit(s.effectiveMode().sg1())).append(',')
                .append(bit(s.effectiveMode().sg2())).append(',').append(bit(s.gridLock())).append(',');
        FastFormat.fixed(row, s.heatPumpPower(), 1).append(',');
        FastFormat.fixed(row, s.tankTemperature(), 2).append(',');
        FastFormat.fixed(row, s.bufferTemperature(), 2);
        for (int i = 0; i < loads.size(); i++) {
            row.append(',').append(bit(s.loadRuns(i)));
        }
        out.append(row.append('\n'));
    }

    @Override
    public void finish() throws IOException {
        out.close();
    }

    private static char bit(boolean value) {
        return value ? '1' : '0';
    }
}
