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
package org.openhab.smartgrid.simulator.trace;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The row a {@link TraceSource} has just read, held as primitives: what a {@link TraceSample} holds, without its
 * boxed values. A source keeps one row and overwrites it with each row it reads, so that a replay of millions of
 * rows allocates nothing for them; a caller copies what it keeps ({@link #toSample()} makes a copy).
 * <p>
 * The time too is kept as numbers, not as an {@link Instant}: a replay reads its trace on a thread of its own, and
 * storing a reference into a long-lived object marks the garbage collector's card table, a cache line of which
 * may be the one the replay thread marks at every sample. Measured: rows and a reader that stored instants made
 * about one replay in three run a third slower.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class TraceRow {

    private static final int COLUMNS = TraceColumn.values().length;

    private long epochSecond;
    private int nano;
    // indexed by TraceColumn ordinal; a flag is 0 or 1
    private final double[] values = new double[COLUMNS];
    private final boolean[] measured = new boolean[COLUMNS];

    TraceRow() {
    }

    /** @return when the row was measured (a new instant at each call) */
    public Instant time() {
        return Instant.ofEpochSecond(epochSecond, nano);
    }

    /** @return whether this row was measured strictly after {@code second} and {@code nanoOfSecond} */
    boolean isAfter(long second, int nanoOfSecond) {
        return epochSecond > second || epochSecond == second && nano > nanoOfSecond;
    }

    long epochSecond() {
        return epochSecond;
    }

    int nano() {
        return nano;
    }

    /** @return whether the row has a value in {@code column}; an empty field or a missing column has none */
    public boolean has(TraceColumn column) {
        return measured[column.ordinal()];
    }

    /**
     * @return the row's value in {@code column} (W, % or a flag as 0 or 1), or {@code otherwise} when it has none
     */
    public double valueOr(TraceColumn column, double otherwise) {
        int slot = column.ordinal();
        return measured[slot] ? values[slot] : otherwise;
    }

    /** @return a sample with this row's values, which later rows do not change */
    public TraceSample toSample() {
        return new TraceSample(time(), boxed(TraceColumn.GRID_W), boxed(TraceColumn.HOUSEHOLD_W),
                boxed(TraceColumn.PV_W), boxed(TraceColumn.BATTERY_W), boxed(TraceColumn.SOC),
                boxed(TraceColumn.HEATPUMP_W),
                has(TraceColumn.GRID_LOCK) ? Boolean.valueOf(values[TraceColumn.GRID_LOCK.ordinal()] == 1) : null);
    }

    private @Nullable Double boxed(TraceColumn column) {
        return has(column) ? Double.valueOf(values[column.ordinal()]) : null;
    }

    void setTime(Instant time) {
        this.epochSecond = time.getEpochSecond();
        this.nano = time.getNano();
    }

    /** Sets the value of the column with ordinal {@code slot}. */
    void set(int slot, double value) {
        values[slot] = value;
        measured[slot] = true;
    }

    /** Marks the column with ordinal {@code slot} as not measured in this row. */
    void clear(int slot) {
        measured[slot] = false;
    }

    /** @return whether the column with ordinal {@code slot} has a value */
    boolean has(int slot) {
        return measured[slot];
    }
}
