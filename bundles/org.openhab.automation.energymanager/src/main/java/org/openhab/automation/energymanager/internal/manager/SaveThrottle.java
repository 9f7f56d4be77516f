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
package org.openhab.automation.energymanager.internal.manager;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * When a manager saves its state: at once when what a restart needs has changed (a load switched or was shed, a
 * force, the month peak, a new quarter or day), otherwise at most once every {@link #EVERY}.
 * <p>
 * Saving after every meter event cost the add-on most of its time per event (openHAB's JSON storage writes a tree and
 * reads back the value it replaces; see docs/performance.md). What a restart may lose is at most a minute of the
 * running quarter's energy and of a load's runtime today. Both err on the safe side: the time after the last save
 * counts as unmeasured, which the quarter's allowance books as spent at the limit, and a daily minimum runtime runs
 * at most a minute longer.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SaveThrottle {

    static final Duration EVERY = Duration.ofMinutes(1);

    private @Nullable Object savedKey;
    private @Nullable Instant savedAt;

    /**
     * @param key what a restart needs that cannot wait (compared with {@code equals})
     * @return whether to save now; when true, the save is taken as done
     */
    boolean due(Instant now, Object key) {
        Instant last = savedAt;
        if (last != null && key.equals(savedKey) && now.isBefore(last.plus(EVERY)) && !now.isBefore(last)) {
            return false;
        }
        savedKey = key;
        savedAt = now;
        return true;
    }
}
