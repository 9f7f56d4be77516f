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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Time between two instants, for the checks the managers make at every meter sample.
 * <p>
 * {@code Duration.between(a, b)} divides by 10⁹ twice (building the duration, then reading it back) and makes an
 * object; a replay of a year of one-second samples asks millions of times. These give the same answers from the
 * instants' seconds and nanoseconds with no division and no object.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Elapsed {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Elapsed() {
    }

    /**
     * @return nanoseconds from {@code from} to {@code to}, negative when {@code to} is earlier; as
     *         {@code Duration.between(from, to).toNanos()}
     * @throws ArithmeticException when that does not fit in a long (instants more than 292 years apart)
     */
    public static long nanos(Instant from, Instant to) {
        long seconds = Math.subtractExact(to.getEpochSecond(), from.getEpochSecond());
        return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), to.getNano() - from.getNano());
    }

    /**
     * @return whether more than {@code limit} passed from {@code from} to {@code to}; as
     *         {@code Duration.between(from, to).compareTo(limit) > 0}, for any two instants
     */
    public static boolean exceeds(Instant from, Instant to, Duration limit) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        int nanos = to.getNano() - from.getNano();
        if (nanos < 0) {
            seconds--;
            nanos += NANOS_PER_SECOND;
        }
        return seconds > limit.getSeconds() || seconds == limit.getSeconds() && nanos > limit.getNano();
    }
}
