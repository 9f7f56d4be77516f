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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.Reason;

/**
 * Who can ask for an SG-Ready mode, in order of precedence: the first requesting source wins.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum ModeSource {
    /** The grid operator's ripple-control lock: EVU, mandatory, applied even inside guard windows. */
    GRID_LOCK(Reason.GRID_LOCK),
    /** A user chose a mode by hand (until {@code AUTO} or an optional expiry). */
    MANUAL_OVERRIDE(Reason.MANUAL_OVERRIDE),
    /** The load manager sheds the heat pump: EVU. */
    PEAK_SHED(Reason.PEAK_SHED),
    /** The energy manager has PV surplus: BOOST or COMFORT (configurable). */
    PV_SURPLUS(Reason.PV_SURPLUS),
    /** A comfort request, e.g. a cheap-tariff window: COMFORT. */
    COMFORT_REQUEST(Reason.COMFORT_REQUEST),
    /** Nobody asks: NORMAL. */
    DEFAULT(Reason.DEFAULT);

    private final Reason reason;

    ModeSource(Reason reason) {
        this.reason = reason;
    }

    /** @return the reason code that names this source */
    public Reason reason() {
        return reason;
    }

    /** @return whether the guards must apply this source's lock at once (only the grid operator's lock) */
    public boolean isMandatory() {
        return this == GRID_LOCK;
    }

    /**
     * @return whether this source asks by a plain ON/OFF request (the grid lock, peak shedding, PV surplus and the
     *         comfort request); the manual override carries a mode, and {@code DEFAULT} never asks
     */
    public boolean isOnOffRequest() {
        return this != MANUAL_OVERRIDE && this != DEFAULT;
    }

    /** @return whether this source wins over {@code other} */
    public boolean outranks(ModeSource other) {
        return ordinal() < other.ordinal();
    }
}
