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

import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class RelayStatesTest {

    @ParameterizedTest(name = "{0}: relay-sg1 {1}, relay-sg2 {2}")
    @CsvSource({ "NORMAL, OFF, OFF", "COMFORT, OFF, ON", "EVU, ON, OFF", "BOOST, ON, ON" })
    void eachModeDrivesTheRelaysOfTheSgReadyTable(SgMode mode, OnOffType sg1, OnOffType sg2) {
        assertEquals(sg1, RelayStates.sg1(mode), "relay-sg1 (contact 409) in " + mode);
        assertEquals(sg2, RelayStates.sg2(mode), "relay-sg2 (contact 408) in " + mode);
    }

    @ParameterizedTest(name = "{0} survives relays and read-back")
    @EnumSource(SgMode.class)
    void readingBackTheRelaysOfAModeGivesThatMode(SgMode mode) {
        assertEquals(Optional.of(mode), RelayStates.modeFromContacts(RelayStates.sg1(mode), RelayStates.sg2(mode)));
    }

    @ParameterizedTest(name = "contacts {0}/{1} read back as {2}")
    @CsvSource({ "OFF, OFF, NORMAL", "OFF, ON, COMFORT", "ON, OFF, EVU", "ON, ON, BOOST" })
    void contactPairsReadBackAsTheirMode(OnOffType sg1, OnOffType sg2, SgMode expected) {
        assertEquals(Optional.of(expected), RelayStates.modeFromContacts(sg1, sg2));
    }

    static Stream<Arguments> unknownContactStates() {
        return Stream.of(Arguments.of(UnDefType.UNDEF, OnOffType.ON), Arguments.of(OnOffType.OFF, UnDefType.NULL),
                Arguments.of(UnDefType.NULL, UnDefType.NULL), Arguments.of(new DecimalType(1), OnOffType.ON),
                Arguments.of(OnOffType.ON, new StringType("ON")));
    }

    @ParameterizedTest(name = "contacts {0}/{1} give no mode")
    @MethodSource("unknownContactStates")
    void aContactThatIsNotOnOrOffGivesNoMode(State sg1, State sg2) {
        assertEquals(Optional.empty(), RelayStates.modeFromContacts(sg1, sg2),
                "an unknown contact must not be guessed as open or closed");
    }

    @Test
    void onlyEvuAndBoostCloseTheLockContact() {
        for (SgMode mode : SgMode.values()) {
            boolean lockContactClosed = RelayStates.sg1(mode) == OnOffType.ON;
            assertEquals(mode == SgMode.EVU || mode == SgMode.BOOST, lockContactClosed, mode.name());
        }
    }
}
