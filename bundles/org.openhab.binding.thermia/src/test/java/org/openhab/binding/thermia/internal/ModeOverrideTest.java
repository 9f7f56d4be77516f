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
package org.openhab.binding.thermia.internal;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.RefreshType;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ModeOverrideTest {

    @ParameterizedTest(name = "\"{0}\" forces {1}")
    @CsvSource({ "NORMAL, NORMAL", "COMFORT, COMFORT", "EVU, EVU", "BOOST, BOOST", "boost, BOOST", "' Evu ', EVU" })
    void aModeNameForcesThatModeIgnoringCaseAndBlanks(String text, SgMode mode) {
        assertEquals(new ModeOverride.Force(mode), ModeOverride.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" releases the override")
    @ValueSource(strings = { "AUTO", "auto", " Auto " })
    void autoReleasesTheOverride(String text) {
        assertEquals(new ModeOverride.Release(), ModeOverride.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = { "", "ON", "SG1", "BOOST!", "NORMAL COMFORT", "LOCK" })
    void anUnknownWordIsRejectedWithTheAllowedValues(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModeOverride.parse(text));
        String message = e.getMessage();
        assertNotNull(message);
        assertTrue(message.contains("'" + text + "'"), "the message quotes the rejected word: " + message);
        assertTrue(message.contains("AUTO, NORMAL, COMFORT, EVU, BOOST"), "the message lists the allowed words: "
                + message);
    }

    @ParameterizedTest(name = "{0} round-trips through its command word")
    @EnumSource(SgMode.class)
    void theCommandWordOfAForceParsesBackToIt(SgMode mode) {
        ModeOverride force = new ModeOverride.Force(mode);
        assertEquals(force, ModeOverride.parse(force.toText()));
    }

    @Test
    void theCommandWordOfAReleaseIsAuto() {
        assertEquals("AUTO", new ModeOverride.Release().toText());
    }

    @Test
    void aStringCommandIsParsed() {
        assertEquals(new ModeOverride.Force(SgMode.EVU), ModeOverride.fromCommand(new StringType("EVU")));
        assertEquals(new ModeOverride.Release(), ModeOverride.fromCommand(StringType.valueOf("AUTO")));
    }

    @Test
    void aCommandThatIsNotTextIsRejectedWithTheAllowedValues() {
        for (var command : new org.openhab.core.types.Command[] { OnOffType.ON, RefreshType.REFRESH }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ModeOverride.fromCommand(command));
            assertTrue(String.valueOf(e.getMessage()).contains("AUTO, NORMAL, COMFORT, EVU, BOOST"),
                    "message for " + command + ": " + e.getMessage());
        }
    }
}
