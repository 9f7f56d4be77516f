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
package org.openhab.smartgrid.core.meter;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Elapsed;

/**
 * One power sample of a meter, in the engine's convention (W, import positive, export negative).
 *
 * @param at when the meter measured it
 * @param watts the power in W
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PowerReading(Instant at, double watts) {

    public PowerReading {
        checkWatts(watts);
    }

    /**
     * @return {@code watts}, checked as a reading checks it: for a manager that takes a sample's time and power
     *         without making a reading of it
     * @throws IllegalArgumentException when {@code watts} is not a finite number
     */
    public static double checkWatts(double watts) {
        if (!Double.isFinite(watts)) {
            throw new IllegalArgumentException("power reading must be a finite number of W, was " + watts);
        }
        return watts;
    }

    /** @return whether the reading is older than {@code maxAge} at {@code now} */
    public boolean isStaleAt(Instant now, Duration maxAge) {
        return Elapsed.exceeds(at, now, maxAge);
    }

    /** @return whether {@code reading} is missing or older than {@code maxAge} at {@code now} */
    public static boolean isMissingOrStale(@Nullable PowerReading reading, Instant now, Duration maxAge) {
        return reading == null || reading.isStaleAt(now, maxAge);
    }
}
