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
import org.openhab.smartgrid.simulator.trace.TraceSample;
import org.openhab.smartgrid.simulator.trace.TraceSource;

/**
 * Turns a recorded trace into house samples. A row with {@code household_w} is the house without heat pump and
 * battery as measured; otherwise the grid meter's power has the real heat pump's power removed
 * ({@link HouseSample#fromMeter}), so that the simulated heat pump can take its place. A column a row leaves empty
 * counts as 0 W (PV, battery, heat pump), unknown (state of charge) or inactive (grid lock).
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
        TraceSample row = trace.next();
        if ((++rows & Progress.EVERY) == 0) {
            progress.update(rows);
        }
        return toHouse(row);
    }

    /** @return the rows replayed so far */
    long rows() {
        return rows;
    }

    static HouseSample toHouse(TraceSample row) {
        double pv = orZero(row.pvW());
        double battery = orZero(row.batteryW());
        Double socValue = row.socPercent();
        OptionalDouble soc = socValue == null ? OptionalDouble.empty() : OptionalDouble.of(socValue);
        boolean lock = Boolean.TRUE.equals(row.gridLock());
        Double household = row.householdW();
        if (household != null) {
            return new HouseSample(row.time(), household, pv, battery, soc, lock);
        }
        Double grid = row.gridW();
        return HouseSample.fromMeter(row.time(), grid == null ? 0.0 : grid, pv, battery, soc,
                orZero(row.heatpumpW()), lock);
    }

    private static double orZero(@org.eclipse.jdt.annotation.Nullable Double value) {
        return value == null ? 0.0 : value;
    }
}
