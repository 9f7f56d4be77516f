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
 * A clock quarter-hour that has ended, as the {@link QuarterHourMeter} measured it.
 *
 * @param start when the quarter began
 * @param energyWh grid import measured in the quarter, Wh
 * @param measured how much of the quarter had valid meter data
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record FinishedQuarter(Instant start, double energyWh, Duration measured) {

    /** @return when the quarter ended: 15 minutes of real time after its start */
    public Instant end() {
        return start.plus(QuarterHourMeter.QUARTER);
    }

    /**
     * @return the quarter's average import in W, energy over the full 15 minutes: unmeasured time counts as no
     *         import, so a quarter with a gap reports a lower bound (it never invents a peak)
     */
    public double averageWatts() {
        return energyWh * QuarterHourMeter.QUARTERS_PER_HOUR;
    }

    /** @return whether the whole quarter had valid meter data */
    public boolean complete() {
        return measured.compareTo(QuarterHourMeter.QUARTER) >= 0;
    }
}
