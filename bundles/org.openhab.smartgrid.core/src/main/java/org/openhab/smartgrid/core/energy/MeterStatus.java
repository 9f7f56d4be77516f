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
package org.openhab.smartgrid.core.energy;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The state of the grid meter reading at a step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum MeterStatus {
    /** A reading no older than {@code staleAfter}: surplus decisions are made. */
    FRESH,
    /** The last reading is older than {@code staleAfter}: the stale-meter safe state applies. */
    STALE,
    /** No reading yet, or the meter reported UNDEF/NULL: the stale-meter safe state applies. */
    MISSING
}
