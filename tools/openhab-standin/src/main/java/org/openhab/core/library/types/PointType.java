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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.ComplexType;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A geographic location: latitude and longitude in decimal degrees, altitude in metres.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class PointType implements ComplexType, Command, State {

    /** Name of the latitude part. */
    public static final String KEY_LATITUDE = "lat";
    /** Name of the longitude part. */
    public static final String KEY_LONGITUDE = "long";
    /** Name of the altitude part. */
    public static final String KEY_ALTITUDE = "alt";

    private static final double EARTH_RADIUS_M = 6378137;

    private final BigDecimal latitude;
    private final BigDecimal longitude;
    private final BigDecimal altitude;

    /** Creates the point 0° N 0° E at sea level. */
    public PointType() {
        this(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Creates a point at sea level. */
    public PointType(DecimalType latitude, DecimalType longitude) {
        this(latitude.toBigDecimal(), longitude.toBigDecimal(), BigDecimal.ZERO);
    }

    /** Creates a point. */
    public PointType(DecimalType latitude, DecimalType longitude, DecimalType altitude) {
        this(latitude.toBigDecimal(), longitude.toBigDecimal(), altitude.toBigDecimal());
    }

    /**
     * Parses {@code "lat,long"} or {@code "lat,long,alt"}.
     *
     * @throws IllegalArgumentException when the text has not two or three numbers
     */
    public PointType(String value) {
        String[] parts = value.split(",");
        if (value.isBlank() || parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(value + " is not a valid PointType syntax");
        }
        this.latitude = new BigDecimal(parts[0].trim());
        this.longitude = new BigDecimal(parts[1].trim());
        this.altitude = parts.length == 3 ? new BigDecimal(parts[2].trim()) : BigDecimal.ZERO;
    }

    private PointType(BigDecimal latitude, BigDecimal longitude, BigDecimal altitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.altitude = altitude;
    }

    /** @return the same as {@code new PointType(value)} */
    public static PointType valueOf(String value) {
        return new PointType(value);
    }

    /** @return the latitude in decimal degrees */
    public DecimalType getLatitude() {
        return new DecimalType(latitude);
    }

    /** @return the longitude in decimal degrees */
    public DecimalType getLongitude() {
        return new DecimalType(longitude);
    }

    /** @return the altitude in metres */
    public DecimalType getAltitude() {
        return new DecimalType(altitude);
    }

    /** @return the great-circle distance to {@code otherPoint} in metres, ignoring altitude */
    public DecimalType distanceFrom(PointType otherPoint) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(otherPoint.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(otherPoint.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return new DecimalType(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    @Override
    public SortedMap<String, PrimitiveType> getConstituents() {
        SortedMap<String, PrimitiveType> parts = new TreeMap<>();
        parts.put(KEY_LATITUDE, getLatitude());
        parts.put(KEY_LONGITUDE, getLongitude());
        parts.put(KEY_ALTITUDE, getAltitude());
        return parts;
    }

    @Override
    public String format(@Nullable String pattern) {
        return pattern == null ? toFullString() : String.format(pattern, latitude, longitude, altitude);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        String text = latitude.toPlainString() + "," + longitude.toPlainString();
        return altitude.signum() == 0 ? text : text + "," + altitude.toPlainString();
    }

    @Override
    public int hashCode() {
        return 31 * (31 * latitude.stripTrailingZeros().hashCode() + longitude.stripTrailingZeros().hashCode())
                + altitude.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof PointType other && latitude.compareTo(other.latitude) == 0
                && longitude.compareTo(other.longitude) == 0 && altitude.compareTo(other.altitude) == 0;
    }
}
