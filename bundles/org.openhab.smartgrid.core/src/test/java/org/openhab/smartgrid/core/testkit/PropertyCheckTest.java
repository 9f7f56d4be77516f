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
package org.openhab.smartgrid.core.testkit;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class PropertyCheckTest {

    private final String savedSeed = System.getProperty(PropertyCheck.SEED_PROPERTY, "");
    private final String savedCases = System.getProperty(PropertyCheck.CASES_PROPERTY, "");

    @BeforeEach
    void useTheCaseCountsOfTheseTests() {
        System.clearProperty(PropertyCheck.CASES_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        System.setProperty(PropertyCheck.SEED_PROPERTY, savedSeed);
        System.setProperty(PropertyCheck.CASES_PROPERTY, savedCases);
    }

    @Test
    void aFailingCaseNamesItsSeedAndHowToReplayIt() {
        System.setProperty(PropertyCheck.SEED_PROPERTY, "1000");
        AssertionError e = assertThrows(AssertionError.class,
                () -> PropertyCheck.forAll("never 7", 100, random -> assertNotEquals(7, random.nextInt(10))));
        String message = e.getMessage();
        assertTrue(message.contains("property 'never 7' failed"), message);
        assertTrue(message.matches("(?s).*with seed (\\d+); replay with -Dsmartgrid.seed=\\1 -Dsmartgrid.cases=1.*"),
                message);
    }

    @Test
    void theSameSeedReplaysTheSameCases() {
        System.setProperty(PropertyCheck.SEED_PROPERTY, "42");
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        PropertyCheck.forAll("record", 5, random -> first.add(random.nextInt()));
        PropertyCheck.forAll("record", 5, random -> second.add(random.nextInt()));
        assertEquals(5, first.size());
        assertEquals(first, second);
    }

    @Test
    void anUnsetSeedDrawsDifferentCasesEachRun() {
        System.setProperty(PropertyCheck.SEED_PROPERTY, "");
        assertNotEquals(PropertyCheck.baseSeed(), PropertyCheck.baseSeed());
    }
}
