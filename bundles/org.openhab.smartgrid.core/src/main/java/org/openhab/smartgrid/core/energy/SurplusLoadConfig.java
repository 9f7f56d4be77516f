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
package org.openhab.smartgrid.core.energy;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One load of the energy manager, with Loxone's per-output parameters (Loxone names in brackets).
 *
 * @param name unique within the manager
 * @param priority 1 (highest) to 12 ("Prioriteit")
 * @param switchOnPower W of surplus needed to start, 0 or more ("Inschakelvermogen")
 * @param power W the load draws when on, more than 0 ("Vermogen")
 * @param activationDelay how long the start condition must hold before the load starts ("Activeringsduur")
 * @param minOnTime the least time the load stays on once started ("Min. inschakelduur")
 * @param minOffTime the least time the load stays off once stopped ("Min. uitschakelduur")
 * @param minOnTimePerDay runtime the load gets every day, from grid power if need be; 0 = none
 *            ("Min. inschakelduur/dag")
 * @param dailyDeadline when the daily minimum must be reached ("Einde min. inschakelduur/dag")
 * @param stopThreshold W of import beyond the manager's offset a running load tolerates before it counts as
 *            without surplus; negative: it needs that much export to keep running (evcc: disable.threshold)
 * @param stopDelay how long a running load must be without surplus before it stops (evcc: disable.delay)
 * @param stopTemperature °C at which the load's temperature (a tank's) ends its surplus run, until it has dropped
 *            by {@link #TEMPERATURE_HYSTERESIS}; 0 = none ("boost until")
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SurplusLoadConfig(String name, int priority, double switchOnPower, double power,
        Duration activationDelay, Duration minOnTime, Duration minOffTime, Duration minOnTimePerDay,
        DailyDeadline dailyDeadline, double stopThreshold, Duration stopDelay, double stopTemperature) {

    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 12;
    private static final Duration ONE_DAY = Duration.ofHours(24);
    /**
     * K the temperature must drop below {@link #stopTemperature} before surplus may start the load again: a tank
     * that cools by a few tenths must not start a new boost at once (the heat pump's own tap water hysteresis is 5 K
     * or more, so 3 K restarts a boost before the heat pump would start on its own).
     */
    public static final double TEMPERATURE_HYSTERESIS = 3.0;
    /**
     * The age at which a temperature reading no longer counts: a sensor that stopped reporting must not keep a load
     * off for ever. The Thermia Thing polls every 30 s by default (at most every hour).
     */
    public static final Duration TEMPERATURE_STALE_AFTER = Duration.ofHours(1);

    /**
     * @throws IllegalArgumentException naming the load, the parameter and its allowed range
     */
    public SurplusLoadConfig {
        if (name.isBlank()) {
            throw new IllegalArgumentException("load name must not be blank");
        }
        if (priority < HIGHEST_PRIORITY || priority > LOWEST_PRIORITY) {
            throw invalid(name, "priority", "must be 1 (highest) to 12 (lowest), was " + priority);
        }
        if (!(power > 0) || !Double.isFinite(power)) {
            throw invalid(name, "power", "must be more than 0 W, was " + power + " W");
        }
        if (!(switchOnPower >= 0) || !Double.isFinite(switchOnPower)) {
            throw invalid(name, "switchOnPower", "must be 0 W or more, was " + switchOnPower + " W");
        }
        requireNotNegative(name, "activationDelay", activationDelay);
        requireNotNegative(name, "minOnTime", minOnTime);
        requireNotNegative(name, "minOffTime", minOffTime);
        requireNotNegative(name, "minOnTimePerDay", minOnTimePerDay);
        requireNotNegative(name, "stopDelay", stopDelay);
        if (!Double.isFinite(stopThreshold)) {
            throw invalid(name, "stopThreshold", "must be a number of W, was " + stopThreshold);
        }
        if (!(stopTemperature >= 0 && stopTemperature <= 100)) {
            throw invalid(name, "stopTemperature", "must be 0 (none) to 100 °C, was " + stopTemperature + " °C");
        }
        if (minOnTimePerDay.compareTo(ONE_DAY) > 0) {
            throw invalid(name, "minOnTimePerDay",
                    "must be 0 to 1440 min, was " + minOnTimePerDay.toMinutes() + " min");
        }
    }

    private static void requireNotNegative(String load, String parameter, Duration value) {
        if (value.isNegative()) {
            throw invalid(load, parameter, "must be 0 s or more, was " + value.toSeconds() + " s");
        }
    }

    static IllegalArgumentException invalid(String load, String parameter, String problem) {
        return new IllegalArgumentException("load '" + load + "': " + parameter + " " + problem);
    }

    /** @return whether a temperature reaching {@link #stopTemperature} ends the load's surplus run */
    public boolean hasStopTemperature() {
        return stopTemperature > 0;
    }

    /** @return whether the load has a daily minimum runtime */
    public boolean hasDailyMinimum() {
        return !minOnTimePerDay.isZero();
    }

    /**
     * Starts a configuration with our defaults: priority 1, switch-on power = power, every time 0, deadline end
     * of day, stop threshold 0 W (a load stops on any import above the offset).
     *
     * @param name the load's name
     * @param power W the load draws when on
     */
    public static Builder builder(String name, double power) {
        return new Builder(name, power);
    }

    /**
     * Builds a {@link SurplusLoadConfig} parameter by parameter.
     */
    public static final class Builder {
        private final String name;
        private final double power;
        private int priority = HIGHEST_PRIORITY;
        private @Nullable Double switchOnPower;
        private Duration activationDelay = Duration.ZERO;
        private Duration minOnTime = Duration.ZERO;
        private Duration minOffTime = Duration.ZERO;
        private Duration minOnTimePerDay = Duration.ZERO;
        private DailyDeadline dailyDeadline = DailyDeadline.END_OF_DAY;
        private double stopThreshold;
        private Duration stopDelay = Duration.ZERO;
        private double stopTemperature;

        private Builder(String name, double power) {
            this.name = name;
            this.power = power;
        }

        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        public Builder switchOnPower(double watts) {
            this.switchOnPower = watts;
            return this;
        }

        public Builder activationDelay(Duration value) {
            this.activationDelay = value;
            return this;
        }

        public Builder minOnTime(Duration value) {
            this.minOnTime = value;
            return this;
        }

        public Builder minOffTime(Duration value) {
            this.minOffTime = value;
            return this;
        }

        public Builder minOnTimePerDay(Duration value) {
            this.minOnTimePerDay = value;
            return this;
        }

        public Builder dailyDeadline(DailyDeadline value) {
            this.dailyDeadline = value;
            return this;
        }

        public Builder stopThreshold(double watts) {
            this.stopThreshold = watts;
            return this;
        }

        public Builder stopDelay(Duration value) {
            this.stopDelay = value;
            return this;
        }

        public Builder stopTemperature(double celsius) {
            this.stopTemperature = celsius;
            return this;
        }

        /** @throws IllegalArgumentException as the record's constructor */
        public SurplusLoadConfig build() {
            Double onPower = switchOnPower;
            return new SurplusLoadConfig(name, priority, onPower == null ? power : onPower, power, activationDelay,
                    minOnTime, minOffTime, minOnTimePerDay, dailyDeadline, stopThreshold, stopDelay,
                    stopTemperature);
        }
    }
}
