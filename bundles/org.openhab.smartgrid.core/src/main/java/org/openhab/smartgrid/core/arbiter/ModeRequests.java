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
package org.openhab.smartgrid.core.arbiter;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What every source asks for right now. Immutable: each change gives a new value.
 *
 * @param gridLock the grid operator's lock contact is active
 * @param manual the manual override, or null when control is automatic
 * @param peakShed the load manager asks to shed the heat pump
 * @param pvSurplus the energy manager has PV surplus for the heat pump
 * @param comfort a comfort request (e.g. a cheap-tariff window) is active
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ModeRequests(boolean gridLock, @Nullable ManualOverride manual, boolean peakShed, boolean pvSurplus,
        boolean comfort) {

    /** Nobody asks for anything. */
    public static final ModeRequests NONE = new ModeRequests(false, null, false, false, false);

    public ModeRequests withGridLock(boolean active) {
        return new ModeRequests(active, manual, peakShed, pvSurplus, comfort);
    }

    public ModeRequests withManual(@Nullable ManualOverride override) {
        return new ModeRequests(gridLock, override, peakShed, pvSurplus, comfort);
    }

    public ModeRequests withPeakShed(boolean active) {
        return new ModeRequests(gridLock, manual, active, pvSurplus, comfort);
    }

    public ModeRequests withPvSurplus(boolean active) {
        return new ModeRequests(gridLock, manual, peakShed, active, comfort);
    }

    public ModeRequests withComfort(boolean active) {
        return new ModeRequests(gridLock, manual, peakShed, pvSurplus, active);
    }

    /**
     * @param source one of the ON/OFF request sources ({@link ModeSource#isOnOffRequest()})
     * @throws IllegalArgumentException for the manual override or {@code DEFAULT}, which are no ON/OFF requests
     */
    public ModeRequests with(ModeSource source, boolean active) {
        return switch (source) {
            case GRID_LOCK -> withGridLock(active);
            case PEAK_SHED -> withPeakShed(active);
            case PV_SURPLUS -> withPvSurplus(active);
            case COMFORT_REQUEST -> withComfort(active);
            case MANUAL_OVERRIDE, DEFAULT -> throw new IllegalArgumentException(source + " is no ON/OFF request");
        };
    }

    /** @return the manual override in force at {@code now}, or null when none is (or it has expired) */
    public @Nullable ManualOverride activeManual(Instant now) {
        ManualOverride override = manual;
        return override != null && override.isActiveAt(now) ? override : null;
    }

    /** @return whether {@code source} asks for a mode at {@code now}; {@link ModeSource#DEFAULT} always does */
    public boolean isRequesting(ModeSource source, Instant now) {
        return switch (source) {
            case GRID_LOCK -> gridLock;
            case MANUAL_OVERRIDE -> activeManual(now) != null;
            case PEAK_SHED -> peakShed;
            case PV_SURPLUS -> pvSurplus;
            case COMFORT_REQUEST -> comfort;
            case DEFAULT -> true;
        };
    }
}
