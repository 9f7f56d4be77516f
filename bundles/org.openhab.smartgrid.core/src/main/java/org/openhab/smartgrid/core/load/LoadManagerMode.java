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
package org.openhab.smartgrid.core.load;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the load manager watches (Loxone Lastmanager "Mode").
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum LoadManagerMode {
    /** Instantaneous import above {@code maxPower} sheds (Loxone "Overload protection"). */
    OVERLOAD,
    /**
     * The clock quarter-hour average must stay under {@code maxPower}: the power still allowed for the rest of the
     * quarter is (maxPower·T − E so far) / time left (Loxone "Peak load manager"; the capacity tariff).
     */
    PEAK,
    /** Both rules: the quarter-hour average under {@code maxPower} and instantaneous import under {@code overloadPower}. */
    BOTH;

    /** @return whether the instantaneous rule applies */
    public boolean watchesOverload() {
        return this != PEAK;
    }

    /** @return whether the quarter-hour rule applies */
    public boolean watchesPeak() {
        return this != OVERLOAD;
    }
}
