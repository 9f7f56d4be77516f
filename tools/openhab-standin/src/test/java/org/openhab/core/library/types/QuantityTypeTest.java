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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Locale;

import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;
import javax.measure.quantity.Temperature;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class QuantityTypeTest {

    @ParameterizedTest(name = "\"{0}\" is {1} W")
    @CsvSource({ "3 kW, 3000", "3kW, 3000", "-1.5 kW, -1500", "250 W, 250", "0.5 MW, 500000", "1500 mW, 1.5" })
    void aPowerTextParsesAndConvertsToWatt(String text, double watts) {
        QuantityType<?> parsed = new QuantityType<>(text);
        QuantityType<?> inWatt = parsed.toUnit(Units.WATT);
        assertNotNull(inWatt, text + " must be convertible to W");
        assertEquals(watts, inWatt.doubleValue(), 1e-9, text + " in W");
        assertEquals(Units.WATT, inWatt.getUnit());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} kWh")
    @CsvSource({ "3 kWh, 3", "1500 Wh, 1.5", "2.5kWh, 2.5", "-0.25 kWh, -0.25" })
    void anEnergyTextParsesAndConvertsToKilowattHour(String text, double kwh) {
        QuantityType<?> inKwh = new QuantityType<>(text).toUnit(Units.KILOWATT_HOUR);
        assertNotNull(inKwh, text + " must be convertible to kWh");
        assertEquals(kwh, inKwh.doubleValue(), 1e-9, text + " in kWh");
    }

    @Test
    void toUnitKeepsTheExactDecimalValue() {
        QuantityType<Power> kw = new QuantityType<>(new BigDecimal("1.234"), MetricPrefix.KILO(Units.WATT));
        QuantityType<Power> w = kw.toUnit(Units.WATT);
        assertNotNull(w);
        assertEquals(0, new BigDecimal("1234").compareTo(w.toBigDecimal()), "1.234 kW is exactly 1234 W");
    }

    @Test
    void toUnitAnswersNullForAnIncompatibleUnit() {
        QuantityType<Power> power = new QuantityType<>(5, Units.WATT);
        assertNull(power.toUnit(Units.KILOWATT_HOUR), "W cannot become kWh");
        assertNull(power.toUnit("no-such-unit"), "an unknown symbol gives null");
    }

    @Test
    void toUnitBySymbolWorks() {
        QuantityType<Power> kw = new QuantityType<Power>(2500, Units.WATT).toUnit("kW");
        assertNotNull(kw);
        assertEquals(2.5, kw.doubleValue(), 1e-12);
    }

    @Test
    void aTextWithoutUnitIsDimensionless() {
        QuantityType<?> plain = new QuantityType<>("42");
        assertEquals(Units.ONE, plain.getUnit());
        assertEquals("42", plain.toFullString());
    }

    @Test
    void aLocaleWithDecimalCommaIsHonoured() {
        QuantityType<?> parsed = new QuantityType<>("1,5 kW", Locale.GERMANY);
        QuantityType<?> inWatt = parsed.toUnit(Units.WATT);
        assertNotNull(inWatt);
        assertEquals(1500, inWatt.doubleValue(), 1e-9);
    }

    @Test
    void unparsableTextsAreRejected() {
        assertThrows(NumberFormatException.class, () -> new QuantityType<>("abc"));
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("3 parsecs-per-fortnight"));
    }

    @Test
    void celsiusConvertsAbsolutelyWithToUnitAndAsADifferenceWithToUnitRelative() {
        QuantityType<Temperature> twenty = new QuantityType<>(20, SIUnits.CELSIUS);
        QuantityType<Temperature> kelvin = twenty.toUnit(tech.units.indriya.unit.Units.KELVIN);
        assertNotNull(kelvin);
        assertEquals(293.15, kelvin.doubleValue(), 1e-9, "20 °C is 293.15 K");
        QuantityType<Temperature> step = twenty.toUnitRelative(tech.units.indriya.unit.Units.KELVIN);
        assertNotNull(step);
        assertEquals(20, step.doubleValue(), 1e-9, "a step of 20 °C is a step of 20 K");
    }

    @Test
    void quantitiesInDifferentUnitsCompareAndEqualByValue() {
        QuantityType<Power> oneKw = new QuantityType<Power>("1 kW").toUnit(Units.WATT);
        QuantityType<Power> thousandW = new QuantityType<>(1000, Units.WATT);
        QuantityType<Power> kw = new QuantityType<>(1, MetricPrefix.KILO(Units.WATT));
        assertEquals(thousandW, oneKw);
        assertEquals(thousandW, kw, "1 kW equals 1000 W");
        assertEquals(thousandW.hashCode(), kw.hashCode(), "equal quantities hash alike");
        assertTrue(new QuantityType<>(999, Units.WATT).compareTo(kw) < 0, "999 W < 1 kW");
        assertNotEquals(new QuantityType<>(1000, Units.WATT_HOUR), thousandW, "Wh is not W");
    }

    @Test
    void arithmeticKeepsTheUnitOfTheLeftOperand() {
        QuantityType<Energy> sum = new QuantityType<>(1, Units.KILOWATT_HOUR)
                .add(new QuantityType<>(500, Units.WATT_HOUR));
        assertEquals(Units.KILOWATT_HOUR, sum.getUnit());
        assertEquals(1.5, sum.doubleValue(), 1e-12);
        assertEquals(-1.5, sum.negate().doubleValue(), 1e-12);
        assertEquals(0.5,
                sum.subtract(new QuantityType<>(1000, Units.WATT_HOUR)).doubleValue(), 1e-12);
    }

    @Test
    void toFullStringAndFormatWriteTheUnitSymbol() {
        assertEquals("3 kWh", new QuantityType<>(3, Units.KILOWATT_HOUR).toFullString());
        assertEquals("21.5 °C", new QuantityType<>(21.5, SIUnits.CELSIUS).toString());
        assertEquals("1500 W", new QuantityType<>(1500, Units.WATT).format("%d %unit%"));
        assertEquals("42.0 %", new QuantityType<>(42, Units.PERCENT).format("%.1f %unit%"));
        assertEquals(new QuantityType<>("3 kWh"), QuantityType.valueOf("3 kWh"), "the full string parses back");
    }

    @Test
    void aDoubleKeepsItsDecimalText() {
        assertEquals(new BigDecimal("0.1"), new QuantityType<>(0.1, Units.WATT).toBigDecimal());
        assertEquals(0.1, QuantityType.valueOf(0.1, Units.WATT).doubleValue());
    }

    @Test
    void asConvertsToThePlainNumber() {
        DecimalType number = new QuantityType<>(7.5, Units.WATT).as(DecimalType.class);
        assertEquals(new DecimalType(7.5), number);
        assertEquals(OnOffType.OFF, new QuantityType<>(0, Units.ONE).as(OnOffType.class));
    }
}
