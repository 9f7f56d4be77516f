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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.Arbitration;
import org.openhab.smartgrid.core.arbiter.ExpiredRequest;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardDecision;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.mode.RelayState;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The outcome of one {@link SgController#step}: what the arbiter wants, what the guards let through, and when to
 * step again.
 *
 * @param arbitration the wanted mode, the winning source and why
 * @param wantedSince since when the arbiter wants this mode from this source (the instant of the request change)
 * @param guard the relays' mode, what is pending and why, the events and the day's lock counters
 * @param nextStepAt when to call {@code step} again without new input: a pending relay change, a manual
 *            override's expiry, the end of a provisional restored request, or at the latest the next local midnight
 *            (the day's counters reset)
 * @param expiredRequests the restored requests that nothing confirmed and that ended at this step (they are OFF
 *            now), in order of precedence; usually none
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SgStepResult(Arbitration arbitration, Instant wantedSince, GuardDecision guard, Instant nextStepAt,
        List<ExpiredRequest> expiredRequests) {

    /**
     * The longest time without a step while the relays show EVU: the controller counts a running lock up to a step,
     * so the heat pump Thing steps at least this often during a lock to keep its lock counters current.
     */
    public static final Duration LOCKED_STEP_INTERVAL = Duration.ofMinutes(1);

    public SgStepResult {
        expiredRequests = List.copyOf(expiredRequests);
    }

    /**
     * @return when the heat pump Thing steps the controller again without new input: {@link #nextStepAt()}, but at
     *         the latest {@link #LOCKED_STEP_INTERVAL} after this step while the relays show EVU (the simulator steps
     *         at the same instants)
     */
    public Instant stepAgainAt() {
        Instant live = at().plus(LOCKED_STEP_INTERVAL);
        return effective() == SgMode.EVU && live.isBefore(nextStepAt) ? live : nextStepAt;
    }

    /**
     * @return why the relays show {@link #effective()}: the winning source's reason when they show the wanted mode,
     *         otherwise the guard rule that holds it back
     */
    public Reason modeReason() {
        return effective() == wanted() ? source().reason() : guardReason();
    }

    /** @return the step's instant */
    public Instant at() {
        return guard.at();
    }

    /** @return the mode on the relays */
    public SgMode effective() {
        return guard.effective();
    }

    /** @return the mode the arbiter wants */
    public SgMode wanted() {
        return arbitration.wanted();
    }

    /** @return the source that won the arbitration */
    public ModeSource source() {
        return arbitration.source();
    }

    /** @return the relay outputs to write (both together), always the contacts of {@link #effective()} */
    public RelayState relays() {
        return guard.relays();
    }

    /** @return {@link Reason#APPLIED}, or the guard rule that holds the wanted mode back or ends the lock block */
    public Reason guardReason() {
        return guard.reason();
    }

    /** @return the mode the relays switch to next without new input, null when none */
    public @Nullable SgMode nextMode() {
        return guard.nextMode();
    }

    /** @return when the relays switch next without new input, null when none */
    public @Nullable Instant nextChangeAt() {
        return guard.nextChangeAt();
    }

    /** @return when the relays will show the wanted mode; null when they do, or never will as things stand */
    public @Nullable Instant wantedAt() {
        return guard.wantedAt();
    }

    /** @return the decision record of this step */
    public List<GuardEvent> events() {
        return guard.events();
    }

    /** @return lock blocks in the current local day */
    public int locksToday() {
        return guard.locksToday();
    }

    /** @return lock time in the current local day */
    public Duration lockTimeToday() {
        return guard.lockTimeToday();
    }
}
