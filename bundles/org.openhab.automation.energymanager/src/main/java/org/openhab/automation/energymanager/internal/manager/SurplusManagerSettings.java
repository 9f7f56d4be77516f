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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * What every load of one energy manager must agree on: the meters and the manager-level parameters.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SurplusManagerSettings(String gridItem, SignConvention gridSign, @Nullable String batteryItem,
        SignConvention batterySign, @Nullable String socItem, double offset, double minSoc) {

    /**
     * @return null when {@code other} agrees with these settings, else which parameter differs and how
     */
    public @Nullable String difference(SurplusManagerSettings other) {
        if (!gridItem.equals(other.gridItem)) {
            return "gridItem '" + other.gridItem + "' differs from '" + gridItem + "'";
        }
        if (gridSign != other.gridSign) {
            return "gridSign " + other.gridSign + " differs from " + gridSign;
        }
        if (!Objects.equals(batteryItem, other.batteryItem)) {
            return "batteryItem '" + other.batteryItem + "' differs from '" + batteryItem + "'";
        }
        if (batterySign != other.batterySign) {
            return "batterySign " + other.batterySign + " differs from " + batterySign;
        }
        if (!Objects.equals(socItem, other.socItem)) {
            return "socItem '" + other.socItem + "' differs from '" + socItem + "'";
        }
        if (Double.compare(offset, other.offset) != 0) {
            return "offset " + other.offset + " W differs from " + offset + " W";
        }
        if (Double.compare(minSoc, other.minSoc) != 0) {
            return "minSoc " + other.minSoc + " % differs from " + minSoc + " %";
        }
        return null;
    }
}
