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
package org.openhab.smartgrid.simulator.model;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The kind of an engine event in {@code events.csv}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum EventKind {
    /** A component decided something (a mode, a load on or off). */
    DECISION,
    /** A guard deferred a wanted change to a later instant. */
    DEFERRAL,
    /** A mandatory request overrode a guard (a grid lock inside a guard window). */
    OVERRIDE;

    /** @return the lower-case name used in {@code events.csv} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
