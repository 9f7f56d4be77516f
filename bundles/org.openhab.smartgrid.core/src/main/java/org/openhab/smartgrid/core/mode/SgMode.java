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
package org.openhab.smartgrid.core.mode;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The four SG-Ready operating modes and the two contacts that select them.
 * <p>
 * Contact SG-1 (also called VU; Thermia terminal 409) and contact SG-2 (Thermia terminal 408): a closed
 * contact is {@code true}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum SgMode {
    /** 0/0: normal operation. */
    NORMAL(false, false),
    /** 0/1: comfort values for room and tap water (a recommendation to run more). */
    COMFORT(false, true),
    /** 1/0: utility lock (EVU): compressor and internal immersion heater blocked. */
    EVU(true, false),
    /** 1/1: boost values for room, buffer tank and tap water (a command to run more). */
    BOOST(true, true);

    private final boolean sg1;
    private final boolean sg2;

    SgMode(boolean sg1, boolean sg2) {
        this.sg1 = sg1;
        this.sg2 = sg2;
    }

    /** @return whether contact SG-1 / VU (Thermia 409) is closed in this mode */
    public boolean sg1() {
        return sg1;
    }

    /** @return whether contact SG-2 (Thermia 408) is closed in this mode */
    public boolean sg2() {
        return sg2;
    }

    /** @return the mode that a pair of contact states selects */
    public static SgMode fromContacts(boolean sg1, boolean sg2) {
        if (sg1) {
            return sg2 ? BOOST : EVU;
        }
        return sg2 ? COMFORT : NORMAL;
    }

    /**
     * Parses a mode name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the allowed values when the name is unknown
     */
    public static SgMode parse(String name) {
        for (SgMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "Unknown SG mode '" + name + "': allowed values are NORMAL, COMFORT, EVU, BOOST");
    }
}
