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
package org.openhab.smartgrid.simulator.trace;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One row of a trace. A column the trace lacks, or a row left empty, is {@code null}: "not measured" is not the
 * same as 0 W. Every sample has {@link #gridW()} or {@link #householdW()} (or both).
 *
 * @param time when the row was measured
 * @param gridW power at the grid meter in W, import positive, export negative
 * @param householdW consumption of the house without heat pump and battery in W
 * @param pvW PV production in W
 * @param batteryW battery power in W, charging positive, discharging negative
 * @param socPercent battery state of charge in %, 0 to 100
 * @param heatpumpW electrical power of the heat pump in W
 * @param gridLock whether the utility lock was active
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record TraceSample(Instant time, @Nullable Double gridW, @Nullable Double householdW, @Nullable Double pvW,
        @Nullable Double batteryW, @Nullable Double socPercent, @Nullable Double heatpumpW,
        @Nullable Boolean gridLock) {

    public TraceSample {
        if (gridW == null && householdW == null) {
            throw new IllegalArgumentException("a trace sample needs gridW or householdW, both are null at " + time);
        }
        requireFinite("gridW", gridW);
        requireFinite("householdW", householdW);
        requireFinite("pvW", pvW);
        requireFinite("batteryW", batteryW);
        requireFinite("heatpumpW", heatpumpW);
        if (socPercent != null && !(socPercent >= 0 && socPercent <= 100)) {
            throw new IllegalArgumentException("socPercent must be between 0 and 100 %, was " + socPercent);
        }
    }

    private static void requireFinite(String name, @Nullable Double watts) {
        if (watts != null && !Double.isFinite(watts)) {
            throw new IllegalArgumentException(name + " must be a finite number of W, was " + watts);
        }
    }
}
