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
 * Classification under § 14a of the German Energy Industry Act (EnWG): a heat pump system is a controllable
 * consumer (the grid operator may reduce or lock it) when its connection power, auxiliary and emergency heaters
 * (immersion, flange, pipe heaters) included, exceeds 4.2 kW.
 *
 * @param heatPumpKw electrical connection power of the heat pump in kW, 0 or more
 * @param auxiliaryHeatersKw electrical power of auxiliary and emergency heaters in kW, 0 or more
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ControllableConsumer(double heatPumpKw, double auxiliaryHeatersKw) {

    /** Connection power above which the system is a controllable consumer. */
    public static final double THRESHOLD_KW = 4.2;

    public ControllableConsumer {
        Inputs.requireNotNegative("heatPumpKw", heatPumpKw, "kW");
        Inputs.requireNotNegative("auxiliaryHeatersKw", auxiliaryHeatersKw, "kW");
    }

    /** @return the system's connection power: heat pump plus auxiliary heaters */
    public double connectionKw() {
        return heatPumpKw + auxiliaryHeatersKw;
    }

    /** @return whether the system counts as a controllable consumer (more than 4.2 kW) */
    public boolean isControllable() {
        return connectionKw() > THRESHOLD_KW;
    }
}
