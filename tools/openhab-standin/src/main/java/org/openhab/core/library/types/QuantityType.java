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

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.RationalNumber;

/**
 * A number with a unit of measurement (indriya units), e.g. {@code 3 kW}.
 * <p>
 * Stand-in body: the value is kept as a {@link BigDecimal} with its {@link Unit}; conversions use the unit's
 * converter, so absolute scales (°C to K) convert like openHAB does.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;
    private static final String UNIT_PLACEHOLDER = "%unit%";

    static {
        // openHAB registers its unit symbols (kWh, Wh, °C, ...) before anything is parsed
        Units.getInstance();
        SIUnits.getInstance();
    }

    /** Zero without unit. */
    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);
    /** One without unit. */
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(1, AbstractUnit.ONE);

    private final BigDecimal value;
    private final Unit<T> unit;

    /** Creates zero without unit. */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this(BigDecimal.ZERO, (Unit<T>) AbstractUnit.ONE);
    }

    /**
     * Parses a number followed by an optional unit symbol, with English separators: {@code "3 kW"}, {@code "3kW"},
     * {@code "21.5 °C"}, {@code "42"}.
     *
     * @throws NumberFormatException when a value without unit is not a number
     * @throws IllegalArgumentException when a value with unit cannot be parsed
     */
    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Parses a number followed by an optional unit symbol, with the separators of {@code locale}.
     *
     * @throws NumberFormatException when a value without unit is not a number
     * @throws IllegalArgumentException when a value with unit cannot be parsed
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        String text = value.trim();
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object number = format.parseObject(text.toUpperCase(locale), position);
        String symbol = text.substring(position.getIndex()).trim();
        if (!(number instanceof BigDecimal decimal)) {
            // like openHAB: a single word is read as a plain number, several words as number and unit
            throw text.chars().anyMatch(Character::isWhitespace)
                    ? new IllegalArgumentException("Invalid Quantity value: " + value)
                    : new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = decimal;
        if (symbol.isEmpty()) {
            this.unit = (Unit<T>) AbstractUnit.ONE;
        } else {
            try {
                this.unit = (Unit<T>) SimpleUnitFormat.getInstance().parse(symbol);
            } catch (MeasurementParseException e) {
                throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
            }
        }
    }

    /**
     * @param value the number (a {@code double} keeps its decimal text: 0.1 stays 0.1)
     * @param unit the unit
     * @throws NumberFormatException when {@code value} is NaN or infinite
     */
    public QuantityType(Number value, Unit<T> unit) {
        this.value = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        this.unit = unit;
    }

    /** @return {@code new QuantityType<>(value, unit)} */
    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    /**
     * @return the quantity written in {@code value}
     * @throws NumberFormatException when a value without unit is not a number
     * @throws IllegalArgumentException when a value with unit cannot be parsed
     */
    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    /** @return the unit */
    public Unit<T> getUnit() {
        return unit;
    }

    /** @return the physical dimension of the unit */
    public Dimension getDimension() {
        return unit.getDimension();
    }

    /**
     * @param targetUnit a unit of the same dimension
     * @return this quantity in {@code targetUnit}, or {@code null} when the units are not convertible
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        try {
            UnitConverter converter = unit.getConverterToAny(targetUnit);
            return new QuantityType<>(decimalOf(converter.convert(value)), (Unit<T>) targetUnit);
        } catch (IncommensurableException | UnconvertibleException e) {
            return null;
        }
    }

    /**
     * @param targetUnit a unit symbol, e.g. {@code "kW"}
     * @return this quantity in that unit, or {@code null} when the symbol is unknown or not convertible
     */
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        Unit<?> target = parseUnit(targetUnit);
        return target == null ? null : toUnit(target);
    }

    /**
     * Converts a difference rather than a level: offsets of absolute scales are ignored (a step of 1 °C is a step
     * of 1 K).
     *
     * @return this difference in {@code targetUnit}, or {@code null} when the units are not convertible
     */
    public @Nullable QuantityType<T> toUnitRelative(Unit<T> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        if (!unit.isCompatible(targetUnit)) {
            return null;
        }
        UnitConverter converter = unit.getConverterTo(targetUnit);
        BigDecimal origin = decimalOf(converter.convert(BigDecimal.ZERO));
        return new QuantityType<>(decimalOf(converter.convert(value)).subtract(origin), targetUnit);
    }

    /** @return the number, in this quantity's unit */
    public BigDecimal toBigDecimal() {
        return value;
    }

    /** @return the sum; {@code state} is converted to this quantity's unit first */
    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(value.add(state.inUnitOf(this)), unit);
    }

    /** @return the difference; {@code state} is converted to this quantity's unit first */
    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(value.subtract(state.inUnitOf(this)), unit);
    }

    /** @return this quantity with the opposite sign */
    public QuantityType<T> negate() {
        return new QuantityType<>(value.negate(), unit);
    }

    /** @return this quantity multiplied by {@code value}, in the same unit */
    public QuantityType<?> multiply(BigDecimal value) {
        return new QuantityType<>(this.value.multiply(value), unit);
    }

    /** @return this quantity divided by {@code value}, in the same unit */
    public QuantityType<?> divide(BigDecimal value) {
        return new QuantityType<>(this.value.divide(value, MathContext.DECIMAL128), unit);
    }

    @Override
    public String format(String pattern) {
        String resolved = pattern.contains(UNIT_PLACEHOLDER)
                ? pattern.replace(UNIT_PLACEHOLDER, Units.PERCENT.equals(unit) ? "%%" : symbol(unit))
                : pattern;
        try {
            return String.format(resolved, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(resolved, value);
        }
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return AbstractUnit.ONE.equals(unit) ? value.toPlainString() : value.toPlainString() + " " + symbol(unit);
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        // the stand-in converts only to the plain number and to a switch state
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(value));
        }
        if (target == OnOffType.class) {
            if (value.signum() == 0) {
                return target.cast(OnOffType.OFF);
            }
            return value.compareTo(BigDecimal.ONE) == 0 || Units.PERCENT.equals(unit) && value.signum() > 0
                    ? target.cast(OnOffType.ON)
                    : null;
        }
        return State.super.as(target);
    }

    @Override
    public int compareTo(QuantityType<T> other) {
        return Double.compare(inSystemUnit(), other.inSystemUnit());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other) || !unit.isCompatible(other.unit)) {
            return false;
        }
        return Double.compare(inSystemUnit(), other.inSystemUnit()) == 0;
    }

    @Override
    public int hashCode() {
        // equal quantities in different units (1 kW, 1000 W) must hash alike
        return 31 * unit.getSystemUnit().hashCode() + Double.hashCode(inSystemUnit());
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    private BigDecimal inUnitOf(QuantityType<T> reference) {
        QuantityType<T> converted = toUnit(reference.unit);
        if (converted == null) {
            throw new IllegalArgumentException("Cannot convert " + this + " to " + symbol(reference.unit));
        }
        return converted.value;
    }

    private double inSystemUnit() {
        return unit.getConverterTo(unit.getSystemUnit()).convert(value).doubleValue();
    }

    private static @Nullable Unit<?> parseUnit(String symbol) {
        try {
            return SimpleUnitFormat.getInstance().parse(symbol.trim());
        } catch (MeasurementParseException e) {
            return null;
        }
    }

    private static String symbol(Unit<?> unit) {
        return SimpleUnitFormat.getInstance().format(unit);
    }

    // indriya converters answer with BigDecimal, BigInteger, RationalNumber or boxed primitives
    private static BigDecimal decimalOf(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(Double.toString(number.doubleValue()));
    }
}
