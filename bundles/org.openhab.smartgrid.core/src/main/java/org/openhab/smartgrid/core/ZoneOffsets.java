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

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The offset of a zone's local clock from UTC at an instant, looked up in the zone's rules only when the instant
 * leaves the stretch of the last look-up (from it to the zone's next transition, a daylight-saving change).
 * <p>
 * Quarter-hour and local-time boundaries are asked for at every meter sample; the rules' look-up (a year, a date, a
 * table of transitions) then runs about twice a year instead of every quarter-hour. It is kept out of
 * {@link #offsetMillis}, so that the code that asks stays small.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ZoneOffsets {

    private final ZoneRules rules;
    private long offsetMillis;
    /** The stretch [validFrom, validTo) of epoch milliseconds in which {@link #offsetMillis} holds. */
    private long validFrom = Long.MAX_VALUE;
    private long validTo = Long.MIN_VALUE;

    public ZoneOffsets(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** @return the offset of the local clock at epoch millisecond {@code t}, in ms (UTC+01:00 is 3,600,000) */
    public long offsetMillis(long t) {
        if (t < validFrom || t >= validTo) {
            lookUp(t);
        }
        return offsetMillis;
    }

    private void lookUp(long t) {
        Instant at = Instant.ofEpochMilli(t);
        offsetMillis = rules.getOffset(at).getTotalSeconds() * 1000L;
        ZoneOffsetTransition next = rules.nextTransition(at);
        validFrom = t;
        validTo = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000L;
    }
}
