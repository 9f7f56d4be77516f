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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Today's sunset at a location, from commons-suncalc (upper limb at the horizon, refraction included: the
 * almanac definition).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SunsetCalculator {

    private final GeoLocation location;

    public SunsetCalculator(GeoLocation location) {
        this.location = location;
    }

    public GeoLocation location() {
        return location;
    }

    /**
     * @param date the local date
     * @param zone the time zone that defines the date's start and end
     * @return the sunset between the date's local midnights, or null when the sun does not set that day
     *         (polar day or polar night)
     */
    public @Nullable Instant sunset(LocalDate date, ZoneId zone) {
        ZonedDateTime start = date.atStartOfDay(zone);
        ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
        // the window is the local day itself, so DST days (23 h or 25 h) are searched exactly
        SunTimes times = SunTimes.compute().on(start).at(location.latitude(), location.longitude())
                .limit(Duration.between(start, end)).execute();
        ZonedDateTime set = times.getSet();
        return set == null || !set.isBefore(end) ? null : set.toInstant();
    }
}
