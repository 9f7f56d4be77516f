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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The knobs of a generated day.
 *
 * @param date the local day
 * @param seed the random seed: the same seed gives the same day
 * @param step sample spacing (1 minute or finer)
 * @param pvPeak W the PV plant gives at noon under a clear sky
 * @param cloudiness 0 (clear) to 1 (overcast with passing clouds)
 * @param cookingPeak whether an induction hob runs at about 7 kW from 18:00 to 18:40
 * @param locks the grid operator's lock windows
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record DayProfile(LocalDate date, long seed, Duration step, double pvPeak, double cloudiness,
        boolean cookingPeak, List<LockWindow> locks) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public DayProfile {
        if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("step must be > 0 and at most 1 minute, was " + step);
        }
        if (!(cloudiness >= 0 && cloudiness <= 1)) {
            throw new IllegalArgumentException("cloudiness must be between 0 and 1, was " + cloudiness);
        }
        if (!(pvPeak >= 0)) {
            throw new IllegalArgumentException("pvPeak must be >= 0 W, was " + pvPeak);
        }
        locks = List.copyOf(locks);
    }
}
