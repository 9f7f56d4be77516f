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
package org.openhab.binding.thermia.internal.modbus;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.smartgrid.core.mode.ContactWriteOrder.ContactWrite;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The relay output writes both coils on every write, because after a failure it cannot know their state: its order
 * must be safe from every starting state.
 */
@NonNullByDefault
class ModbusRelayWriteOrderTest {

    static Stream<Arguments> everyStartAndTarget() {
        return Stream.of(SgMode.values()).flatMap(from -> Stream.of(SgMode.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "coils at {0}, target {1}")
    @MethodSource("everyStartAndTarget")
    void writingBothCoilsNeverPassesThroughEvuWhateverTheCoilsShowed(SgMode from, SgMode to) {
        List<ContactWrite> writes = ModbusRelayOutput.writeOrder(to);
        assertEquals(2, writes.size(), "both coils are always written");
        assertNotEquals(writes.get(0).contact(), writes.get(1).contact(), "each coil once");
        boolean sg1 = from.sg1();
        boolean sg2 = from.sg2();
        ContactWrite first = writes.get(0);
        if (first.contact() == SgContact.SG1) {
            sg1 = first.closed();
        } else {
            sg2 = first.closed();
        }
        SgMode passing = SgMode.fromContacts(sg1, sg2);
        assertTrue(passing != SgMode.EVU || to == SgMode.EVU,
                "from " + from + " to " + to + " the coils pass through " + passing);
    }
}
