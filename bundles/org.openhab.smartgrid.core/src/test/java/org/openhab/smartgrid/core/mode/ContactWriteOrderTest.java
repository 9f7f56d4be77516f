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
package org.openhab.smartgrid.core.mode;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@NonNullByDefault
class ContactWriteOrderTest {

    static Stream<Arguments> allChanges() {
        return Stream.of(SgMode.values())
                .flatMap(from -> Stream.of(SgMode.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allChanges")
    void writingTheContactsInOrderReachesTheTargetWithoutPassingThroughEvu(SgMode from, SgMode to) {
        boolean sg1 = from.sg1();
        boolean sg2 = from.sg2();
        List<ContactWriteOrder.ContactWrite> writes = ContactWriteOrder.writes(from, to);
        for (int i = 0; i < writes.size(); i++) {
            ContactWriteOrder.ContactWrite write = writes.get(i);
            if (write.contact() == SgContact.SG1) {
                sg1 = write.closed();
            } else {
                sg2 = write.closed();
            }
            boolean last = i == writes.size() - 1;
            if (!last) {
                assertNotEquals(SgMode.EVU, SgMode.fromContacts(sg1, sg2), "a passing mode is never a lock");
            }
        }
        assertEquals(to, SgMode.fromContacts(sg1, sg2), "the writes end at the target");
        int changed = (from.sg1() != to.sg1() ? 1 : 0) + (from.sg2() != to.sg2() ? 1 : 0);
        assertEquals(changed, writes.size(), "only the contacts that change are written");
    }

    @Test
    void normalToBoostPassesThroughComfort() {
        assertEquals(List.of(new ContactWriteOrder.ContactWrite(SgContact.SG2, true),
                new ContactWriteOrder.ContactWrite(SgContact.SG1, true)),
                ContactWriteOrder.writes(SgMode.NORMAL, SgMode.BOOST));
    }

    @Test
    void theContactsAreThermiaTerminals409And408() {
        assertEquals(409, SgContact.SG1.terminal());
        assertEquals(408, SgContact.SG2.terminal());
    }

    @Test
    void theRelayStateOfEachModeReadsBackAsThatMode() {
        for (SgMode mode : SgMode.values()) {
            RelayState relays = RelayState.of(mode);
            assertEquals(mode.sg1(), relays.sg1());
            assertEquals(mode.sg2(), relays.sg2());
            assertEquals(mode, relays.mode());
        }
    }
}
