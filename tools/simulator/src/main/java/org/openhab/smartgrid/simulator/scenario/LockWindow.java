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

import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A local time window in which the grid operator's lock contact is active.
 *
 * @param from start (inclusive)
 * @param to end (exclusive)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LockWindow(LocalTime from, LocalTime to) {

    /** @return whether {@code time} lies in the window */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
