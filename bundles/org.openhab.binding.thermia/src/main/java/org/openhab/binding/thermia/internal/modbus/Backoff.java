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
package org.openhab.binding.thermia.internal.modbus;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Retry delays that double after each failure (1 s, 2 s, 4 s, …) up to a cap, and start over after a success.
 * <p>
 * It only computes delays; it reads no clock and schedules nothing. The handler asks {@link #nextDelay()} after a
 * failed write or poll, schedules the retry itself, and calls {@link #reset()} when one succeeds.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Backoff {

    public static final Duration DEFAULT_INITIAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration max;
    private Duration next;
    private int failures;

    /** A backoff of 1 s, 2 s, 4 s … capped at 60 s. */
    public Backoff() {
        this(DEFAULT_INITIAL, DEFAULT_MAX);
    }

    /**
     * @throws IllegalArgumentException when {@code initial} is not positive or {@code max} is below it
     */
    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff must be at least the initial " + initial + ", was " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** @return the delay before the next attempt after one more failure; each call doubles the following delay */
    public synchronized Duration nextDelay() {
        Duration delay = next;
        failures++;
        // compare before doubling, so a large cap can never overflow
        next = next.compareTo(max.dividedBy(2)) > 0 ? max : next.multipliedBy(2);
        return delay;
    }

    /** Starts over at the initial delay, after a success. */
    public synchronized void reset() {
        next = initial;
        failures = 0;
    }

    /** @return how many failures since the last success (or since creation) */
    public synchronized int failures() {
        return failures;
    }
}
