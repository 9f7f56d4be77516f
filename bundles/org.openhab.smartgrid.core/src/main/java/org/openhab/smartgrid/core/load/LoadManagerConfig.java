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
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The settings of one load manager (Loxone Lastmanager), validated on construction. {@code docs/load-manager.md}
 * explains each parameter beside its Loxone name.
 *
 * @param maxPower W the grid import must stay under (Loxone MaxP, "Max. vermogen"); more than 0. In PEAK mode the
 *            limit for the quarter-hour average, in OVERLOAD mode the limit for instantaneous import
 * @param mode what is watched
 * @param overloadPower W of instantaneous import that sheds in BOTH mode; 0 means "same as {@code maxPower}";
 *            not used in the other modes
 * @param followMonthPeak never shave below this month's highest finished quarter-hour (nor below
 *            {@code monthPeakFloor}): that peak is billed anyway
 * @param monthPeakFloor W below which following the month peak never shaves (Flemish capacity tariff: 2500 W)
 * @param staleAfter age after which a meter value no longer counts; more than 0 and at most 15 min
 * @param staleRestoreAfter how long the meter may stay missing, undefined or stale before the loads shed are
 *            restored (as their holds allow): a silent meter must not keep loads off without end; 1 min to 24 h
 * @param feedbackTimeout how long a command to a load with feedback counts as carried out while the device has
 *            not reported yet; 0 or more
 * @param zone time zone of the clock quarter-hours and of the month
 * @param signConvention how the grid meter signs its power, for {@code LoadManager.updateGridMeter}
 * @param loads the sheddable loads, names unique
 * @param quarterOffset how long after the clock's quarter-hours (:00, :15, :30, :45) the meter's quarters start, for
 *            a meter whose averaging interval is not the clock's (Loxone: what its Tr input synchronizes); 0 (clock
 *            quarters) to less than 15 min
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadManagerConfig(double maxPower, LoadManagerMode mode, double overloadPower, boolean followMonthPeak,
        double monthPeakFloor, Duration staleAfter, Duration staleRestoreAfter, Duration feedbackTimeout, ZoneId zone,
        SignConvention signConvention, List<SheddableLoadConfig> loads, Duration quarterOffset) {

    public static final LoadManagerMode DEFAULT_MODE = LoadManagerMode.OVERLOAD;
    public static final double DEFAULT_MONTH_PEAK_FLOOR = 2500;
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);
    public static final Duration DEFAULT_FEEDBACK_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration MAX_STALE_AFTER = Duration.ofMinutes(15);
    /** One quarter-hour: the quarter a silent meter began in is lost anyway; the heat pump gets its heat back. */
    public static final Duration DEFAULT_STALE_RESTORE_AFTER = Duration.ofMinutes(15);
    public static final Duration MAX_STALE_RESTORE_AFTER = Duration.ofHours(24);
    /** The largest quarter offset: one second short of a quarter-hour. */
    public static final Duration MAX_QUARTER_OFFSET = QuarterHourMeter.QUARTER.minusSeconds(1);

    public LoadManagerConfig {
        loads = List.copyOf(loads);
        if (!Double.isFinite(maxPower) || maxPower <= 0) {
            throw new IllegalArgumentException("maxPower must be more than 0 W, was " + maxPower + " W");
        }
        if (!Double.isFinite(overloadPower) || overloadPower < 0) {
            throw new IllegalArgumentException(
                    "overloadPower must be 0 W (same as maxPower) or more, was " + overloadPower + " W");
        }
        if (!Double.isFinite(monthPeakFloor) || monthPeakFloor < 0) {
            throw new IllegalArgumentException("monthPeakFloor must be 0 W or more, was " + monthPeakFloor + " W");
        }
        if (staleAfter.isNegative() || staleAfter.isZero() || staleAfter.compareTo(MAX_STALE_AFTER) > 0) {
            throw new IllegalArgumentException("staleAfter must be more than 0 s and at most 15 min, was " + staleAfter);
        }
        if (staleRestoreAfter.compareTo(Duration.ofMinutes(1)) < 0
                || staleRestoreAfter.compareTo(MAX_STALE_RESTORE_AFTER) > 0) {
            throw new IllegalArgumentException(
                    "staleRestoreAfter must be 1 min to 24 h, was " + staleRestoreAfter.toMinutes() + " min");
        }
        if (feedbackTimeout.isNegative()) {
            throw new IllegalArgumentException("feedbackTimeout must be 0 s or more, was " + feedbackTimeout);
        }
        if (quarterOffset.isNegative() || quarterOffset.compareTo(MAX_QUARTER_OFFSET) > 0) {
            throw new IllegalArgumentException(
                    "quarterOffset must be 0 to " + MAX_QUARTER_OFFSET.toSeconds() + " s, was " + quarterOffset);
        }
        Set<String> names = new HashSet<>();
        for (SheddableLoadConfig load : loads) {
            if (!names.add(load.name())) {
                throw new IllegalArgumentException(
                        "load '" + load.name() + "': name is used by more than one load; names must be unique");
            }
        }
    }

    /**
     * A manager with the defaults: OVERLOAD, no month-peak following (floor 2500 W), stale after 60 s, sheds
     * restored after 15 min of a stale meter, feedback timeout 15 s, import-positive meter, clock quarters.
     */
    public static LoadManagerConfig of(double maxPower, ZoneId zone, List<SheddableLoadConfig> loads) {
        return new LoadManagerConfig(maxPower, DEFAULT_MODE, 0, false, DEFAULT_MONTH_PEAK_FLOOR, DEFAULT_STALE_AFTER,
                DEFAULT_STALE_RESTORE_AFTER, DEFAULT_FEEDBACK_TIMEOUT, zone, SignConvention.IMPORT_POSITIVE, loads,
                Duration.ZERO);
    }

    /** @return the instantaneous limit in W: {@code maxPower} in OVERLOAD mode, {@code overloadPower} in BOTH */
    public double overloadLimit() {
        return mode == LoadManagerMode.BOTH && overloadPower > 0 ? overloadPower : maxPower;
    }

    public LoadManagerConfig withMode(LoadManagerMode newMode) {
        return new LoadManagerConfig(maxPower, newMode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withOverloadPower(double watts) {
        return new LoadManagerConfig(maxPower, mode, watts, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withFollowMonthPeak(boolean follow) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, follow, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withMonthPeakFloor(double watts) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, watts, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withStaleAfter(Duration age) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, age,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withStaleRestoreAfter(Duration time) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter, time,
                feedbackTimeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withFeedbackTimeout(Duration timeout) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, timeout, zone, signConvention, loads, quarterOffset);
    }

    public LoadManagerConfig withQuarterOffset(Duration offset) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, loads, offset);
    }

    /** @return the same manager with other loads (the simulator enables the loads' rules one by one) */
    public LoadManagerConfig withLoads(List<SheddableLoadConfig> others) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, signConvention, others, quarterOffset);
    }

    public LoadManagerConfig withSignConvention(SignConvention convention) {
        return new LoadManagerConfig(maxPower, mode, overloadPower, followMonthPeak, monthPeakFloor, staleAfter,
                staleRestoreAfter, feedbackTimeout, zone, convention, loads, quarterOffset);
    }
}
