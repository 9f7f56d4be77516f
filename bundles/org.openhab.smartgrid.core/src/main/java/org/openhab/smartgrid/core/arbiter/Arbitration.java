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
package org.openhab.smartgrid.core.arbiter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The arbiter's answer: the wanted mode, the source that won, and why.
 *
 * @param wanted the mode the winning source asks for
 * @param source the winning source
 * @param outranked the other sources that asked for a mode but lost, highest first
 * @param validUntil when this answer may change without new input (a manual override's expiry), or null
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record Arbitration(SgMode wanted, ModeSource source, Set<ModeSource> outranked, @Nullable Instant validUntil) {

    public Arbitration {
        outranked = Set.copyOf(outranked);
    }

    /** @return the reason code of the winning source */
    public Reason reason() {
        return source.reason();
    }

    /** @return the wanted mode is a lock that this system chooses itself (not the grid operator's) */
    public boolean isDiscretionaryLock() {
        return wanted == SgMode.EVU && !source.isMandatory();
    }

    /**
     * @param now the time of the text: the expiry of a manual override is written as a local time of that day
     * @param zone the user's time zone
     * @return one line for logs and channels, e.g. {@code "peak shedding asks EVU; outranks PV_SURPLUS"}
     */
    public String detail(Instant now, ZoneId zone) {
        Instant until = validUntil;
        String what = switch (source) {
            case GRID_LOCK -> "grid operator lock asks EVU (mandatory)";
            case MANUAL_OVERRIDE -> "manual override asks " + wanted
                    + (until == null ? " until AUTO" : " until " + TimeText.time(until, now, zone));
            case PEAK_SHED -> "peak shedding asks EVU";
            case PV_SURPLUS -> "PV surplus asks " + wanted;
            case COMFORT_REQUEST -> "comfort request asks COMFORT";
            case DEFAULT -> "no request: NORMAL";
        };
        if (outranked.isEmpty()) {
            return what;
        }
        return what + "; outranks " + outranked.stream().sorted().map(ModeSource::name)
                .collect(Collectors.joining(", "));
    }
}
