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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.mode.RelayState;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * What the guards let through at one step, and what will happen next if no request changes.
 *
 * @param at the step's instant
 * @param effective the mode on the relays after this step
 * @param wanted the mode the arbiter wants
 * @param source the source that asks for {@code wanted}
 * @param reason {@link Reason#APPLIED} when the relays show the wanted mode and nothing is scheduled; otherwise
 *            the rule that holds the wanted mode back ({@code MODE_DWELL}, {@code LOCK_HOLD}, {@code LOCK_REARM},
 *            {@code LOCK_BUDGET}) or that will end the current lock block ({@code LOCK_BUDGET})
 * @param nextMode the mode the relays will switch to next without new input, null when none
 * @param nextChangeAt when they will switch to {@code nextMode}, null when none
 * @param wantedAt when the relays will show the wanted mode, null when they already do, or never will while the
 *            requests stay as they are
 * @param nextStepAt when to step again without new input: {@code nextChangeAt} or the next local midnight
 *            (the daily counters reset), whichever comes first
 * @param events what this step applied, deferred or overrode
 * @param locksToday lock blocks in the current local day (all locks, the grid operator's included)
 * @param lockTimeToday lock time in the current local day (all locks)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GuardDecision(Instant at, SgMode effective, SgMode wanted, ModeSource source, Reason reason,
        @Nullable SgMode nextMode, @Nullable Instant nextChangeAt, @Nullable Instant wantedAt, Instant nextStepAt,
        List<GuardEvent> events, int locksToday, Duration lockTimeToday) {

    public GuardDecision {
        events = List.copyOf(events);
    }

    /** @return the relay outputs, always the contacts of {@link #effective()} */
    public RelayState relays() {
        return RelayState.of(effective);
    }

    /** @return whether the relays show what the arbiter wants */
    public boolean isSettled() {
        return effective == wanted;
    }
}
