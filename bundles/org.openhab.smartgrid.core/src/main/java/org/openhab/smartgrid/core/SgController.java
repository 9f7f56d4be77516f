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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.Arbitration;
import org.openhab.smartgrid.core.arbiter.ExpiredRequest;
import org.openhab.smartgrid.core.arbiter.ManualOverride;
import org.openhab.smartgrid.core.arbiter.ModeArbiter;
import org.openhab.smartgrid.core.arbiter.ModeRequests;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.arbiter.ProvisionalRequests;
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
 * <p>
 * Requests restored from storage after a restart ({@link #restoreRequest}) are provisional until a fresh value
 * confirms them, and end by the rule of {@link ProvisionalRequests}; the step at which one ends reports it in
 * {@link SgStepResult#expiredRequests()}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SgController {

    private final ModeArbiter arbiter;
    private final ModeGuard guard;
    private final ProvisionalRequests provisional;
    /** When each ON/OFF request that is ON was switched ON (stored, so that a restored request can end in time). */
    private final Map<ModeSource, Instant> switchedOn = new EnumMap<>(ModeSource.class);
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
        this(config, pvSurplusMode, zone, ProvisionalRequests.DEFAULT_WINDOW);
    }

    /**
     * @param config the guard settings
     * @param pvSurplusMode the mode asked for on PV surplus, BOOST or COMFORT
     * @param zone the time zone whose local midnight resets the daily lock counters
     * @param maxGridLock how long after it was switched ON a restored request that nothing confirms ends (the
     *            utility's longest lock block, {@code maxGridLockMinutes})
     * @throws IllegalArgumentException when {@code pvSurplusMode} is neither BOOST nor COMFORT, or
     *             {@code maxGridLock} is outside 1 to 1440 min
     */
    public SgController(GuardConfig config, SgMode pvSurplusMode, ZoneId zone, Duration maxGridLock) {
        this.arbiter = new ModeArbiter(pvSurplusMode);
        this.guard = new ModeGuard(config, zone);
        this.provisional = new ProvisionalRequests(maxGridLock);
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
        setRequest(ModeSource.GRID_LOCK, active, now);
    }

    /** The load manager starts or stops shedding the heat pump (EVU while active, within the guards). */
    public void setPeakShed(boolean active, Instant now) {
        setRequest(ModeSource.PEAK_SHED, active, now);
    }

    /** The energy manager has (or no longer has) PV surplus for the heat pump. */
    public void setPvSurplus(boolean active, Instant now) {
        setRequest(ModeSource.PV_SURPLUS, active, now);
    }

    /** A comfort request (e.g. a cheap-tariff window) starts or ends. */
    public void setComfortRequest(boolean active, Instant now) {
        setRequest(ModeSource.COMFORT_REQUEST, active, now);
    }

    /**
     * A fresh value of an ON/OFF request: a command, or the linked item's state read after a restart. It confirms a
     * restored request (which is then no longer provisional), whatever the value.
     *
     * @param source one of the ON/OFF request sources ({@link ModeSource#isOnOffRequest()})
     * @throws IllegalArgumentException for the manual override or {@code DEFAULT}
     */
    public void setRequest(ModeSource source, boolean active, Instant now) {
        ModeRequests changed = requests.with(source, active);
        provisional.confirmed(source);
        if (!active) {
            switchedOn.remove(source);
        } else if (!switchedOn.containsKey(source)) {
            // only a switch from OFF counts: a repeated ON is the same lock block, its window does not move
            switchedOn.put(source, now);
        }
        update(changed, now);
    }

    /**
     * Restores an ON/OFF request saved before a restart. A request restored ON is provisional: it ends by the rule
     * of {@link ProvisionalRequests} unless a fresh value ({@link #setRequest}) confirms it first.
     *
     * @param source one of the ON/OFF request sources
     * @param active the saved value
     * @param since when the request was switched ON, as saved ({@link #requestedSince}); null when the store does
     *            not say, and the time then counts from {@code now}
     * @param now the instant of the restart
     * @throws IllegalArgumentException for the manual override or {@code DEFAULT}
     */
    public void restoreRequest(ModeSource source, boolean active, @Nullable Instant since, Instant now) {
        ModeRequests changed = requests.with(source, active);
        if (active) {
            switchedOn.put(source, provisional.restored(source, since, now));
        } else {
            provisional.confirmed(source);
            switchedOn.remove(source);
        }
        update(changed, now);
    }

    /** @return when the request was last switched ON, null while it is OFF (for {@link #restoreRequest}) */
    public @Nullable Instant requestedSince(ModeSource source) {
        return switchedOn.get(source);
    }

    /** @return whether the request was restored from storage and nothing has confirmed it yet */
    public boolean isProvisional(ModeSource source) {
        return provisional.isProvisional(source);
    }

    /** @return when the restored request ends unless something confirms it first, null when it is not provisional */
    public @Nullable Instant provisionalUntil(ModeSource source) {
        return provisional.endOf(source);
    }

    /** @return how long after it was switched ON a restored request that nothing confirms ends */
    public Duration maxGridLock() {
        return provisional.window();
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
        List<ExpiredRequest> expired = provisional.endAt(now);
        for (ExpiredRequest end : expired) {
            switchedOn.remove(end.source());
            update(requests.with(end.source(), false), end.endedAt());
        }
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
        Instant provisionalEnd = provisional.nextEnd();
        if (provisionalEnd != null && provisionalEnd.isBefore(next)) {
            next = provisionalEnd;
        }
        return new SgStepResult(current, since, decision, next, expired);
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
     * step reports it too. The requests other than the manual override are not in the snapshot: feed them again
     * ({@link #restoreRequest}, or fresh values) before the next step.
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
