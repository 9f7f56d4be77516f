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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NonNullByDefault
class SgModeTest {

    @ParameterizedTest(name = "{0} closes SG-1/409={1}, SG-2/408={2}")
    @CsvSource({ "NORMAL,false,false", "COMFORT,false,true", "EVU,true,false", "BOOST,true,true" })
    void eachModeHasTheContactsOfTheSgReadyTable(SgMode mode, boolean sg1, boolean sg2) {
        assertEquals(sg1, mode.sg1(), "SG-1 contact of " + mode);
        assertEquals(sg2, mode.sg2(), "SG-2 contact of " + mode);
        assertEquals(mode, SgMode.fromContacts(sg1, sg2), "contacts read back as the same mode");
    }

    @Test
    void parsingIgnoresCaseAndSurroundingBlanks() {
        assertEquals(SgMode.BOOST, SgMode.parse(" boost "));
    }

    @Test
    void unknownModeNameIsRejectedWithTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SgMode.parse("TURBO"));
        assertTrue(e.getMessage().contains("TURBO") && e.getMessage().contains("NORMAL, COMFORT, EVU, BOOST"),
                e.getMessage());
    }
}
