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
package org.openhab.automation.energymanager.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Identifiers of the energy manager automation add-on: its name and the ids of its module types.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class EnergyManagerConstants {

    public static final String AUTOMATION_NAME = "energymanager";

    // triggers: one per managed load
    public static final String SURPLUS_LOAD_TRIGGER = AUTOMATION_NAME + ".SurplusLoad";
    public static final String PEAK_LOAD_TRIGGER = AUTOMATION_NAME + ".PeakLoad";

    // actions
    public static final String FORCE_LOAD_ACTION = AUTOMATION_NAME + ".ForceLoad";
    public static final String RELEASE_LOAD_ACTION = AUTOMATION_NAME + ".ReleaseLoad";
    public static final String LOCK_MANAGER_ACTION = AUTOMATION_NAME + ".LockManager";

    // conditions
    public static final String SURPLUS_AVAILABLE_CONDITION = AUTOMATION_NAME + ".SurplusAvailable";

    private EnergyManagerConstants() {
        // constants only
    }
}
