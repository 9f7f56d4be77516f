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
package org.openhab.smartgrid.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The one way times and durations are written for a person to read: in every decision text, channel, log line,
 * console and report of the add-ons and the simulator. A time is the local wall-clock time of the user's zone
 * (openHAB's time zone, the simulator's {@code house.timeZone}), {@code HH:mm}, with the date in front when it is
 * not on the day of the text ({@code 2026-01-21 06:00}). A duration is in minutes ({@code 10 min},
 * {@code 1 h 20 min}); only a duration under a minute is in seconds ({@code 45 s}). Files for machines write ISO-8601
 * with the offset instead, never these texts.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class TimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeText() {
    }

    /**
     * @param at the time to write
     * @param today an instant of the day the text is about (its {@code now}): a time on another local day gets its
     *            date
     * @param zone the user's time zone
     * @return e.g. {@code "10:40"}, or {@code "2026-01-21 06:00"} on another day
     */
    public static String time(Instant at, Instant today, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = LocalDate.ofInstant(today, zone);
        return (local.toLocalDate().equals(day) ? TIME : DATE_TIME).format(local);
    }

    /**
     * @return the duration in whole minutes (the seconds beyond them dropped), e.g. {@code "10 min"},
     *         {@code "2 h"}, {@code "1 h 20 min"}; under a minute in seconds, e.g. {@code "45 s"}; zero (and a
     *         negative duration) is {@code "0 min"}
     */
    public static String duration(Duration duration) {
        return seconds(duration.getSeconds());
    }

    /** @return {@link #duration(Duration)} of a number of seconds */
    public static String seconds(long seconds) {
        if (seconds <= 0) {
            return "0 min";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
