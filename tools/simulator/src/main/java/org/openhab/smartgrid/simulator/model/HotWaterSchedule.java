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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.ZoneOffsets;

/**
 * {@link HotWaterProfile#litersBetween} for instants, fast enough for a replay of one-second samples: the draws
 * of the current local day (and its neighbours) are kept as millisecond windows, the zone offset is looked up
 * only when a transition is passed, and the windows are scanned only when a sample leaves the quiet span between
 * two draws it was last found in. Gives the same litres as the profile: the windows are in local time.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class HotWaterSchedule {

    private static final long DAY_MS = 86_400_000L;

    private final List<HotWaterDraw> draws;
    private final ZoneOffsets offsets;
    /** Local milliseconds (epoch milliseconds of the local date-time read as UTC) of the cached day. */
    private long dayFrom = Long.MAX_VALUE;
    private long dayTo = Long.MIN_VALUE;
    private final long[] starts;
    private final long[] ends;
    private final double[] liters;
    private final long[] lengths;
    /**
     * Local milliseconds [from, to) in which no cached window lies: most samples fall between two draws and need no
     * scan. Empty until a scan found it, and again when another day is cached.
     */
    private long quietFrom = Long.MAX_VALUE;
    private long quietTo = Long.MIN_VALUE;

    public HotWaterSchedule(HotWaterProfile profile, ZoneId zone) {
        this.draws = profile.draws();
        this.offsets = new ZoneOffsets(zone);
        int windows = 3 * draws.size();
        starts = new long[windows];
        ends = new long[windows];
        liters = new double[windows];
        lengths = new long[windows];
    }

    /** @return litres drawn between {@code from} (inclusive) and {@code from + interval} (exclusive) */
    public double litersBetween(Instant from, Duration interval) {
        long ms = from.toEpochMilli();
        long localFrom = ms + offsets.offsetMillis(ms);
        long localTo = localFrom + interval.toMillis();
        if (localFrom < dayFrom || localFrom >= dayTo) {
            cacheDay(Math.floorDiv(localFrom, DAY_MS));
        }
        if (localFrom >= quietFrom && localTo <= quietTo) {
            return 0.0;
        }
        double drawn = 0;
        // every window ends before the quiet span or starts after it
        long quietStart = Long.MIN_VALUE;
        long quietEnd = Long.MAX_VALUE;
        for (int i = 0; i < starts.length; i++) {
            long overlap = Math.min(ends[i], localTo) - Math.max(starts[i], localFrom);
            if (overlap > 0) {
                drawn += liters[i] * overlap / lengths[i];
            }
            if (ends[i] <= localFrom) {
                quietStart = Math.max(quietStart, ends[i]);
            } else {
                quietEnd = Math.min(quietEnd, starts[i]);
            }
        }
        quietFrom = quietStart;
        quietTo = quietEnd;
        return drawn;
    }

    /** A window may cross midnight, so the draws of the day before, the day itself and the day after count. */
    private void cacheDay(long epochDay) {
        dayFrom = epochDay * DAY_MS;
        dayTo = dayFrom + DAY_MS;
        quietFrom = Long.MAX_VALUE;
        quietTo = Long.MIN_VALUE;
        int i = 0;
        for (long day = epochDay - 1; day <= epochDay + 1; day++) {
            for (HotWaterDraw draw : draws) {
                long start = LocalDate.ofEpochDay(day).atTime(draw.start()).toEpochSecond(ZoneOffset.UTC) * 1000L;
                long length = draw.duration().toMillis();
                starts[i] = start;
                ends[i] = start + length;
                liters[i] = length > 0 ? draw.liters() : 0;
                lengths[i] = Math.max(1, length);
                i++;
            }
        }
    }
}
