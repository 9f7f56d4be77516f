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
 * The two relay outputs that drive the heat pump's SG-Ready contacts.
 *
 * @param sg1 relay for SG-1 / VU (Thermia terminal 409) closed
 * @param sg2 relay for SG-2 (Thermia terminal 408) closed
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record RelayState(boolean sg1, boolean sg2) {

    private static final RelayState[] BY_MODE = { new RelayState(false, false), new RelayState(false, true),
            new RelayState(true, false), new RelayState(true, true) };

    /** @return the relay state that selects {@code mode} */
    public static RelayState of(SgMode mode) {
        RelayState state = BY_MODE[mode.ordinal()];
        return state;
    }

    /** @return the mode these relays select */
    public SgMode mode() {
        return SgMode.fromContacts(sg1, sg2);
    }
}
