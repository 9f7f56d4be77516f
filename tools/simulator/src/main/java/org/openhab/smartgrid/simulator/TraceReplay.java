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

import java.util.Iterator;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.trace.TraceColumn;
import org.openhab.smartgrid.simulator.trace.TraceRow;
import org.openhab.smartgrid.simulator.trace.TraceSource;

/**
 * Turns a recorded trace into house samples. A row with {@code household_w} is the house without heat pump and
 * battery as measured; otherwise the grid meter's power has the real heat pump's power removed
 * ({@link HouseSample#fromMeter}), so that the simulated heat pump can take its place. A column a row leaves empty
 * counts as 0 W (PV, battery, heat pump), unknown (state of charge) or inactive (grid lock).
 * <p>
 * The rows are taken as the trace's reused {@link TraceRow}, not as boxed samples: the replay reads a trace at the
 * cost of its parse-only pass plus one house sample per row.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class TraceReplay implements Iterator<HouseSample> {

    private final TraceSource trace;
    private final Progress progress;
    private long rows;

    TraceReplay(TraceSource trace, Progress progress) {
        this.trace = trace;
        this.progress = progress;
    }

    @Override
    public boolean hasNext() {
        return trace.hasNext();
    }

    @Override
    public HouseSample next() {
        TraceRow row = trace.nextRow();
        if ((++rows & Progress.EVERY) == 0) {
            progress.update(rows);
        }
        return toHouse(row);
    }

    /** @return the rows replayed so far */
    long rows() {
        return rows;
    }

    static HouseSample toHouse(TraceRow row) {
        double pv = row.valueOr(TraceColumn.PV_W, 0.0);
        double battery = row.valueOr(TraceColumn.BATTERY_W, 0.0);
        OptionalDouble soc = row.has(TraceColumn.SOC) ? OptionalDouble.of(row.valueOr(TraceColumn.SOC, 0.0))
                : OptionalDouble.empty();
        boolean lock = row.valueOr(TraceColumn.GRID_LOCK, 0.0) == 1;
        if (row.has(TraceColumn.HOUSEHOLD_W)) {
            return new HouseSample(row.time(), row.valueOr(TraceColumn.HOUSEHOLD_W, 0.0), pv, battery, soc, lock);
        }
        return HouseSample.fromMeter(row.time(), row.valueOr(TraceColumn.GRID_W, 0.0), pv, battery, soc,
                row.valueOr(TraceColumn.HEATPUMP_W, 0.0), lock);
    }
}
