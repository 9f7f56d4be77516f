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
package org.openhab.smartgrid.core.meter;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How a grid meter signs its power. The engine works with import positive, export negative.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum SignConvention {
    /** The meter reports import as positive and export as negative (the engine's own convention). */
    IMPORT_POSITIVE,
    /** The meter reports export (feed-in) as positive and import as negative. */
    EXPORT_POSITIVE;

    /** @return the meter's value in the engine's convention: import positive, export negative */
    public double toImportWatts(double meterWatts) {
        return this == IMPORT_POSITIVE ? meterWatts : -meterWatts;
    }
}
