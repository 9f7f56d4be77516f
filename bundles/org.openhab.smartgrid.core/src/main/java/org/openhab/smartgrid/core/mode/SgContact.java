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
 * One of the two SG-Ready contacts of the heat pump, with its Thermia terminal number.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum SgContact {
    /** SG-1, also called VU: Thermia terminal 409. */
    SG1(409),
    /** SG-2: Thermia terminal 408. */
    SG2(408);

    private final int terminal;

    SgContact(int terminal) {
        this.terminal = terminal;
    }

    /** @return the terminal number on the Thermia BM card */
    public int terminal() {
        return terminal;
    }

    /** @return whether this contact is closed in {@code mode} */
    public boolean isClosedIn(SgMode mode) {
        return this == SG1 ? mode.sg1() : mode.sg2();
    }
}
