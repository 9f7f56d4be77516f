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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The rule for ON/OFF requests restored from storage after a restart. The command that would have switched a
 * request OFF may have come while openHAB was down and is then lost: a grid lock restored without limit kept a heat
 * pump in EVU (no heating, no hot water) for hours. So a request restored ON is <em>provisional</em>:
 * <ul>
 * <li>a fresh value of the request (a command, or the linked item's state read at the restart) confirms it, or
 * switches it OFF; a confirmed request is an ordinary request again and never ends by this rule;</li>
 * <li>otherwise it ends when {@code maxGridLockMinutes} (the utility's longest lock block, 120 min in the lock-time
 * guide) have passed since it was last switched ON, or at the restart itself when that time passed during the
 * downtime. When the store does not say when the request was switched ON, the time counts from the restart.</li>
 * </ul>
 * The same rule applies to all four ON/OFF requests; for the grid lock it matters most, since the energy and load
 * manager rules send their commands again within seconds of openHAB starting.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ProvisionalRequests {

    /** The name of the parameter that sets the window, in minutes. */
    public static final String PARAMETER = "maxGridLockMinutes";
    /** The lock-time guide's longest utility lock block. */
    public static final int DEFAULT_MAX_GRID_LOCK_MINUTES = 120;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(DEFAULT_MAX_GRID_LOCK_MINUTES);

    private static final long MIN_MINUTES = 1;
    private static final long MAX_MINUTES = 1440;

    private final Duration window;
    /** The provisional requests, by source: when each was switched ON (or the restart) and when it ends. */
    private final Map<ModeSource, Pending> pending = new EnumMap<>(ModeSource.class);

    /**
     * @param window how long after it was switched ON a restored request ends unless confirmed
     * @throws IllegalArgumentException naming {@value #PARAMETER} and its range (1 to 1440 min)
     */
    public ProvisionalRequests(Duration window) {
        this.window = checkedWindow(window);
    }

    private static Duration checkedWindow(Duration window) {
        if (window.compareTo(Duration.ofMinutes(MIN_MINUTES)) < 0
                || window.compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
            throw new IllegalArgumentException(PARAMETER + " must be between " + MIN_MINUTES + " and " + MAX_MINUTES
                    + ", was " + window.toSeconds() / 60.0);
        }
        return window;
    }

    /** @return how long after it was switched ON an unconfirmed restored request ends */
    public Duration window() {
        return window;
    }

    /**
     * A request was restored ON from storage: it is provisional from now on.
     *
     * @param source an ON/OFF request source
     * @param switchedOn when it was last switched ON, as stored; null when the store does not say (an older store)
     * @param restart the instant of the restore
     * @return the instant the window counts from: {@code switchedOn}, or the restart when unknown or later
     * @throws IllegalArgumentException for a source that is no ON/OFF request
     */
    public Instant restored(ModeSource source, @Nullable Instant switchedOn, Instant restart) {
        if (!source.isOnOffRequest()) {
            throw new IllegalArgumentException(source + " is no ON/OFF request");
        }
        boolean known = switchedOn != null && !switchedOn.isAfter(restart);
        Instant from = known && switchedOn != null ? switchedOn : restart;
        Instant end = from.plus(window);
        pending.put(source, new Pending(from, known, end.isAfter(restart) ? end : restart));
        return from;
    }

    /** A fresh value of the request arrived: it is no longer provisional, whatever its value. */
    public void confirmed(ModeSource source) {
        pending.remove(source);
    }

    /** @return whether the source's request is a restored one that nothing has confirmed yet */
    public boolean isProvisional(ModeSource source) {
        return pending.containsKey(source);
    }

    /** @return when the source's provisional request ends unless confirmed, null when it is not provisional */
    public @Nullable Instant endOf(ModeSource source) {
        Pending request = pending.get(source);
        return request == null ? null : request.end;
    }

    /** @return when the next provisional request ends, null when none is provisional */
    public @Nullable Instant nextEnd() {
        Instant next = null;
        for (Pending request : pending.values()) {
            if (next == null || request.end.isBefore(next)) {
                next = request.end;
            }
        }
        return next;
    }

    /**
     * Ends the provisional requests whose time has come.
     *
     * @return the requests that end at or before {@code now}, in order of precedence; they are no longer provisional
     */
    public List<ExpiredRequest> endAt(Instant now) {
        List<ExpiredRequest> ended = List.of();
        for (Iterator<Map.Entry<ModeSource, Pending>> it = pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<ModeSource, Pending> entry = it.next();
            Pending request = entry.getValue();
            if (!request.end.isAfter(now)) {
                if (ended.isEmpty()) {
                    ended = new ArrayList<>();
                }
                ended.add(new ExpiredRequest(entry.getKey(), request.end, request.from, request.startKnown, window));
                it.remove();
            }
        }
        return ended;
    }

    /**
     * @param from when the request was switched ON, or the restart
     * @param startKnown whether {@code from} is the stored switch-on instant
     * @param end when the request ends unless confirmed
     */
    private record Pending(Instant from, boolean startKnown, Instant end) {
    }
}
