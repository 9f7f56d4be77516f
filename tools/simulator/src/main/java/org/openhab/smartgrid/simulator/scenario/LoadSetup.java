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
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;

/**
 * One load of a manager, as read through the core's parameter model.
 *
 * @param name the load's name in its manager
 * @param parameters its values of the manager kind's load parameters
 * @param wiring its name and items
 * @param item the item its openHAB rule commands
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadSetup(String name, ParameterValues parameters, ParameterValues wiring, String item) {

    /** @return the core's configuration of this energy manager load */
    public SurplusLoadConfig surplusLoad() {
        return SurplusLoadParameters.config(name, parameters, wiring);
    }

    /** @return the core's configuration of this load manager load; it has shed feedback as in openHAB */
    public SheddableLoadConfig sheddableLoad() {
        return SheddableLoadParameters.config(name, parameters, hasShedFeedback());
    }

    /** @return whether this load manager load reports its shed, as in openHAB: iff its shedFeedbackItem is set */
    public boolean hasShedFeedback() {
        return !wiring.get(SheddableLoadParameters.SHED_FEEDBACK_ITEM).isBlank();
    }

    /**
     * @return whether this load manager load has its power measured, as in openHAB: iff its loadPowerItem is set
     *         (the simulator measures the heat pump load: its model's electric power)
     */
    public boolean hasLoadPowerItem() {
        return !wiring.get(SheddableLoadParameters.LOAD_POWER_ITEM).isBlank();
    }

    /**
     * @return whether this energy manager load reads a temperature, as in openHAB: iff its stopTemperatureItem is set
     *         (the simulator gives the heat pump's boost load its tank's temperature)
     */
    public boolean hasStopTemperatureItem() {
        return !wiring.get(SurplusLoadParameters.STOP_TEMPERATURE_ITEM).isBlank();
    }

    /** @return the power (W) this energy manager load draws when on */
    public double power() {
        return parameters.get(SurplusLoadParameters.POWER);
    }
}
