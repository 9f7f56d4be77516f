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
package org.openhab.smartgrid.simulator.scenario;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The grid-lock timing guards, with the parameter names of the heat pump Thing.
 *
 * @param minLockMinutes an applied lock stays at least this long
 * @param minReleaseMinutes after a release, a lock may come again only after this long
 * @param maxLockMinutes longest self-imposed lock block
 * @param maxLocksPerDay self-imposed locks per local day
 * @param maxLockMinutesPerDay self-imposed lock time per local day
 * @param minModeDwellSeconds relays change at most this often
 * @param pvSurplusMode the mode PV surplus asks for: BOOST or COMFORT
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GuardConfig(Duration minLockMinutes, Duration minReleaseMinutes, Duration maxLockMinutes,
        int maxLocksPerDay, Duration maxLockMinutesPerDay, Duration minModeDwellSeconds, SgMode pvSurplusMode) {

    /**
     * @throws IllegalArgumentException naming the parameter when a value is out of range
     */
    public GuardConfig {
        if (pvSurplusMode != SgMode.BOOST && pvSurplusMode != SgMode.COMFORT) {
            throw new IllegalArgumentException("guard.pvSurplusMode must be BOOST or COMFORT, was " + pvSurplusMode);
        }
        if (maxLocksPerDay < 0) {
            throw new IllegalArgumentException("guard.maxLocksPerDay must be >= 0, was " + maxLocksPerDay);
        }
    }

    /** @return the defaults of the design: 10/10 min, 120 min, 3 locks, 360 min a day, 60 s dwell, BOOST */
    public static GuardConfig defaults() {
        return new GuardConfig(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(120), 3,
                Duration.ofMinutes(360), Duration.ofSeconds(60), SgMode.BOOST);
    }
}
