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
package org.openhab.smartgrid.core.guard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * One entry of the decision record: a relay change, a deferral, a guard override or a restart. Adapters turn it
 * into channels and log lines; the simulator writes it to its timeline.
 *
 * @param at when it happened
 * @param kind what happened
 * @param from the mode on the relays before
 * @param to the mode applied (or deferred, for {@link Kind#DEFERRED})
 * @param source the source whose request caused it; null for {@link Kind#RESTORED}
 * @param reason {@link Reason#APPLIED}; for a deferral the rule that holds the change back; for a change
 *            that is not the wanted mode (a lock block ended, NORMAL while a lock is held back) the rule that
 *            caused it; {@link Reason#GUARD_OVERRIDE} for a mandatory lock inside a guard window;
 *            {@link Reason#HISTORY_RESTORED} or {@link Reason#HISTORY_UNKNOWN} after a restart
 * @param nextAllowed for a deferral, the instant the deferred mode will be applied (null: not as long as the
 *            requests stay as they are); otherwise the instant from which the relays may change again
 * @param overridden for {@link Kind#OVERRIDDEN}, the guard rules the mandatory lock went through
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GuardEvent(Instant at, Kind kind, SgMode from, SgMode to, @Nullable ModeSource source, Reason reason,
        @Nullable Instant nextAllowed, Set<Reason> overridden) {

    public GuardEvent {
        overridden = Set.copyOf(overridden);
    }

    /** What a {@link GuardEvent} records. */
    public enum Kind {
        /** The relays changed. */
        APPLIED,
        /** A wanted change waits for a guard rule. */
        DEFERRED,
        /** The grid operator's lock was applied inside a guard window. */
        OVERRIDDEN,
        /** The guard history was restored (or assumed) after a restart. */
        RESTORED
    }

    /**
     * @param zone the user's time zone: times are local, as {@link TimeText} writes them
     * @return one line for logs and channels, e.g.
     *         {@code "BOOST -> EVU by PEAK_SHED deferred (LOCK_REARM) until 10:40"}
     */
    public String detail(ZoneId zone) {
        String change = from + " -> " + to + (source == null ? "" : " by " + source);
        Instant next = nextAllowed;
        return switch (kind) {
            case APPLIED -> change + " applied" + (reason == Reason.APPLIED ? "" : " (" + reason + ")")
                    + "; relays may change again from " + (next == null ? "now" : TimeText.time(next, at, zone));
            case DEFERRED -> change + " deferred (" + reason + ") "
                    + (next == null ? "while the requests stay as they are" : "until " + TimeText.time(next, at, zone));
            case OVERRIDDEN -> change + " applied at once, overriding " + overridden.stream().sorted()
                    .map(Reason::name).collect(Collectors.joining(", "));
            case RESTORED -> reason == Reason.HISTORY_RESTORED ? "guard history restored; relays " + to
                    : "guard history unknown: assuming a lock just ended; relays " + to;
        };
    }
}
