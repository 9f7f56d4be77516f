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
package org.openhab.smartgrid.simulator.scenario;

import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A local time window in which the grid operator's lock contact is active. A window lies within one local day: a
 * {@code to} of 00:00 is the end of the day (24:00), and a lock over midnight is two windows.
 *
 * @param from start (inclusive)
 * @param to end (exclusive), after {@code from}; 00:00 for the end of the day
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LockWindow(LocalTime from, LocalTime to) {

    private static final long DAY_NANOS = 86_400_000_000_000L;

    /** @throws IllegalArgumentException when {@code to} is not after {@code from} */
    public LockWindow {
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException("the lock window's to " + to + " must be after its from " + from
                    + (to.isBefore(from) ? " (a lock over midnight is two windows: from " + from
                            + " to 24:00 and from 00:00 to " + to + ")" : ""));
        }
    }

    /** @return whether {@code time} lies in the window */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
    }

    /** @return whether the two windows share a moment (windows that only touch do not) */
    public boolean overlaps(LockWindow other) {
        return from.toNanoOfDay() < other.endNanoOfDay() && other.from.toNanoOfDay() < endNanoOfDay();
    }

    /** @return the start as nanoseconds after local midnight */
    public long startNanoOfDay() {
        return from.toNanoOfDay();
    }

    /** @return the end as nanoseconds after local midnight: a whole day's for 24:00 */
    public long endNanoOfDay() {
        return to.equals(LocalTime.MIDNIGHT) ? DAY_NANOS : to.toNanoOfDay();
    }

    /** @return the window as the configuration writes it, e.g. {@code 11:30-24:00} */
    @Override
    public String toString() {
        return from + "-" + (to.equals(LocalTime.MIDNIGHT) ? "24:00" : to.toString());
    }
}
