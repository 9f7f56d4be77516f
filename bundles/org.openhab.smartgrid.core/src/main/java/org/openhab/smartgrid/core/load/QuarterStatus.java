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
 * @param elapsedMillis time since the quarter began, ms
 * @param measuredMillis how much of the elapsed time had valid meter data, ms (millis, not a {@link Duration}: the
 *            load manager makes one status at every meter sample)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record QuarterStatus(Instant start, double energyWh, long elapsedMillis, long measuredMillis) {

    public QuarterStatus(Instant start, double energyWh, Duration elapsed, Duration measured) {
        this(start, energyWh, elapsed.toMillis(), measured.toMillis());
    }

    /** @return time since the quarter began */
    public Duration elapsed() {
        return Duration.ofMillis(elapsedMillis);
    }

    /** @return how much of {@link #elapsed()} had valid meter data */
    public Duration measured() {
        return Duration.ofMillis(measuredMillis);
    }

    /** @return when the quarter ends (and the next begins) */
    public Instant end() {
        return start.plus(QuarterHourMeter.QUARTER);
    }

    /** @return time left in the quarter; never zero, as the end belongs to the next quarter */
    public Duration remaining() {
        return QuarterHourMeter.QUARTER.minusMillis(elapsedMillis);
    }

    /** @return elapsed time without valid meter data */
    public Duration unmeasured() {
        return Duration.ofMillis(elapsedMillis - measuredMillis);
    }

    /** @return average import so far in W over the elapsed time (unmeasured time counts as no import); 0 at the start */
    public double averageWatts() {
        return elapsedMillis <= 0 ? 0 : energyWh * QuarterHourMeter.JOULES_PER_WH * 1000.0 / elapsedMillis;
    }
}
