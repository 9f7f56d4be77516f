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
 * The surplus arithmetic of one step, all in W with import positive (see docs/energy-manager.md).
 * <p>
 * {@code surplus = offset - (gridImport + batteryImport + promised)}: the power loads may still start on.
 * {@code expectedImport = gridImport + batteryImport + promised - released}: what the meter will show once
 * every recent switch is visible; running loads stop, lowest priority first, while it exceeds the offset.
 * Released power never counts as surplus, so a stop the meter does not show yet never starts another load.
 *
 * @param gridImport the grid meter's import (export negative), 0 when the meter is not fresh
 * @param batteryImport the battery's power counted as import: its discharge always, its charging (negative)
 *            only when the battery yields (state of charge at or above {@code minSoc}); 0 without battery data
 * @param promised W of loads switched on that the meter cannot show yet
 * @param released W of loads switched off that the meter may still show
 * @param offset the manager's offset
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SurplusBalance(double gridImport, double batteryImport, double promised, double released,
        double offset) {

    /** @return W available to start loads on */
    public double surplus() {
        return surplus(gridImport, batteryImport, promised, offset);
    }

    /** {@link #surplus()} of the figures, for a step that makes no balance object. */
    static double surplus(double gridImport, double batteryImport, double promised, double offset) {
        return offset - (gridImport + batteryImport + promised);
    }

    /** @return W the meter (battery adjusted) will show once every recent switch is visible */
    public double expectedImport() {
        return expectedImport(gridImport, batteryImport, promised, released);
    }

    /** {@link #expectedImport()} of the figures, for a step that makes no balance object. */
    static double expectedImport(double gridImport, double batteryImport, double promised, double released) {
        return gridImport + batteryImport + promised - released;
    }
}
