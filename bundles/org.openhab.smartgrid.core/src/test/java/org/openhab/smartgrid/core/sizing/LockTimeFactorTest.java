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
package org.openhab.smartgrid.core.sizing;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@NonNullByDefault
class LockTimeFactorTest {

    @ParameterizedTest(name = "{0} h lock: exact 24/(24-{0}) = {1}, guide table {2}")
    @CsvSource({ "2, 1.0909, 1.1", "4, 1.2000, 1.2", "6, 1.3333, 1.3" })
    void theFormulaRoundsToTheGuidesTable(double hours, double exact, double table) {
        LockTimeFactor factor = new LockTimeFactor(hours);
        assertEquals(exact, factor.exact(), 0.0001);
        assertEquals(table, factor.tableValue());
        assertEquals(table, Math.round(factor.exact() * 10) / 10.0, "the guide's figure is the exact one rounded");
    }

    @ParameterizedTest(name = "{0} h lock takes the table row of {1}")
    @CsvSource({ "0, 1.0", "0.5, 1.1", "2.5, 1.2", "3, 1.2", "4.01, 1.3", "6, 1.3" })
    void betweenTableRowsTheNextHigherRowIsTaken(double hours, double table) {
        assertEquals(table, new LockTimeFactor(hours).tableValue());
    }

    @Test
    void aboveSixHoursTheGuideHasNoRowButTheFormulaStillHolds() {
        LockTimeFactor factor = new LockTimeFactor(8);
        assertFalse(factor.inTable());
        assertTrue(Double.isNaN(factor.tableValue()));
        assertEquals(1.5, factor.exact(), 1e-12);
    }

    @ParameterizedTest(name = "lock hours {0} are rejected")
    @ValueSource(doubles = { -0.5, 24, 30, Double.NaN })
    void lockHoursOutsideTheDayAreRejected(double hours) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LockTimeFactor(hours));
        assertTrue(e.getMessage().startsWith("lockHours must be at least 0 and less than 24"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} kW for {1} kW demand bears {2} h of lock")
    @CsvSource({ "11, 10, 2.1818", "12, 10, 4", "10, 10, 0", "9, 10, 0" })
    void theInverseGivesTheLockHoursAHeatPumpCanBear(double capacity, double demand, double hours) {
        assertEquals(hours, LockTimeFactor.bearableLockHours(capacity, demand), 0.0001);
    }

    @Test
    void theInverseUndoesTheFactor() {
        for (double hours = 0; hours < 23; hours += 0.25) {
            double capacity = 10 * new LockTimeFactor(hours).exact();
            assertEquals(hours, LockTimeFactor.bearableLockHours(capacity, 10), 1e-9, "at " + hours + " h");
        }
    }

    @Test
    void theInverseRejectsANonPositiveDemand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LockTimeFactor.bearableLockHours(10, 0));
        assertEquals("demandKw must be more than 0 kW, was 0.0", e.getMessage());
    }
}
