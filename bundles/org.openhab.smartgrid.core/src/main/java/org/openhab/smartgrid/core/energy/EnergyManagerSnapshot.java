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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The energy manager state that must survive a restart: which loads run and since when, and today's runtimes.
 * Inputs (meter readings, the lock) are not part of it: the adapter feeds them again.
 *
 * @param day the local day the runtimes belong to
 * @param loads one entry per load
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EnergyManagerSnapshot(LocalDate day, List<LoadState> loads) {

    public EnergyManagerSnapshot {
        loads = List.copyOf(loads);
    }

    /**
     * The saved state of one load.
     *
     * @param name the load's name
     * @param on whether its output was on
     * @param since its last switch; null when it never switched
     * @param runtimeToday its runtime on {@code day}
     * @param forcedUntil the end of a running force, {@link Instant#MAX} for one held until released; null when none
     * @param pendingForce the duration of a force that waits for the load to start, 0 for one held until released;
     *            null when none
     */
    public record LoadState(String name, boolean on, @Nullable Instant since, Duration runtimeToday,
            @Nullable Instant forcedUntil, @Nullable Duration pendingForce) {

        /** @return the same state with another runtime today */
        public LoadState withRuntimeToday(Duration runtime) {
            return new LoadState(name, on, since, runtime, forcedUntil, pendingForce);
        }
    }
}
