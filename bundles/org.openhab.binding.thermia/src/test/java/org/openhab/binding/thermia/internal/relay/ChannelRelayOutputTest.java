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
package org.openhab.binding.thermia.internal.relay;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.core.library.types.OnOffType;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ChannelRelayOutputTest {

    private final List<String> commands = new ArrayList<>();
    private boolean sg1;
    private boolean sg2;
    private final List<SgMode> passed = new ArrayList<>();
    private final ChannelRelayOutput output = new ChannelRelayOutput((channel, state) -> {
        commands.add(channel + "=" + state);
        if (CHANNEL_RELAY_SG1.equals(channel)) {
            sg1 = state == OnOffType.ON;
        } else {
            sg2 = state == OnOffType.ON;
        }
        passed.add(SgMode.fromContacts(sg1, sg2));
    });

    @ParameterizedTest(name = "first write of {0} commands both relay channels")
    @EnumSource(SgMode.class)
    void theFirstWriteCommandsBothChannels(SgMode mode) {
        output.write(mode);
        assertEquals(2, commands.size(), "both channels are commanded when nothing is known: " + commands);
        assertEquals(mode, SgMode.fromContacts(sg1, sg2));
    }

    @Test
    void noChangeBetweenTwoModesPassesThroughEvu() {
        for (SgMode from : SgMode.values()) {
            for (SgMode to : SgMode.values()) {
                output.close();
                output.write(from);
                passed.clear();
                output.write(to);
                assertEquals(to, SgMode.fromContacts(sg1, sg2), from + " -> " + to);
                if (to != SgMode.EVU) {
                    assertFalse(passed.contains(SgMode.EVU), from + " -> " + to + " passed through EVU: " + passed);
                }
            }
        }
    }

    @Test
    void writingTheSameModeAgainCommandsNothing() {
        output.write(SgMode.BOOST);
        commands.clear();
        output.write(SgMode.BOOST);
        assertEquals(List.of(), commands);
    }

    @Test
    void aReadBackIsComparedWithTheLastCommandOfItsContact() {
        assertFalse(output.readBack(SgContact.SG1, false).matches(), "nothing was commanded yet");
        assertNull(output.readBack(SgContact.SG1, false).commanded());
        output.write(SgMode.EVU);
        assertTrue(output.readBack(SgContact.SG1, true).matches(), "SG-1 is closed in EVU");
        assertTrue(output.readBack(SgContact.SG2, false).matches(), "SG-2 is open in EVU");
        ChannelRelayOutput.ReadBack stuck = output.readBack(SgContact.SG1, false);
        assertFalse(stuck.matches(), "a relay that stayed open is a mismatch");
        assertEquals(Boolean.TRUE, stuck.commanded());
        assertEquals(SgMode.EVU, output.written(), "a read-back is no write");
    }

    @Test
    void eachContactHasItsChannel() {
        for (SgContact contact : SgContact.values()) {
            assertEquals(contact, ChannelRelayOutput.contactOf(ChannelRelayOutput.channelOf(contact)));
        }
        assertNull(ChannelRelayOutput.contactOf(CHANNEL_SG_MODE));
    }

    @Test
    void boostToNormalOpensTheLockContactFirst() {
        output.write(SgMode.BOOST);
        commands.clear();
        output.write(SgMode.NORMAL);
        assertEquals(List.of("relay-sg1=OFF", "relay-sg2=OFF"), commands, "SG-1 opens first: BOOST, COMFORT, NORMAL");
    }
}
