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
package org.openhab.smartgrid.core.load;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One load the load manager may shed (one output L1…L12 of the Loxone Lastmanager), validated on construction.
 * <p>
 * The two lock times are the utility lock rule of the German lock-time guide, applied by the one
 * {@link org.openhab.smartgrid.core.guard.LockTimingGuard}: a shed holds at least {@code minShedTime}; after a restore
 * the same load is shed again no sooner than {@code minReleaseTime} later. A load behind a heat pump Thing has the
 * Thing's own guard as well; both default to the same 10 minutes, so they agree.
 *
 * @param name unique name of the load, used in commands, reports and messages
 * @param priority 1 (most important, shed last, restored first) … 12 (shed first)
 * @param power W the load draws while it runs, so W freed when it is shed; more than 0
 * @param restoreHysteresis W of headroom required on top of {@code power} before the load is restored; 0 or more
 * @param minShedTime minimum time a shed holds; 0 or more
 * @param minReleaseTime minimum time between a restore and the next shed of the same load; 0 or more
 * @param shedFeedback whether the adapter reports with {@code LoadManager.reportShedState} when the device has
 *            really carried out a shed or restore; without feedback a command counts as carried out at once
 * @param maxShedTime the longest one shed may last, then the load is restored (the heat pump Thing's
 *            {@code maxLockMinutes}); zero: no limit
 * @param maxShedsPerDay the most sheds that may start in a local day (the Thing's {@code maxLocksPerDay}); 0: no
 *            limit
 * @param maxShedTimePerDay the most shed time in a local day (the Thing's {@code maxLockMinutesPerDay}); zero: no
 *            limit. With any of the three set, a load is also not shed again before it has run as long as its last
 *            shed lasted, as the Thing's guard requires.
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SheddableLoadConfig(String name, int priority, double power, double restoreHysteresis,
        Duration minShedTime, Duration minReleaseTime, boolean shedFeedback, Duration maxShedTime, int maxShedsPerDay,
        Duration maxShedTimePerDay) {

    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 12;
    public static final double DEFAULT_RESTORE_HYSTERESIS = 200;
    public static final Duration DEFAULT_MIN_SHED_TIME = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MIN_RELEASE_TIME = Duration.ofMinutes(10);
    /** The most sheds per day that can be given: one every 15 minutes. */
    public static final int MAX_SHEDS_PER_DAY_LIMIT = 96;
    private static final Duration ONE_DAY = Duration.ofDays(1);

    public SheddableLoadConfig {
        if (name.isBlank()) {
            throw new IllegalArgumentException("load name must not be blank");
        }
        if (priority < HIGHEST_PRIORITY || priority > LOWEST_PRIORITY) {
            throw invalid(name, "priority", "must be " + HIGHEST_PRIORITY + " (highest) … " + LOWEST_PRIORITY
                    + " (lowest), was " + priority);
        }
        if (!Double.isFinite(power) || power <= 0) {
            throw invalid(name, "power", "must be more than 0 W, was " + power + " W");
        }
        if (!Double.isFinite(restoreHysteresis) || restoreHysteresis < 0) {
            throw invalid(name, "restoreHysteresis", "must be 0 W or more, was " + restoreHysteresis + " W");
        }
        if (minShedTime.isNegative()) {
            throw invalid(name, "minShedTime", "must be 0 s or more, was " + minShedTime);
        }
        if (minReleaseTime.isNegative()) {
            throw invalid(name, "minReleaseTime", "must be 0 s or more, was " + minReleaseTime);
        }
        requireLimit(name, "maxShedTime", maxShedTime, minShedTime);
        requireLimit(name, "maxShedTimePerDay", maxShedTimePerDay, maxShedTime.isZero() ? minShedTime : maxShedTime);
        if (maxShedsPerDay < 0 || maxShedsPerDay > MAX_SHEDS_PER_DAY_LIMIT) {
            throw invalid(name, "maxShedsPerDay",
                    "must be 0 (no limit) … " + MAX_SHEDS_PER_DAY_LIMIT + ", was " + maxShedsPerDay);
        }
    }

    /** A load with no shed budget (no {@code maxShedTime}, {@code maxShedsPerDay} or {@code maxShedTimePerDay}). */
    public SheddableLoadConfig(String name, int priority, double power, double restoreHysteresis, Duration minShedTime,
            Duration minReleaseTime, boolean shedFeedback) {
        this(name, priority, power, restoreHysteresis, minShedTime, minReleaseTime, shedFeedback, Duration.ZERO, 0,
                Duration.ZERO);
    }

    /** A limit is 0 (none) or at least the shortest shed it must hold, and at most a day. */
    private static void requireLimit(String load, String parameter, Duration limit, Duration atLeast) {
        if (limit.isZero()) {
            return;
        }
        if (limit.compareTo(atLeast) < 0 || limit.compareTo(ONE_DAY) > 0) {
            throw invalid(load, parameter, "must be 0 (no limit) or from " + minutes(atLeast) + " to 1440 min, was "
                    + minutes(limit));
        }
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** @return whether any of {@code maxShedTime}, {@code maxShedsPerDay}, {@code maxShedTimePerDay} is set */
    public boolean hasShedBudget() {
        return !maxShedTime.isZero() || maxShedsPerDay > 0 || !maxShedTimePerDay.isZero();
    }

    private static IllegalArgumentException invalid(String load, String parameter, String rule) {
        return new IllegalArgumentException("load '" + load + "': " + parameter + " " + rule);
    }

    /**
     * A load with the defaults: restore hysteresis {@value #DEFAULT_RESTORE_HYSTERESIS} W, 10 min shed, 10 min
     * release, no feedback.
     */
    public static SheddableLoadConfig of(String name, int priority, double power) {
        return new SheddableLoadConfig(name, priority, power, DEFAULT_RESTORE_HYSTERESIS, DEFAULT_MIN_SHED_TIME,
                DEFAULT_MIN_RELEASE_TIME, false);
    }

    public SheddableLoadConfig withRestoreHysteresis(double watts) {
        return new SheddableLoadConfig(name, priority, power, watts, minShedTime, minReleaseTime, shedFeedback,
                maxShedTime, maxShedsPerDay, maxShedTimePerDay);
    }

    public SheddableLoadConfig withMinShedTime(Duration time) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, time, minReleaseTime, shedFeedback,
                maxShedTime, maxShedsPerDay, maxShedTimePerDay);
    }

    public SheddableLoadConfig withMinReleaseTime(Duration time) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, minShedTime, time, shedFeedback,
                maxShedTime, maxShedsPerDay, maxShedTimePerDay);
    }

    public SheddableLoadConfig withShedFeedback(boolean feedback) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, minShedTime, minReleaseTime, feedback,
                maxShedTime, maxShedsPerDay, maxShedTimePerDay);
    }

    /** The shed budget: each limit 0 for none (see the record's parameters). */
    public SheddableLoadConfig withShedBudget(Duration perShed, int shedsPerDay, Duration perDay) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, minShedTime, minReleaseTime,
                shedFeedback, perShed, shedsPerDay, perDay);
    }
}
