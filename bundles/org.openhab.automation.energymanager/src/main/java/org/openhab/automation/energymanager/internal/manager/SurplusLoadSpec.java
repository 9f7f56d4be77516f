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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.config.SurplusLoadTriggerConfig;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;

/**
 * One energy-manager load as a trigger configures it, validated.
 *
 * @param manager the manager's name
 * @param settings what the manager's loads share
 * @param load the core load configuration
 * @param loadPowerItem the item with the load's measured power, or null
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SurplusLoadSpec(String manager, SurplusManagerSettings settings, SurplusLoadConfig load,
        @Nullable String loadPowerItem) {

    /**
     * @throws IllegalArgumentException naming the parameter (and the load) when the configuration is invalid
     */
    public static SurplusLoadSpec from(SurplusLoadTriggerConfig config) {
        String manager = required("manager", config.manager);
        String name = required("load", config.load);
        String grid = required("gridItem", config.gridItem);
        if (!(config.minSoc >= 0 && config.minSoc <= 100)) {
            throw new IllegalArgumentException("minSoc must be 0 to 100 %, was " + config.minSoc);
        }
        if (!Double.isFinite(config.offset)) {
            throw new IllegalArgumentException("offset must be a number of W, was " + config.offset);
        }
        SurplusManagerSettings settings = new SurplusManagerSettings(grid, config.gridSign,
                blankToNull(config.batteryItem), config.batterySign, blankToNull(config.socItem), config.offset,
                config.minSoc);
        SurplusLoadConfig.Builder builder = SurplusLoadConfig.builder(name, config.power).priority(config.priority)
                .activationDelay(Duration.ofSeconds(config.activationDelay))
                .minOnTime(Duration.ofMinutes(config.minOnTime)).minOffTime(Duration.ofMinutes(config.minOffTime))
                .minOnTimePerDay(Duration.ofMinutes(config.minOnTimePerDay))
                .dailyDeadline(DailyDeadline.parse(config.dailyDeadline));
        if (config.switchOnPower >= 0) {
            builder.switchOnPower(config.switchOnPower);
        }
        return new SurplusLoadSpec(manager, settings, builder.build(), blankToNull(config.loadPowerItem));
    }

    static String required(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " is required");
        }
        return value.trim();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
