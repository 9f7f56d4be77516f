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

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The running clock quarter-hour at one instant (Loxone AvgP is {@link #averageWatts()}).
 *
 * @param start when the quarter began
 * @param energyWh grid import measured so far in the quarter, Wh
 * @param elapsed time since the quarter began
 * @param measured how much of {@code elapsed} had valid meter data
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record QuarterStatus(Instant start, double energyWh, Duration elapsed, Duration measured) {

    /** @return when the quarter ends (and the next begins) */
    public Instant end() {
        return start.plus(QuarterHourMeter.QUARTER);
    }

    /** @return time left in the quarter; never zero, as the end belongs to the next quarter */
    public Duration remaining() {
        return QuarterHourMeter.QUARTER.minus(elapsed);
    }

    /** @return elapsed time without valid meter data */
    public Duration unmeasured() {
        return elapsed.minus(measured);
    }

    /** @return average import so far in W over the elapsed time (unmeasured time counts as no import); 0 at the start */
    public double averageWatts() {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : energyWh * QuarterHourMeter.JOULES_PER_WH * 1000.0 / millis;
    }
}
