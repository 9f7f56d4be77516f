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
package org.openhab.smartgrid.simulator.sizing;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.sizing.IndoorPool;
import org.openhab.smartgrid.core.sizing.OutdoorPool;
import org.openhab.smartgrid.core.sizing.Pool;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A pool as written on the command line: {@code outdoor:COVER:WATER_C:AREA_M2} or
 * {@code indoor:ROOM_C:WATER_C:AREA_M2}. Parsing only checks the shape (a malformed spec is a usage error); the
 * ranges are checked by the core when {@link #toPool()} builds the pool, so the messages stay the core's.
 *
 * @param text the spec as given
 * @param cover the outdoor pool's cover; null for an indoor pool
 * @param roomTemperature the indoor pool's room temperature in °C; NaN for an outdoor pool
 * @param waterTemperature the wanted water temperature in °C
 * @param areaSquareMetres the water surface in m²
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record PoolSpec(String text, OutdoorPool.@Nullable Cover cover, double roomTemperature,
        double waterTemperature, double areaSquareMetres) {

    /** The usage text of the option. */
    public static final String FORMAT = "outdoor:COVER:WATER_C:AREA_M2 or indoor:ROOM_C:WATER_C:AREA_M2";

    /**
     * @return the core's pool
     * @throws IllegalArgumentException naming this spec and the core's range when a value is outside the tables
     */
    public Pool toPool() {
        try {
            OutdoorPool.Cover outdoorCover = cover;
            return outdoorCover != null ? new OutdoorPool(outdoorCover, waterTemperature, areaSquareMetres)
                    : new IndoorPool(roomTemperature, waterTemperature, areaSquareMetres);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--pool " + text + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param text the spec
     * @return the parsed spec
     * @throws TypeConversionException when the shape is wrong (picocli reports it as a usage error)
     */
    public static PoolSpec parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 4) {
            throw new TypeConversionException("'" + text + "' is not " + FORMAT);
        }
        String kind = parts[0].trim().toLowerCase(Locale.ROOT);
        double water = number(text, "WATER_C", parts[2]);
        double area = number(text, "AREA_M2", parts[3]);
        switch (kind) {
            case "outdoor":
                return new PoolSpec(text, cover(text, parts[1]), Double.NaN, water, area);
            case "indoor":
                return new PoolSpec(text, null, number(text, "ROOM_C", parts[1]), water, area);
            default:
                throw new TypeConversionException("'" + text + "': the pool kind must be outdoor or indoor, was '"
                        + parts[0] + "'");
        }
    }

    private static OutdoorPool.Cover cover(String text, String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (OutdoorPool.Cover c : OutdoorPool.Cover.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new TypeConversionException("'" + text + "': COVER must be covered, sheltered, partly-sheltered or "
                + "exposed, was '" + value + "'");
    }

    private static double number(String text, String label, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "': " + label + " must be a number, was '" + value + "'");
        }
    }

    /** Picocli converter for {@code --pool}. */
    public static final class Converter implements ITypeConverter<PoolSpec> {
        @Override
        public PoolSpec convert(@Nullable String value) {
            return parse(value == null ? "" : value);
        }
    }
}
