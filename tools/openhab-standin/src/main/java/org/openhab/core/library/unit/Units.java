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
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Common units, built on indriya's SI units as openHAB does. The stand-in has only the ones the add-ons use.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Units extends CustomUnits {

    private static final Units INSTANCE = new Units();

    /** The unit of a pure number. */
    public static final Unit<Dimensionless> ONE = addUnit(AbstractUnit.ONE);
    /** Percent, {@code %}. */
    public static final Unit<Dimensionless> PERCENT = addUnit(tech.units.indriya.unit.Units.PERCENT);
    /** Watt-hour, {@code Wh}. */
    public static final Unit<Energy> WATT_HOUR = addUnit(
            tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.HOUR).asType(Energy.class));
    /** Kilowatt-hour, {@code kWh}. */
    public static final Unit<Energy> KILOWATT_HOUR = addUnit(MetricPrefix.KILO(WATT_HOUR));
    /** Watt, {@code W}. */
    public static final Unit<Power> WATT = addUnit(tech.units.indriya.unit.Units.WATT);
    /** Second, {@code s}. */
    public static final Unit<Time> SECOND = addUnit(tech.units.indriya.unit.Units.SECOND);
    /** Minute, {@code min}. */
    public static final Unit<Time> MINUTE = addUnit(tech.units.indriya.unit.Units.MINUTE);
    /** Hour, {@code h}. */
    public static final Unit<Time> HOUR = addUnit(tech.units.indriya.unit.Units.HOUR);
    /** Kelvin, {@code K}. */
    public static final Unit<Temperature> KELVIN = addUnit(tech.units.indriya.unit.Units.KELVIN);

    static {
        // symbols openHAB registers so that "3 kWh" parses and prints
        SimpleUnitFormat.getInstance().label(WATT_HOUR, "Wh");
        SimpleUnitFormat.getInstance().label(KILOWATT_HOUR, "kWh");
    }

    private Units() {
    }

    /** @return the system of units holding these units */
    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    private static <U extends Unit<?>> U addUnit(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }
}
