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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import javax.measure.Unit;
import javax.measure.quantity.Power;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.meter.SignConvention;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class PowerStatesTest {

    private static final Instant AT = Instant.parse("2026-06-21T12:00:00Z");

    static Stream<Arguments> powerStates() {
        return Stream.of(Arguments.of("1500 W", new QuantityType<>(1500, Units.WATT), 1500.0),
                Arguments.of("-2.5 kW (export)", new QuantityType<>(-2.5, MetricPrefix.KILO(Units.WATT)), -2500.0),
                Arguments.of("0.004 MW", new QuantityType<>(0.004, MetricPrefix.MEGA(Units.WATT)), 4000.0),
                Arguments.of("250 mW", new QuantityType<>(250, MetricPrefix.MILLI(Units.WATT)), 0.25),
                Arguments.of("parsed \"3 kW\"", new QuantityType<>("3 kW"), 3000.0),
                Arguments.of("plain number 730", new DecimalType(730), 730.0),
                Arguments.of("plain number -42.5", new DecimalType(new BigDecimal("-42.5")), -42.5),
                Arguments.of("quantity without unit 800", new QuantityType<>(800, Units.ONE), 800.0));
    }

    @ParameterizedTest(name = "{0} is {2} W")
    @MethodSource("powerStates")
    void aPowerStateIsReadInWatt(String description, State state, double watts) {
        assertEquals(OptionalDouble.of(watts), rounded(PowerStates.toWatts(state)), description);
        assertEquals(Optional.of(new PowerReading(AT, watts)),
                PowerStates.toPowerReading(state, AT, SignConvention.IMPORT_POSITIVE).map(PowerStatesTest::rounded),
                description + " as an import-positive reading");
    }

    @ParameterizedTest(name = "{0} from an export-positive meter is {2} W negated")
    @MethodSource("powerStates")
    void anExportPositiveMeterIsTurnedIntoImportPositive(String description, State state, double meterWatts) {
        Optional<PowerReading> reading = PowerStates.toPowerReading(state, AT, SignConvention.EXPORT_POSITIVE);
        assertTrue(reading.isPresent(), description);
        assertEquals(-meterWatts, reading.get().watts(), 1e-9, description + " must change sign");
        assertEquals(AT, reading.get().at(), "the reading keeps the instant it was received");
    }

    static Stream<Arguments> statesWithoutPower() {
        return Stream.of(Arguments.of("UNDEF", UnDefType.UNDEF), Arguments.of("NULL", UnDefType.NULL),
                Arguments.of("text \"500\"", new StringType("500")), Arguments.of("switch ON", OnOffType.ON),
                Arguments.of("date", new DateTimeType(AT)),
                Arguments.of("energy 3 kWh", new QuantityType<>(3, Units.KILOWATT_HOUR)),
                Arguments.of("temperature 21 °C", new QuantityType<>(21, SIUnits.CELSIUS)),
                Arguments.of("percent 50 %", new QuantityType<>(50, Units.PERCENT)),
                Arguments.of("beyond the double range", new DecimalType(new BigDecimal("1e400"))),
                Arguments.of("kW beyond the double range",
                        new QuantityType<>(new BigDecimal("1e400"), MetricPrefix.KILO(Units.WATT))));
    }

    @ParameterizedTest(name = "{0} is no power reading")
    @MethodSource("statesWithoutPower")
    void aStateWithoutPowerGivesNoReading(String description, State state) {
        assertEquals(OptionalDouble.empty(), PowerStates.toWatts(state), description);
        for (SignConvention convention : SignConvention.values()) {
            assertEquals(Optional.empty(), PowerStates.toPowerReading(state, AT, convention),
                    description + " must not become a reading (" + convention + ")");
        }
    }

    static Stream<Arguments> energyStates() {
        return Stream.of(Arguments.of("12.5 kWh", new QuantityType<>(12.5, Units.KILOWATT_HOUR), 12.5),
                Arguments.of("1500 Wh", new QuantityType<>(1500, Units.WATT_HOUR), 1.5),
                Arguments.of("2 MWh", new QuantityType<>(2, MetricPrefix.MEGA(Units.WATT_HOUR)), 2000.0),
                Arguments.of("parsed \"7 kWh\"", new QuantityType<>("7 kWh"), 7.0),
                Arguments.of("plain number 42", new DecimalType(42), 42.0),
                Arguments.of("quantity without unit 3", new QuantityType<>(3, Units.ONE), 3.0));
    }

    @ParameterizedTest(name = "{0} is {2} kWh")
    @MethodSource("energyStates")
    void anEnergyStateIsReadInKilowattHour(String description, State state, double kwh) {
        assertEquals(OptionalDouble.of(kwh), rounded(PowerStates.toKilowattHours(state)), description);
    }

    static Stream<Arguments> statesWithoutEnergy() {
        return Stream.of(Arguments.of("UNDEF", UnDefType.UNDEF), Arguments.of("NULL", UnDefType.NULL),
                Arguments.of("text", new StringType("12 kWh")), Arguments.of("power 3 kW", new QuantityType<>("3 kW")),
                Arguments.of("beyond the double range",
                        new QuantityType<>(new BigDecimal("1e400"), Units.KILOWATT_HOUR)));
    }

    @ParameterizedTest(name = "{0} is no energy")
    @MethodSource("statesWithoutEnergy")
    void aStateWithoutEnergyGivesNothing(String description, State state) {
        assertEquals(OptionalDouble.empty(), PowerStates.toKilowattHours(state), description);
    }

    @Test
    void anyPowerUnitGivesTheSameWattsAndTheTwoConventionsAreOpposite() {
        List<Unit<Power>> units = List.of(Units.WATT, MetricPrefix.KILO(Units.WATT), MetricPrefix.MEGA(Units.WATT),
                MetricPrefix.MILLI(Units.WATT));
        double[] factors = { 1, 1e3, 1e6, 1e-3 };
        PropertyCheck.forAll("power in any unit reads as the same watts", 20_000, random -> {
            int which = random.nextInt(units.size());
            double watts = Math.round(random.nextDouble(-50_000, 50_000) * 1000) / 1000.0;
            QuantityType<Power> state = new QuantityType<>(BigDecimal.valueOf(watts)
                    .divide(BigDecimal.valueOf(factors[which])), units.get(which));
            Optional<PowerReading> imported = PowerStates.toPowerReading(state, AT, SignConvention.IMPORT_POSITIVE);
            Optional<PowerReading> exported = PowerStates.toPowerReading(state, AT, SignConvention.EXPORT_POSITIVE);
            assertTrue(imported.isPresent() && exported.isPresent(), state + " must read as power");
            assertEquals(watts, imported.get().watts(), 1e-6, state + " in W");
            assertEquals(-imported.get().watts(), exported.get().watts(), 0.0,
                    state + ": the two sign conventions must give opposite readings");
        });
    }

    // conversions through prefixes can leave a last-digit error; the tables state exact decimal values
    private static OptionalDouble rounded(OptionalDouble value) {
        return value.isPresent() ? OptionalDouble.of(round(value.getAsDouble())) : value;
    }

    private static PowerReading rounded(PowerReading reading) {
        return new PowerReading(reading.at(), round(reading.watts()));
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
