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
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SheddableLoadConfig(String name, int priority, double power, double restoreHysteresis,
        Duration minShedTime, Duration minReleaseTime, boolean shedFeedback) {

    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 12;
    public static final double DEFAULT_RESTORE_HYSTERESIS = 200;
    public static final Duration DEFAULT_MIN_SHED_TIME = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MIN_RELEASE_TIME = Duration.ofMinutes(10);

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
        return new SheddableLoadConfig(name, priority, power, watts, minShedTime, minReleaseTime, shedFeedback);
    }

    public SheddableLoadConfig withMinShedTime(Duration time) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, time, minReleaseTime, shedFeedback);
    }

    public SheddableLoadConfig withMinReleaseTime(Duration time) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, minShedTime, time, shedFeedback);
    }

    public SheddableLoadConfig withShedFeedback(boolean feedback) {
        return new SheddableLoadConfig(name, priority, power, restoreHysteresis, minShedTime, minReleaseTime, feedback);
    }
}
