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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The household's daily hot water draws, repeated every local day.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class HotWaterProfile {

    private final List<HotWaterDraw> draws;

    public HotWaterProfile(List<HotWaterDraw> draws) {
        this.draws = List.copyOf(draws);
    }

    /** @return two showers in the morning, dishes at noon and in the evening, a bath at night: about 160 l a day */
    public static HotWaterProfile typicalFamily() {
        return new HotWaterProfile(List.of(new HotWaterDraw(LocalTime.of(7, 0), Duration.ofMinutes(8), 40),
                new HotWaterDraw(LocalTime.of(7, 20), Duration.ofMinutes(8), 40),
                new HotWaterDraw(LocalTime.of(12, 30), Duration.ofMinutes(5), 15),
                new HotWaterDraw(LocalTime.of(19, 30), Duration.ofMinutes(10), 20),
                new HotWaterDraw(LocalTime.of(21, 0), Duration.ofMinutes(10), 45)));
    }

    /** @return the draws, in configuration order */
    public List<HotWaterDraw> draws() {
        return draws;
    }

    /**
     * @return litres drawn between local {@code from} (inclusive) and {@code from + interval} (exclusive)
     */
    public double litersBetween(LocalDateTime from, Duration interval) {
        LocalDateTime to = from.plus(interval);
        double liters = 0;
        // a window may cross midnight, so look at the draws of the day before, the day itself and the day after
        for (int dayOffset = -1; dayOffset <= 1; dayOffset++) {
            for (HotWaterDraw draw : draws) {
                LocalDateTime start = from.toLocalDate().plusDays(dayOffset).atTime(draw.start());
                LocalDateTime end = start.plus(draw.duration());
                long overlapMillis = Duration.between(max(start, from), min(end, to)).toMillis();
                if (overlapMillis > 0) {
                    liters += draw.liters() * overlapMillis / draw.duration().toMillis();
                }
            }
        }
        return liters;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
