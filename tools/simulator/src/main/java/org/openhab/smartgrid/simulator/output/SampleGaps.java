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
package org.openhab.smartgrid.simulator.output;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The gaps of a run's samples: times between two samples longer than the house's {@code maxSampleGap}. A sample's
 * values hold for that long at most; the rest of a gap is unmeasured and books no energy.
 *
 * @param count how many gaps
 * @param longest the longest one, from its sample to the next; zero without gaps
 * @param longestFrom the local time of the sample before the longest gap, null without gaps
 * @param longestTo the local time of the sample after it, null without gaps
 * @param unmeasured the time of all gaps beyond the maximum sample gap, booked as no energy
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SampleGaps(int count, Duration longest, @Nullable OffsetDateTime longestFrom,
        @Nullable OffsetDateTime longestTo, Duration unmeasured) {

    /** No gap. */
    public static final SampleGaps NONE = new SampleGaps(0, Duration.ZERO, null, null, Duration.ZERO);

    /** @return the gaps as the report says them in one line, empty without gaps */
    public String note() {
        if (count == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%d %s in the samples, the longest %s from %s to %s: %s of them booked as "
                + "unmeasured (no energy, no quarter-hour import).", count, count == 1 ? "gap" : "gaps",
                minutes(longest), longestFrom, longestTo, minutes(unmeasured));
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%.0f min", d.toMillis() / 60_000.0);
    }
}
