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

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;

/**
 * What one {@link LoadManager#step} decided, with the figures behind it.
 *
 * @param at the instant of the step
 * @param reason the manager's state: STALE_METER, SHED_OVERLOAD or SHED_PEAK (import above the allowed power),
 *            RESTORED (a load came back), WITHIN_LIMIT, or LOCKED (the manager is off: nothing is shed)
 * @param commands one command per load, in configuration order; {@code on} = shed (Loxone L1…L12)
 * @param gridWatts the last grid import the meter reported, W (NaN when stale)
 * @param importWatts the import the manager expects after this step: the meter value corrected for sheds and
 *            restores the meter cannot have seen yet, W (NaN when stale)
 * @param allowedWatts the import allowed now (Loxone Ap): the rest-of-quarter allowance in PEAK, the overload limit
 *            in OVERLOAD, the lower of both in BOTH; W (NaN when stale)
 * @param limitWatts the limit of the quarter average (maxPower, raised by the month peak when followed); in
 *            OVERLOAD mode the instantaneous limit; W
 * @param uncoveredWatts excess that no load could be shed for in this step (nothing left to shed, or only loads
 *            inside their re-arm window); 0 when covered (Loxone MaxPe is {@code uncoveredWatts > 0})
 * @param quarter the running quarter-hour: energy and average so far (Loxone AvgP)
 * @param monthPeakWatts the highest finished quarter-hour average of this month, W
 * @param nextWakeUp when to step again at the latest without new input: the earliest next change of any load, the
 *            next quarter boundary, the instant the meter data turns stale, the end of a feedback wait
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadManagerResult(Instant at, Reason reason, List<LoadCommand> commands, double gridWatts,
        double importWatts, double allowedWatts, double limitWatts, double uncoveredWatts, QuarterStatus quarter,
        double monthPeakWatts, Instant nextWakeUp) {

    public LoadManagerResult {
        commands = List.copyOf(commands);
    }

    /** @return whether the meter data was missing, undefined or stale */
    public boolean stale() {
        return reason == Reason.STALE_METER;
    }

    /** @return the command for {@code load}, null when no load has that name */
    public @Nullable LoadCommand command(String load) {
        for (LoadCommand command : commands) {
            if (command.load().equals(load)) {
                return command;
            }
        }
        return null;
    }
}
