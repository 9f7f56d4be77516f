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
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.energy.GeoLocation;
import org.openhab.smartgrid.simulator.model.HeatPumpParams;
import org.openhab.smartgrid.simulator.model.HotWaterProfile;

/**
 * The simulated house: where it is and how its heat pump behaves (the simulator's own section, checked by the
 * parameters of {@link SimulatorParameters}).
 *
 * @param latitude degrees north (for sunset deadlines and the built-in PV curve)
 * @param longitude degrees east
 * @param timeZone local days, quarter-hours and draws use this zone
 * @param maxSampleGap how long a sample's values hold at most: a longer time to the next sample is a gap, whose rest
 *            books no energy
 * @param heatPump the heat pump model's parameters
 * @param hotWater the daily hot water draws
 * @param gridLocks the windows in which the grid operator's lock contact is active on every replayed day, in
 *            addition to a trace's {@code grid_lock} column and a built-in day's own locks; no two overlap
 * @param boostLoad the energy manager load whose output asks the heat pump for PV boost, or null
 * @param shedLoad the load manager load whose output asks the heat pump for a lock (EVU), or null
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HouseConfig(double latitude, double longitude, ZoneId timeZone, Duration maxSampleGap,
        HeatPumpParams heatPump,
        HotWaterProfile hotWater, List<LockWindow> gridLocks, @Nullable String boostLoad,
        @Nullable String shedLoad) {

    public HouseConfig {
        gridLocks = List.copyOf(gridLocks);
    }

    /** @return where the house is, for SUNSET deadlines */
    public GeoLocation location() {
        return new GeoLocation(latitude, longitude);
    }
}
