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
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A number without unit, held as a {@link BigDecimal}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 1L;

    /** The number zero. */
    public static final DecimalType ZERO = new DecimalType(0);

    /** The value. */
    protected BigDecimal value;

    /** Creates the number zero. */
    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    /**
     * @param value any number; a {@link QuantityType} contributes its number without the unit
     */
    public DecimalType(Number value) {
        if (value instanceof BigDecimal decimal) {
            this.value = decimal;
        } else if (value instanceof QuantityType<?> quantity) {
            this.value = quantity.toBigDecimal();
        } else {
            // the decimal text keeps what the caller wrote (0.1 stays 0.1, not its binary expansion)
            this.value = new BigDecimal(value.toString());
        }
    }

    /**
     * Parses a number written with English separators.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public DecimalType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Parses a number written with the separators of {@code locale}.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public DecimalType(String value, Locale locale) {
        this.value = parse(value, locale);
    }

    private static BigDecimal parse(String text, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        String upper = text.trim().toUpperCase(locale);
        Object parsed = format.parseObject(upper, position);
        if (!(parsed instanceof BigDecimal decimal) || position.getIndex() != upper.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + text);
        }
        return decimal;
    }

    /**
     * @return the number in {@code value}
     * @throws NumberFormatException when the text is not a number
     */
    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    /** @return the value */
    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public String format(String pattern) {
        // integral values are offered as integers so that %d works; otherwise as the decimal
        try {
            return String.format(pattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(pattern, value);
        }
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        // the stand-in converts only to a switch state; everything else as the default does
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(value.signum() != 0));
        }
        return State.super.as(target);
    }

    @Override
    public int compareTo(DecimalType other) {
        return value.compareTo(other.value);
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DecimalType other && value.compareTo(other.value) == 0;
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
}
