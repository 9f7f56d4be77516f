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
package org.openhab.smartgrid.core.guard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The guard history that must survive a restart: what the relays showed, the last change, the lock timing and
 * the day's budget counters.
 *
 * @param effective the mode the relays showed
 * @param lastChange the last relay change (for the dwell), null when none
 * @param lock the lock hold / re-arm history
 * @param day the local day of the counters
 * @param locksToday lock blocks in that day
 * @param lockTimeToday lock time in that day
 * @param lastBlockLength the length of the last lock block that ended
 * @param takenAt when the snapshot was taken
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GuardSnapshot(SgMode effective, @Nullable Instant lastChange, LockTimingGuard.Snapshot lock,
        LocalDate day, int locksToday, Duration lockTimeToday, Duration lastBlockLength, Instant takenAt) {

    private static final Duration LONGEST_DAY = Duration.ofHours(26);

    /** @return whether the parts fit together; an inconsistent snapshot is treated as unknown history */
    public boolean isConsistent() {
        if ((effective == SgMode.EVU) != lock.locked() || !lock.isConsistent() || lock.startsAfter(takenAt)) {
            return false;
        }
        Instant change = lastChange;
        if (change != null && change.isAfter(takenAt)) {
            return false;
        }
        if (locksToday < 0 || (lock.locked() && locksToday == 0)) {
            return false;
        }
        return !lockTimeToday.isNegative() && lockTimeToday.compareTo(LONGEST_DAY) <= 0
                && !lastBlockLength.isNegative();
    }
}
