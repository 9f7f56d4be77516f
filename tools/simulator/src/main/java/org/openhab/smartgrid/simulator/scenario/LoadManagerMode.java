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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the load manager watches: instantaneous import, the quarter-hour average, or both.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum LoadManagerMode {
    /** Shed when instantaneous import exceeds maxPower. */
    OVERLOAD,
    /** Shed when the quarter-hour average would exceed maxPower. */
    PEAK,
    /** Both. */
    BOTH
}
