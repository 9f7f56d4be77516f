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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The settings of the guards between the mode arbiter and the relays (DESIGN §3.3). Each component has a
 * configuration parameter of the same meaning, named in the error messages: {@code minLockMinutes},
 * {@code minReleaseMinutes}, {@code maxLockMinutes}, {@code maxLocksPerDay}, {@code maxLockMinutesPerDay},
 * {@code minModeDwellSeconds}.
 * <p>
 * Allowed ranges: {@code 1 <= maxLockMinutes <= maxLockMinutesPerDay <= 1440}; {@code 0 <= minLockMinutes <=
 * maxLockMinutes} (a hold longer than the budget could never be kept); {@code 0 <= minReleaseMinutes <= 1440};
 * {@code 0 <= maxLocksPerDay <= 48} (0: this system never locks on its own; the grid operator's lock still
 * works); {@code 0 <= minModeDwellSeconds <= min(3600, maxLockMinutes x 60)}.
 *
 * @param minLock lock hold: an applied EVU stays at least this long (default 10 min)
 * @param minRelease lock re-arm: after EVU ends it may come back only after this long (default 10 min)
 * @param maxLockPerBlock the longest lock this system applies on its own in one block (default 120 min)
 * @param maxLocksPerDay the most lock blocks per day for a lock this system starts (default 3)
 * @param maxLockPerDay the most lock time per day for a lock this system applies (default 360 min)
 * @param minModeDwell the relays change at most once per this time, except for the grid operator's lock
 *            (default 60 s)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GuardConfig(Duration minLock, Duration minRelease, Duration maxLockPerBlock, int maxLocksPerDay,
        Duration maxLockPerDay, Duration minModeDwell) {

    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    private static final int MAX_LOCKS_PER_DAY_LIMIT = 48;

    public static final int DEFAULT_MIN_LOCK_MINUTES = 10;
    public static final int DEFAULT_MIN_RELEASE_MINUTES = 10;
    public static final int DEFAULT_MAX_LOCK_MINUTES = 120;
    public static final int DEFAULT_MAX_LOCKS_PER_DAY = 3;
    public static final int DEFAULT_MAX_LOCK_MINUTES_PER_DAY = 360;
    public static final int DEFAULT_MIN_MODE_DWELL_SECONDS = 60;

    /** The seed's and the utilities' numbers: 10/10 min, 120 min per block, 3 blocks and 360 min per day, 60 s. */
    public static final GuardConfig DEFAULTS = ofMinutes(DEFAULT_MIN_LOCK_MINUTES, DEFAULT_MIN_RELEASE_MINUTES,
            DEFAULT_MAX_LOCK_MINUTES, DEFAULT_MAX_LOCKS_PER_DAY, DEFAULT_MAX_LOCK_MINUTES_PER_DAY,
            DEFAULT_MIN_MODE_DWELL_SECONDS);

    /** @throws IllegalArgumentException naming the parameter and its allowed range */
    public GuardConfig {
        requireMinutes("maxLockMinutes", maxLockPerBlock, Duration.ofMinutes(1), "", ONE_DAY, "");
        requireMinutes("maxLockMinutesPerDay", maxLockPerDay, maxLockPerBlock, " (maxLockMinutes)", ONE_DAY, "");
        requireMinutes("minLockMinutes", minLock, Duration.ZERO, "", maxLockPerBlock,
                " (the maxLockMinutes budget)");
        requireMinutes("minReleaseMinutes", minRelease, Duration.ZERO, "", ONE_DAY, "");
        if (maxLocksPerDay < 0 || maxLocksPerDay > MAX_LOCKS_PER_DAY_LIMIT) {
            throw new IllegalArgumentException("maxLocksPerDay must be between 0 and " + MAX_LOCKS_PER_DAY_LIMIT
                    + ", was " + maxLocksPerDay);
        }
        Duration maxDwell = maxLockPerBlock.compareTo(ONE_HOUR) < 0 ? maxLockPerBlock : ONE_HOUR;
        if (minModeDwell.isNegative() || minModeDwell.compareTo(maxDwell) > 0) {
            throw new IllegalArgumentException("minModeDwellSeconds must be between 0 and " + seconds(maxDwell)
                    + (maxDwell.equals(ONE_HOUR) ? "" : " (maxLockMinutes x 60)") + ", was " + seconds(minModeDwell));
        }
    }

    /**
     * Builds a configuration from the numbers of a Thing or rule configuration.
     *
     * @throws IllegalArgumentException naming the parameter and its allowed range
     */
    public static GuardConfig ofMinutes(long minLockMinutes, long minReleaseMinutes, long maxLockMinutes,
            int maxLocksPerDay, long maxLockMinutesPerDay, long minModeDwellSeconds) {
        return new GuardConfig(Duration.ofMinutes(minLockMinutes), Duration.ofMinutes(minReleaseMinutes),
                Duration.ofMinutes(maxLockMinutes), maxLocksPerDay, Duration.ofMinutes(maxLockMinutesPerDay),
                Duration.ofSeconds(minModeDwellSeconds));
    }

    /** @return the shortest lock block there can be: the hold, or the dwell when that is longer */
    public Duration minBlock() {
        return minLock.compareTo(minModeDwell) >= 0 ? minLock : minModeDwell;
    }

    /** @return the most lock time per day this system applies on its own: the daily budget or blocks x block */
    public Duration dailyLockLimit() {
        Duration byBlocks = maxLockPerBlock.multipliedBy(maxLocksPerDay);
        return byBlocks.compareTo(maxLockPerDay) < 0 ? byBlocks : maxLockPerDay;
    }

    /**
     * The lock budget links to the heat pump's sizing (DESIGN §3.6): a heat pump sized for 2 h of daily lock
     * should not be locked 6 h by peak shedding.
     *
     * @param sizedLockPerDay the daily lock time the heat pump was sized for (its dimensioning factor)
     * @return whether this system may lock the heat pump longer per day than it was sized for
     */
    public boolean exceedsSizing(Duration sizedLockPerDay) {
        return dailyLockLimit().compareTo(sizedLockPerDay) > 0;
    }

    private static void requireMinutes(String name, Duration value, Duration min, String minNote, Duration max,
            String maxNote) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + minutes(min) + minNote + " and "
                    + minutes(max) + maxNote + ", was " + minutes(value));
        }
    }

    /** @return whole minutes as an integer, otherwise as a decimal, e.g. {@code 150} or {@code 10.5} */
    static String minutes(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
