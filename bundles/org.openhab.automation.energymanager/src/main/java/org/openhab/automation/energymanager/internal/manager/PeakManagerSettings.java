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
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * What every load of one load manager must agree on: the meters and the manager-level parameters.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PeakManagerSettings(String gridItem, SignConvention gridSign, @Nullable String energyItem,
        LoadManagerMode mode, double maxPower, double overloadPower, boolean followMonthPeak) {

    /**
     * @return null when {@code other} agrees with these settings, else which parameter differs and how
     */
    public @Nullable String difference(PeakManagerSettings other) {
        if (!gridItem.equals(other.gridItem)) {
            return "gridItem '" + other.gridItem + "' differs from '" + gridItem + "'";
        }
        if (gridSign != other.gridSign) {
            return "gridSign " + other.gridSign + " differs from " + gridSign;
        }
        if (!Objects.equals(energyItem, other.energyItem)) {
            return "energyItem '" + other.energyItem + "' differs from '" + energyItem + "'";
        }
        if (mode != other.mode) {
            return "mode " + other.mode + " differs from " + mode;
        }
        if (Double.compare(maxPower, other.maxPower) != 0) {
            return "maxPower " + other.maxPower + " W differs from " + maxPower + " W";
        }
        if (Double.compare(overloadPower, other.overloadPower) != 0) {
            return "overloadPower " + other.overloadPower + " W differs from " + overloadPower + " W";
        }
        if (followMonthPeak != other.followMonthPeak) {
            return "followMonthPeak " + other.followMonthPeak + " differs from " + followMonthPeak;
        }
        return null;
    }
}
