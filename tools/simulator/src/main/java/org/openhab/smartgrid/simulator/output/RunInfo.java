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
package org.openhab.smartgrid.simulator.output;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What every output needs to know about a run before its first step.
 *
 * @param scenario the scenario or trace name
 * @param description one line about the day
 * @param engine how the engine is named in outputs
 * @param loads every managed load's name: the {@code load.<name>} columns
 * @param relayLoads the loads switched by a relay of their own (their toggles count as relay switches)
 * @param maxPower the load manager's limit (W), drawn against the quarter-hour averages; NaN without a load manager
 * @param zone local time zone for quarter-hours and chart axes
 * @param shedLoads the loads of the load manager alone: they run until it sheds them, so their state says "not
 *            shed", not "drawing power" (the report counts their shed minutes, not their "on" minutes)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record RunInfo(String scenario, String description, String engine, List<String> loads,
        List<String> relayLoads, double maxPower, ZoneId zone, List<String> shedLoads) {

    public RunInfo {
        loads = List.copyOf(loads);
        relayLoads = List.copyOf(relayLoads);
        shedLoads = List.copyOf(shedLoads);
    }

    /** A run without load manager loads (every load's state says whether it draws power). */
    public RunInfo(String scenario, String description, String engine, List<String> loads, List<String> relayLoads,
            double maxPower, ZoneId zone) {
        this(scenario, description, engine, loads, relayLoads, maxPower, zone, List.of());
    }

    /** @return whether load {@code index} of {@link #loads()} is a load manager's load, one that runs until shed */
    public boolean isShedLoad(int index) {
        return shedLoads.contains(loads.get(index));
    }

    /** @return whether there is a load manager's limit to draw */
    public boolean hasLimit() {
        return Double.isFinite(maxPower);
    }
}
