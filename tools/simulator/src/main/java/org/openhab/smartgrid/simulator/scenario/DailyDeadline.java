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
 * When a load's daily minimum runtime must be reached: a fixed local time or sunset at the house's location.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface DailyDeadline {

    /** Sunset, computed from the house's latitude and longitude. */
    record Sunset() implements DailyDeadline {
    }

    /** A fixed local time. */
    record At(LocalTime time) implements DailyDeadline {
    }

    /**
     * Parses {@code SUNSET} (any case) or a local time such as {@code 18:30}.
     *
     * @throws IllegalArgumentException naming the parameter and the allowed values
     */
    static DailyDeadline parse(String text) {
        String trimmed = text.trim();
        if ("SUNSET".equalsIgnoreCase(trimmed)) {
            return new Sunset();
        }
        try {
            return new At(LocalTime.parse(trimmed));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "dailyDeadline must be SUNSET or a local time like 18:30, was '" + text + "'", e);
        }
    }
}
