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
package org.openhab.automation.energymanager.internal.manager;

import static org.openhab.automation.energymanager.internal.manager.SurplusLoadSpec.blankToNull;
import static org.openhab.automation.energymanager.internal.manager.SurplusLoadSpec.required;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.energymanager.internal.config.PeakLoadTriggerConfig;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;

/**
 * One load-manager load as a trigger configures it, validated.
 *
 * @param manager the manager's name
 * @param settings what the manager's loads share
 * @param load the core load configuration
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PeakLoadSpec(String manager, PeakManagerSettings settings, SheddableLoadConfig load) {

    /**
     * @throws IllegalArgumentException naming the parameter (and the load) when the configuration is invalid
     */
    public static PeakLoadSpec from(PeakLoadTriggerConfig config) {
        String manager = required("manager", config.manager);
        String name = required("load", config.load);
        String grid = required("gridItem", config.gridItem);
        if (!(config.maxPower > 0) || !Double.isFinite(config.maxPower)) {
            throw new IllegalArgumentException("maxPower must be more than 0 W, was " + config.maxPower + " W");
        }
        if (!(config.overloadPower >= 0) || !Double.isFinite(config.overloadPower)) {
            throw new IllegalArgumentException(
                    "overloadPower must be 0 W (same as maxPower) or more, was " + config.overloadPower + " W");
        }
        PeakManagerSettings settings = new PeakManagerSettings(grid, config.gridSign, blankToNull(config.energyItem),
                config.mode, config.maxPower, config.overloadPower, config.followMonthPeak);
        SheddableLoadConfig load = new SheddableLoadConfig(name, config.priority, config.power,
                config.restoreHysteresis, Duration.ofMinutes(config.minShedTime),
                Duration.ofMinutes(config.minReleaseTime), false);
        return new PeakLoadSpec(manager, settings, load);
    }
}
