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

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.ZoneOffsets;
import org.openhab.smartgrid.simulator.scenario.LockWindow;

/**
 * The configured lock windows ({@code house.gridLocks}) for instants, at the cost of a few comparisons per sample:
 * the windows are kept as milliseconds of the local day and the zone offset is looked up only when a transition is
 * passed. A window is wall-clock time, like a built-in day's locks: on the day the clocks go forward a window in
 * the skipped hour does not happen, on the day they go back one in the repeated hour happens twice.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class GridLockSchedule {

    private static final long DAY_MS = 86_400_000L;
    private static final long NANOS_PER_MS = 1_000_000L;

    private final ZoneOffsets offsets;
    /** Each window's [from, to) in milliseconds after local midnight. */
    private final long[] froms;
    private final long[] tos;

    GridLockSchedule(List<LockWindow> windows, ZoneId zone) {
        offsets = new ZoneOffsets(zone);
        froms = new long[windows.size()];
        tos = new long[windows.size()];
        for (int i = 0; i < froms.length; i++) {
            froms[i] = windows.get(i).startNanoOfDay() / NANOS_PER_MS;
            tos[i] = windows.get(i).endNanoOfDay() / NANOS_PER_MS;
        }
    }

    /** @return whether a configured window holds the operator's lock contact active at {@code time} */
    boolean active(Instant time) {
        if (froms.length == 0) {
            return false;
        }
        long ms = time.toEpochMilli();
        long ofDay = Math.floorMod(ms + offsets.offsetMillis(ms), DAY_MS);
        for (int i = 0; i < froms.length; i++) {
            if (ofDay >= froms[i] && ofDay < tos[i]) {
                return true;
            }
        }
        return false;
    }
}
