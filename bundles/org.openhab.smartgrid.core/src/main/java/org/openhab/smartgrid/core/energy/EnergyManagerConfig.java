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
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The energy manager's own parameters (Loxone Energiemanager: Offset, Min SoC), plus what Loxone leaves implicit.
 *
 * @param offset W: the grid import the loads may cause. Positive allows some import, negative keeps that much
 *            export, 0 runs loads on surplus only (Loxone "Offset", default 0)
 * @param minSoc %: below this battery state of charge the battery charges first and its charging power is not
 *            surplus; at or above it the battery yields (Loxone "Min SoC", default 0 = the battery always yields)
 * @param staleAfter a meter reading older than this is stale (default 60 s)
 * @param settleTime how long after a switch the grid meter may take to show it; until a reading that recent
 *            arrives, a started load counts as promised power and a stopped one as released power (default 30 s)
 * @param gridSign how the grid meter signs its power (default import positive)
 * @param batterySign how the battery reports its power: {@code IMPORT_POSITIVE} means charging is positive
 *            (default)
 * @param zone the time zone of the local day (midnight reset, deadlines)
 * @param location the house's location, needed for SUNSET deadlines; null when unknown
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EnergyManagerConfig(double offset, double minSoc, Duration staleAfter, Duration settleTime,
        SignConvention gridSign, SignConvention batterySign, ZoneId zone, @Nullable GeoLocation location) {

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SETTLE_TIME = Duration.ofSeconds(30);

    /**
     * @throws IllegalArgumentException naming the parameter and its allowed range
     */
    public EnergyManagerConfig {
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("offset must be a finite number of W, was " + offset);
        }
        if (!(minSoc >= 0 && minSoc <= 100)) {
            throw new IllegalArgumentException("minSoc must be 0 to 100 %, was " + minSoc);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be more than 0 s, was " + staleAfter.toSeconds() + " s");
        }
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("settleTime must be 0 s or more, was " + settleTime.toSeconds() + " s");
        }
    }

    /** @return offset 0 W, min SoC 0 %, stale after 60 s, settle 30 s, import positive, no location */
    public static EnergyManagerConfig defaults(ZoneId zone) {
        return new EnergyManagerConfig(0, 0, DEFAULT_STALE_AFTER, DEFAULT_SETTLE_TIME, SignConvention.IMPORT_POSITIVE,
                SignConvention.IMPORT_POSITIVE, zone, null);
    }

    public EnergyManagerConfig withOffset(double watts) {
        return new EnergyManagerConfig(watts, minSoc, staleAfter, settleTime, gridSign, batterySign, zone, location);
    }

    public EnergyManagerConfig withMinSoc(double percent) {
        return new EnergyManagerConfig(offset, percent, staleAfter, settleTime, gridSign, batterySign, zone, location);
    }

    public EnergyManagerConfig withStaleAfter(Duration duration) {
        return new EnergyManagerConfig(offset, minSoc, duration, settleTime, gridSign, batterySign, zone, location);
    }

    public EnergyManagerConfig withSettleTime(Duration duration) {
        return new EnergyManagerConfig(offset, minSoc, staleAfter, duration, gridSign, batterySign, zone, location);
    }

    public EnergyManagerConfig withGridSign(SignConvention sign) {
        return new EnergyManagerConfig(offset, minSoc, staleAfter, settleTime, sign, batterySign, zone, location);
    }

    public EnergyManagerConfig withBatterySign(SignConvention sign) {
        return new EnergyManagerConfig(offset, minSoc, staleAfter, settleTime, gridSign, sign, zone, location);
    }

    public EnergyManagerConfig withLocation(@Nullable GeoLocation where) {
        return new EnergyManagerConfig(offset, minSoc, staleAfter, settleTime, gridSign, batterySign, zone, where);
    }
}
