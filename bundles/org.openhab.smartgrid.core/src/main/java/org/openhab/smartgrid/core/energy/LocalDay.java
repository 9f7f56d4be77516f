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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.TimeText;

/**
 * The local day the energy manager counts runtimes in: its midnights (23 or 25 hours apart on DST days) and its
 * daily-minimum deadlines. Sunsets are computed once per day.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class LocalDay {

    private final ZoneId zone;
    private final @Nullable SunsetCalculator sunset;
    private @Nullable LocalDate date;
    private Instant start = Instant.EPOCH;
    private Instant end = Instant.EPOCH;

    LocalDay(ZoneId zone, @Nullable SunsetCalculator sunset) {
        this.zone = zone;
        this.sunset = sunset;
    }

    /** @return the current local date; null before the first {@link #moveTo} */
    @Nullable
    LocalDate date() {
        return date;
    }

    /** @return the midnight that starts the current day */
    Instant start() {
        return start;
    }

    /** @return the midnight that ends the current day */
    Instant end() {
        return end;
    }

    /** @return whether {@code now} lies outside the current day */
    boolean isOutside(Instant now) {
        return date == null || now.isBefore(start) || !now.isBefore(end);
    }

    LocalDate dateOf(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** @return whether the day changed */
    boolean moveTo(LocalDate today) {
        if (today.equals(date)) {
            return false;
        }
        date = today;
        start = today.atStartOfDay(zone).toInstant();
        end = today.plusDays(1).atStartOfDay(zone).toInstant();
        return true;
    }

    /** @return the deadline on the current day: a local time, or sunset (end of day when the sun does not set) */
    Instant deadline(DailyDeadline deadline) {
        LocalDate today = date;
        if (today == null) {
            throw new IllegalStateException("no current day");
        }
        if (deadline instanceof DailyDeadline.AtTime at) {
            LocalTime time = at.time();
            // a local time inside a DST gap moves forward by the gap's length, as ZonedDateTime resolves it
            return time.equals(LocalTime.MIDNIGHT) ? end : today.atTime(time).atZone(zone).toInstant();
        }
        SunsetCalculator calculator = sunset;
        Instant set = calculator == null ? null : calculator.sunset(today, zone);
        return set == null ? end : set;
    }

    /** @return the deadline as users read it, e.g. {@code "21:58 (SUNSET)"} or {@code "24:00"} */
    String describe(Instant deadline, DailyDeadline kind) {
        if (deadline.equals(end)) {
            return "24:00";
        }
        String time = TimeText.time(deadline, start, zone);
        return kind instanceof DailyDeadline.Sunset ? time + " (sunset)" : time;
    }
}
