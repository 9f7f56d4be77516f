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
 * The simulated heat pump at one instant.
 *
 * @param task what the compressor does
 * @param electricPower W drawn from the grid now
 * @param tankTemperature tap water tank temperature (°C)
 * @param bufferTemperature buffer tank temperature (°C)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record HeatPumpStatus(HeatPumpTask task, double electricPower, double tankTemperature,
        double bufferTemperature) {

    /** @return whether the compressor runs */
    public boolean compressorOn() {
        return task.compressorOn();
    }
}
