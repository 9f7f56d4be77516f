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
package org.openhab.smartgrid.core.energy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * When a load's daily minimum runtime must be reached (Loxone: "Einde min. inschakelduur/dag").
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface DailyDeadline permits DailyDeadline.AtTime, DailyDeadline.Sunset {

    /** Midnight at the END of the day: Loxone's behaviour when no deadline is set. */
    DailyDeadline END_OF_DAY = new AtTime(LocalTime.MIDNIGHT);

    /**
     * A fixed local time. {@code 00:00} means midnight at the end of the day, not at its start.
     *
     * @param time the local wall-clock time
     */
    record AtTime(LocalTime time) implements DailyDeadline {
        @Override
        public String toString() {
            return time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
        }
    }

    /** Today's sunset at the manager's location (no sunset that day, polar day or night: end of day). */
    record Sunset() implements DailyDeadline {
        @Override
        public String toString() {
            return "SUNSET";
        }
    }

    static DailyDeadline at(LocalTime time) {
        return new AtTime(time);
    }

    static DailyDeadline sunset() {
        return new Sunset();
    }

    /**
     * Reads a deadline as users write it: {@code SUNSET} (any case), a local time {@code HH:mm[:ss]}, or
     * {@code 24:00} for the end of the day.
     *
     * @throws IllegalArgumentException naming the parameter when the text is neither
     */
    static DailyDeadline parse(String text) {
        String value = text.trim();
        if ("SUNSET".equals(value.toUpperCase(Locale.ROOT))) {
            return sunset();
        }
        if ("24:00".equals(value)) {
            return END_OF_DAY;
        }
        try {
            return at(LocalTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "dailyDeadline must be SUNSET or a local time HH:mm (00:00 to 24:00), was '" + text + "'", e);
        }
    }
}
