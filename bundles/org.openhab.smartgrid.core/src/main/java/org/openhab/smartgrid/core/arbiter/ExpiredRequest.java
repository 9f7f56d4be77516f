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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.TimeText;

/**
 * A request restored from storage that nothing confirmed ended by the rule of {@link ProvisionalRequests}.
 *
 * @param source the request that ended (it is OFF from {@code endedAt} on)
 * @param endedAt when it ended: the end of its window, or the restart when the window had passed by then
 * @param countedFrom when the window began: when the request was switched ON, or the restart
 * @param startKnown whether {@code countedFrom} is the stored switch-on instant (false: the restart, for a store
 *            that did not say)
 * @param window the window, {@code maxGridLockMinutes}
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ExpiredRequest(ModeSource source, Instant endedAt, Instant countedFrom, boolean startKnown,
        Duration window) {

    /**
     * @param zone the user's time zone: the times are local ({@link TimeText})
     * @return the rule in words, e.g. {@code "GRID_LOCK request restored from storage ended at 10:40: no command
     *         and no linked item confirmed it since the restart, and maxGridLockMinutes (2 h) have passed since it
     *         was switched ON at 08:40"}
     */
    public String detail(ZoneId zone) {
        String from = TimeText.time(countedFrom, endedAt, zone);
        String since = startKnown ? "it was switched ON at " + from
                : "the restart at " + from + " (the store did not say when it was switched ON)";
        boolean passedWhileDown = countedFrom.plus(window).isBefore(endedAt);
        return source + " request restored from storage ended at " + TimeText.time(endedAt, endedAt, zone)
                + ": no command and no linked item confirmed it since the restart, and "
                + ProvisionalRequests.PARAMETER + " (" + TimeText.duration(window) + ") "
                + (passedWhileDown ? "had passed before the restart" : "have passed") + " since " + since;
    }
}
