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
 * Where the house is, for sunset deadlines (openHAB's location setting).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GeoLocation(double latitude, double longitude) {

    /**
     * @throws IllegalArgumentException naming the parameter when a coordinate is out of range
     */
    public GeoLocation {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be -90 to 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180 to 180 degrees, was " + longitude);
        }
    }
}
