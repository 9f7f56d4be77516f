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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A mode chosen by hand, optionally until an instant.
 *
 * @param mode the chosen mode
 * @param expiresAt when control returns to automatic, or null to keep the override until {@code AUTO}
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ManualOverride(SgMode mode, @Nullable Instant expiresAt) {

    /** The command that gives control back to the automatic sources. */
    public static final String AUTO = "AUTO";

    /** @return whether the override is in force at {@code now} (its expiry instant itself is outside) */
    public boolean isActiveAt(Instant now) {
        Instant expiry = expiresAt;
        return expiry == null || now.isBefore(expiry);
    }

    /**
     * Parses a manual mode command: a mode name, or {@value #AUTO}; case and surrounding blanks are ignored.
     *
     * @return the chosen mode, or null for {@value #AUTO}
     * @throws IllegalArgumentException naming the parameter and the allowed values
     */
    public static @Nullable SgMode parseCommand(String command) {
        String name = command.trim();
        if (AUTO.equalsIgnoreCase(name)) {
            return null;
        }
        for (SgMode mode : SgMode.values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "manualMode must be one of AUTO, NORMAL, COMFORT, EVU, BOOST, was '" + command + "'");
    }
}
