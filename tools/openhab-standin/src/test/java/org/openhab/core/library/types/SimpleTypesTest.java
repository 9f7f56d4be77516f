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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimpleTypesTest {

    @ParameterizedTest(name = "OnOffType.from(\"{0}\") is {1}")
    @CsvSource({ "ON, ON", "on, ON", "1, ON", "OFF, OFF", "0, OFF", "yes, OFF" })
    void onOffFromTextAcceptsOnAndOne(String text, OnOffType expected) {
        assertEquals(expected, OnOffType.from(text));
    }

    @Test
    void onOffFromBoolean() {
        assertEquals(OnOffType.ON, OnOffType.from(true));
        assertEquals(OnOffType.OFF, OnOffType.from(false));
        assertEquals("ON", OnOffType.ON.toFullString());
    }

    @Test
    void stringTypeTreatsNullAsEmptyAndEqualsItsText() {
        assertEquals(StringType.EMPTY, new StringType(null));
        assertEquals(new StringType("BOOST"), StringType.valueOf("BOOST"));
        assertEquals("BOOST", new StringType("BOOST").toString());
    }

    @Test
    void decimalTypeParsesAndComparesByValue() {
        assertEquals(new DecimalType(new BigDecimal("1.50")), new DecimalType("1.5"), "1.50 equals 1.5");
        assertEquals(new DecimalType(1.5).hashCode(), new DecimalType("1.50").hashCode());
        assertEquals(1234.5, new DecimalType("1.234,5", Locale.GERMANY).doubleValue());
        assertThrows(NumberFormatException.class, () -> new DecimalType("12 apples"));
        assertEquals("7", new DecimalType(7).format("%d"));
        assertEquals("0.1", new DecimalType(0.1).toFullString(), "a double keeps its decimal text");
    }

    @Test
    void switchAndNumberConvertIntoEachOther() {
        assertEquals(new DecimalType(1), OnOffType.ON.as(DecimalType.class));
        assertEquals(OnOffType.OFF, DecimalType.ZERO.as(OnOffType.class));
        assertNull(OnOffType.ON.as(StringType.class), "no conversion gives null");
    }

    @Test
    void undefinedStatesAndRefreshHaveTheirNames() {
        State undef = UnDefType.UNDEF;
        assertEquals("UNDEF", undef.toFullString());
        assertEquals("NULL", UnDefType.NULL.toString());
        assertEquals("REFRESH", RefreshType.REFRESH.toFullString());
        assertSame(undef, undef.as(UnDefType.class), "a state converts to its own type");
    }

    @Test
    void pointTypeParsesAndMeasuresDistance() {
        PointType brussels = new PointType("50.85,4.35");
        PointType antwerp = PointType.valueOf("51.22,4.40,10");
        assertEquals(new DecimalType(50.85), brussels.getLatitude());
        assertEquals(new DecimalType(10), antwerp.getAltitude());
        double km = antwerp.distanceFrom(brussels).doubleValue() / 1000;
        assertTrue(km > 40 && km < 43, "Brussels-Antwerp is about 41 km, was " + km);
        assertThrows(IllegalArgumentException.class, () -> new PointType("50.85"));
    }
}
