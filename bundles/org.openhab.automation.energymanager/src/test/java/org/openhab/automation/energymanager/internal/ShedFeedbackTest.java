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

import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * What a shed feedback item's state says about the shed of a load that draws 2000 W.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ShedFeedbackTest {

    private static final double LOAD_WATTS = 2000;

    static Stream<Arguments> states() {
        return Stream.of(Arguments.of("the heat pump in EVU", new StringType("EVU"), ShedFeedback.IN_EFFECT),
                Arguments.of("evu, any case", new StringType("evu"), ShedFeedback.IN_EFFECT),
                Arguments.of("the heat pump NORMAL: the shed is deferred", new StringType("NORMAL"),
                        ShedFeedback.NOT_IN_EFFECT),
                Arguments.of("the heat pump boosted", new StringType("BOOST"), ShedFeedback.NOT_IN_EFFECT),
                Arguments.of("an empty text", new StringType(""), ShedFeedback.NO_REPORT),
                Arguments.of("a Switch ON", OnOffType.ON, ShedFeedback.IN_EFFECT),
                Arguments.of("a Switch OFF", OnOffType.OFF, ShedFeedback.NOT_IN_EFFECT),
                Arguments.of("999 W, less than half the power", new QuantityType<>(999, Units.WATT),
                        ShedFeedback.IN_EFFECT),
                Arguments.of("1000 W, half the power", new QuantityType<>(1000, Units.WATT),
                        ShedFeedback.NOT_IN_EFFECT),
                Arguments.of("0.2 kW", new QuantityType<>(0.2, MetricPrefix.KILO(Units.WATT)),
                        ShedFeedback.IN_EFFECT),
                Arguments.of("a plain 1800, taken as W", new DecimalType(1800), ShedFeedback.NOT_IN_EFFECT),
                Arguments.of("a temperature is no power", new QuantityType<>(20, SIUnits.CELSIUS),
                        ShedFeedback.NO_REPORT),
                Arguments.of("UNDEF", UnDefType.UNDEF, ShedFeedback.NO_REPORT),
                Arguments.of("NULL", UnDefType.NULL, ShedFeedback.NO_REPORT));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("states")
    void theItemsStateSaysWhetherTheShedIsInEffect(String what, State state, ShedFeedback expected) {
        assertEquals(expected, ShedFeedback.of(state, LOAD_WATTS));
    }
}
