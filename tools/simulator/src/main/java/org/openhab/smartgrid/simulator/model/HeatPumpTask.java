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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the simulated compressor is doing.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum HeatPumpTask {
    /** Compressor off, nothing asks for heat. */
    IDLE,
    /** Compressor heats the tap water tank. */
    TAP_WATER,
    /** Compressor heats the buffer tank for space heating. */
    BUFFER,
    /** Compressor would run but the utility lock (EVU) blocks it. */
    BLOCKED;

    /** @return whether the compressor runs (and draws power) in this task */
    public boolean compressorOn() {
        return this == TAP_WATER || this == BUFFER;
    }
}
