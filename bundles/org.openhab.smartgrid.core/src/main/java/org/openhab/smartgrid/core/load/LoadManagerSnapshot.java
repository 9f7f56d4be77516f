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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.guard.LockBudget;
import org.openhab.smartgrid.core.guard.LockTimingGuard;

/**
 * The load manager's state that survives a restart: the month peak with its month, the running quarter's energy
 * with its start, and each load's lock timing history (which also says whether it is shed).
 *
 * @param monthPeak the month peak with its month
 * @param quarter the running quarter with its start
 * @param loads each load's lock history, by name
 * @param lastQuarter the quarter-hour that ended last, null when none ended yet
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadManagerSnapshot(MonthPeak.Snapshot monthPeak, QuarterHourMeter.Snapshot quarter,
        List<LoadState> loads, @Nullable FinishedQuarter lastQuarter) {

    public LoadManagerSnapshot {
        loads = List.copyOf(loads);
    }

    /** A snapshot without a finished quarter. */
    public LoadManagerSnapshot(MonthPeak.Snapshot monthPeak, QuarterHourMeter.Snapshot quarter, List<LoadState> loads) {
        this(monthPeak, quarter, loads, null);
    }

    /** @return the saved state of {@code load}, null when it was not saved */
    public @Nullable LoadState load(String load) {
        for (LoadState state : loads) {
            if (state.name().equals(load)) {
                return state;
            }
        }
        return null;
    }

    /**
     * One load's saved state.
     *
     * @param name the load
     * @param guard its lock timing history; {@code guard.locked()} means it was shed
     * @param budget its shed budget's counters, null when it has no budget or none were counted yet
     */
    public record LoadState(String name, LockTimingGuard.Snapshot guard, LockBudget.@Nullable Snapshot budget) {

        /** A load without a shed budget. */
        public LoadState(String name, LockTimingGuard.Snapshot guard) {
            this(name, guard, null);
        }
    }
}
