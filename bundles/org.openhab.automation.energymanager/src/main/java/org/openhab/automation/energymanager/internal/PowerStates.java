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
package org.openhab.automation.energymanager.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * Reads meter item states as the core's numbers.
 * <ul>
 * <li>Power: a {@link QuantityType} in any power unit is converted to W; a plain number ({@link DecimalType}, or a
 * quantity without unit) is taken as W. Anything else (UNDEF, NULL, text, a quantity of another dimension) is no
 * reading.</li>
 * <li>Energy counters: a {@link QuantityType} in any energy unit is converted to kWh; a plain number is taken as
 * kWh.</li>
 * <li>Temperatures: a {@link QuantityType} in any temperature unit is converted to °C; a plain number is taken as
 * °C.</li>
 * </ul>
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class PowerStates {

    private PowerStates() {
        // static translation only
    }

    /**
     * @param state the state of a power meter item
     * @param at when the state was received
     * @param convention how the meter signs its power
     * @return the reading in the engine's convention (W, import positive), or empty when the state holds no power
     */
    public static Optional<PowerReading> toPowerReading(State state, Instant at, SignConvention convention) {
        OptionalDouble watts = toWatts(state);
        return watts.isPresent() ? Optional.of(new PowerReading(at, convention.toImportWatts(watts.getAsDouble())))
                : Optional.empty();
    }

    /**
     * @return a load's measured power in W: the state as power when it is 0 W or more; empty for UNDEF, NULL, a
     *         state that is no power, or a negative value (a load's own meter never exports)
     */
    public static OptionalDouble toLoadWatts(State state) {
        OptionalDouble watts = toWatts(state);
        return watts.isPresent() && watts.getAsDouble() >= 0 ? watts : OptionalDouble.empty();
    }

    /**
     * @param state the state of a power item
     * @return the power in W as the item states it (no sign convention applied), or empty when the state holds no
     *         power
     */
    public static OptionalDouble toWatts(State state) {
        return inUnit(state, Units.WATT);
    }

    /**
     * @param state the state of an energy counter item
     * @return the energy in kWh, or empty when the state holds no energy
     */
    public static OptionalDouble toKilowattHours(State state) {
        return inUnit(state, Units.KILOWATT_HOUR);
    }

    /**
     * @param state the state of a temperature item
     * @return the temperature in °C: a {@link QuantityType} in any temperature unit converted, a plain number taken
     *         as °C; empty for UNDEF, NULL or a state that is no temperature
     */
    public static OptionalDouble toCelsius(State state) {
        return inUnit(state, SIUnits.CELSIUS);
    }

    /**
     * @return a quantity converted to {@code unit}, a plain number as it is (taken to be in {@code unit}); empty for
     *         UNDEF, NULL, text or a quantity of another dimension
     */
    private static OptionalDouble inUnit(State state, Unit<?> unit) {
        if (state instanceof QuantityType<?> quantity && !isPlainNumber(quantity)) {
            @Nullable
            QuantityType<?> converted = quantity.toUnit(unit);
            return converted == null ? OptionalDouble.empty() : finite(converted.doubleValue());
        }
        return plainNumber(state);
    }

    private static boolean isPlainNumber(QuantityType<?> quantity) {
        return quantity.getUnit().equals(Units.ONE);
    }

    private static OptionalDouble plainNumber(State state) {
        if (state instanceof DecimalType number) {
            return finite(number.doubleValue());
        }
        if (state instanceof QuantityType<?> quantity) {
            return finite(quantity.doubleValue());
        }
        return OptionalDouble.empty();
    }

    // a BigDecimal beyond the double range becomes infinite: that is no usable reading
    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
