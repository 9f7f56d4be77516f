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
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.Arbitration;
import org.openhab.smartgrid.core.arbiter.ManualOverride;
import org.openhab.smartgrid.core.arbiter.ModeArbiter;
import org.openhab.smartgrid.core.arbiter.ModeRequests;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardDecision;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.guard.GuardSnapshot;
import org.openhab.smartgrid.core.guard.ModeGuard;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The SG-Ready engine the adapters call: the requests of every source, the {@link ModeArbiter} and the
 * {@link ModeGuard}.
 * <p>
 * Adapters set requests as they change (each setter takes the instant of the change, reported as
 * {@link SgStepResult#wantedSince()} when it changes the wanted mode or its source), call {@link #step} after
 * each change, write {@link SgStepResult#relays()} to both relays together, and schedule the next step at
 * {@link SgStepResult#nextStepAt()}. Steps are cheap and idempotent. The controller is not thread-safe: call it
 * from one thread (or under one lock).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SgController {

    private final ModeArbiter arbiter;
    private final ModeGuard guard;
    private ModeRequests requests = ModeRequests.NONE;
    private @Nullable Arbitration arbitration;
    private @Nullable Instant changedAt;
    private @Nullable Instant wantedSince;
    private @Nullable Arbitration lastWinner;

    /**
     * @param config the guard settings
     * @param pvSurplusMode the mode asked for on PV surplus, BOOST or COMFORT
     * @param zone the time zone whose local midnight resets the daily lock counters
     * @throws IllegalArgumentException when {@code pvSurplusMode} is neither BOOST nor COMFORT
     */
    public SgController(GuardConfig config, SgMode pvSurplusMode, ZoneId zone) {
        this.arbiter = new ModeArbiter(pvSurplusMode);
        this.guard = new ModeGuard(config, zone);
    }

    public GuardConfig config() {
        return guard.config();
    }

    /** @return what every source asks for now */
    public ModeRequests requests() {
        return requests;
    }

    /** The grid operator's lock contact changed (mandatory EVU while active). */
    public void setGridLock(boolean active, Instant now) {
        update(requests.withGridLock(active), now);
    }

    /** The load manager starts or stops shedding the heat pump (EVU while active, within the guards). */
    public void setPeakShed(boolean active, Instant now) {
        update(requests.withPeakShed(active), now);
    }

    /** The energy manager has (or no longer has) PV surplus for the heat pump. */
    public void setPvSurplus(boolean active, Instant now) {
        update(requests.withPvSurplus(active), now);
    }

    /** A comfort request (e.g. a cheap-tariff window) starts or ends. */
    public void setComfortRequest(boolean active, Instant now) {
        update(requests.withComfort(active), now);
    }

    /**
     * A user chooses a mode by hand.
     *
     * @param mode the chosen mode
     * @param expiresAt when control returns to automatic, null to keep it until {@link #releaseManualOverride}
     * @param now the instant of the choice
     */
    public void setManualOverride(SgMode mode, @Nullable Instant expiresAt,
            Instant now) {
        update(requests.withManual(new ManualOverride(mode, expiresAt)), now);
    }

    /**
     * A user chooses a mode by hand for a while.
     *
     * @throws IllegalArgumentException when the duration is not positive
     */
    public void setManualOverride(SgMode mode, Duration duration, Instant now) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("manual override duration must be more than 0 s, was " + duration);
        }
        setManualOverride(mode, now.plus(duration), now);
    }

    /** {@code AUTO}: control returns to the automatic sources. */
    public void releaseManualOverride(Instant now) {
        update(requests.withManual(null), now);
    }

    /**
     * Applies a manual mode command as a user or rule sends it: a mode name or {@code AUTO}.
     *
     * @param command {@code NORMAL}, {@code COMFORT}, {@code EVU}, {@code BOOST} or {@code AUTO}, any case
     * @param expiresAt when a chosen mode returns to automatic, null for never
     * @throws IllegalArgumentException naming {@code manualMode} and the allowed values
     */
    public void applyManualCommand(String command, @Nullable Instant expiresAt, Instant now) {
        SgMode mode = ManualOverride.parseCommand(command);
        if (mode == null) {
            releaseManualOverride(now);
        } else {
            setManualOverride(mode, expiresAt, now);
        }
    }

    private void update(ModeRequests changed, Instant now) {
        if (!changed.equals(requests)) {
            requests = changed;
            arbitration = null;
            changedAt = now;
        }
    }

    /**
     * Arbitrates and lets through what the guards allow at {@code now}. Idempotent: a second step at the same
     * instant changes nothing and reports no events.
     */
    public SgStepResult step(Instant now) {
        ManualOverride manual = requests.manual();
        if (manual != null && !manual.isActiveAt(now)) {
            Instant expiry = manual.expiresAt();
            update(requests.withManual(null), expiry == null ? now : expiry);
        }
        Arbitration current = arbitration;
        if (current == null) {
            current = arbiter.arbitrate(requests, now);
            arbitration = current;
        }
        Instant since = wantedSince;
        if (since == null || !sameWinner(lastWinner, current)) {
            Instant changed = changedAt;
            since = changed == null || changed.isAfter(now) ? now : changed;
            wantedSince = since;
            lastWinner = current;
        }
        GuardDecision decision = guard.step(now, current.wanted(), current.source());
        Instant next = decision.nextStepAt();
        Instant expiry = current.validUntil();
        if (expiry != null && expiry.isBefore(next)) {
            next = expiry;
        }
        return new SgStepResult(current, since, decision, next);
    }

    private static boolean sameWinner(@Nullable Arbitration a, Arbitration b) {
        return a != null && a.wanted() == b.wanted() && a.source() == b.source();
    }

    /** @return the state to save across a restart, null before the first step */
    public @Nullable SgControllerSnapshot snapshot() {
        GuardSnapshot saved = guard.snapshot();
        return saved == null ? null : new SgControllerSnapshot(saved, requests.manual());
    }

    /**
     * Restores a saved state. A missing, corrupt or inconsistent snapshot leaves the guards with the most
     * restrictive history (a lock just ended, relays NORMAL); the returned event says which it was, and the next
     * step reports it too. The requests other than the manual override are not saved: feed them again before the
     * next step.
     */
    public GuardEvent restore(@Nullable SgControllerSnapshot snapshot, Instant now) {
        update(requests.withManual(snapshot == null ? null : snapshot.manual()), now);
        return guard.restore(snapshot == null ? null : snapshot.guard(), now);
    }

    /** Restores a state saved with {@link SgControllerSnapshot#encode()}; corrupt text counts as unknown. */
    public GuardEvent restore(@Nullable String encoded, Instant now) {
        return restore(encoded == null ? null : SgControllerSnapshot.decode(encoded), now);
    }
}
