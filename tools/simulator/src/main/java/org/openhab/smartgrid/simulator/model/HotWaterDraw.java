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
package org.openhab.smartgrid.simulator.model;

import java.time.Duration;
import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One daily hot water draw (a shower, the dishes), spread evenly over its duration.
 *
 * @param start local time the draw starts
 * @param duration how long it lasts (at least one second)
 * @param liters hot water drawn in total
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HotWaterDraw(LocalTime start, Duration duration, double liters) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public HotWaterDraw {
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("hotWaterDraws.minutes must be between 1 s and 12 h, was " + duration);
        }
        if (!(liters >= 0) || !Double.isFinite(liters)) {
            throw new IllegalArgumentException("hotWaterDraws.liters must be >= 0, was " + liters);
        }
    }
}
