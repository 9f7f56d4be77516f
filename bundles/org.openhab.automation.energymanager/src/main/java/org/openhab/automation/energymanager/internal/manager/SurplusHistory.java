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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The surplus of an energy manager's recent steps, to answer "at least W for at least s". Each value holds from its
 * step until the next one. Not thread-safe: the adapter synchronizes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SurplusHistory {

    private record Sample(Instant at, double watts) {
    }

    private final Duration keep;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /** @param keep how far back questions may reach */
    SurplusHistory(Duration keep) {
        this.keep = keep;
    }

    /** @param watts the surplus from {@code at} on; negative infinity when the meter is stale */
    void add(Instant at, double watts) {
        Sample last = samples.peekLast();
        if (last != null && at.isBefore(last.at())) {
            // a clock that went backwards: start over rather than claim a surplus that was not seen
            samples.clear();
        }
        samples.addLast(new Sample(at, watts));
        Instant horizon = at.minus(keep);
        // keep the sample in force at the horizon: it covers the start of the longest question
        while (samples.size() > 1) {
            Iterator<Sample> it = samples.iterator();
            it.next();
            if (it.next().at().isAfter(horizon)) {
                break;
            }
            samples.removeFirst();
        }
    }

    /**
     * @return whether every sample in force during [{@code now - duration}, {@code now}] was at least
     *         {@code watts}; false when the history does not reach back that far
     */
    boolean heldAtLeast(double watts, Duration duration, Instant now) {
        Instant from = now.minus(duration);
        Iterator<Sample> it = samples.descendingIterator();
        while (it.hasNext()) {
            Sample sample = it.next();
            if (sample.at().isAfter(now)) {
                continue;
            }
            if (sample.watts() < watts) {
                return false;
            }
            if (!sample.at().isAfter(from)) {
                return true;
            }
        }
        return false;
    }
}
