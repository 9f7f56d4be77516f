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
package org.openhab.smartgrid.core.sizing;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Extra heat pump capacity for domestic hot water (German planning guide): on average 0.2 kW per person.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class HotWaterDemand {

    /** kW of heat pump capacity per person for hot water. */
    public static final double KW_PER_PERSON = 0.2;

    private HotWaterDemand() {
    }

    /**
     * @param persons number of persons using hot water, 0 or more
     * @return the hot water heat demand in kW
     */
    public static double kw(int persons) {
        if (persons < 0) {
            throw new IllegalArgumentException("persons must be 0 or more, was " + persons);
        }
        return KW_PER_PERSON * persons;
    }
}
