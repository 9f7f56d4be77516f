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
package org.openhab.smartgrid.core.meter;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class PowerReadingTest {

    private static final Instant T0 = Instant.parse("2026-06-21T12:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofSeconds(60);

    @Test
    void aReadingIsStaleOnlyWhenOlderThanTheMaximumAge() {
        PowerReading reading = new PowerReading(T0, 1500);
        assertFalse(reading.isStaleAt(T0.plusSeconds(60), STALE_AFTER));
        assertTrue(reading.isStaleAt(T0.plusSeconds(61), STALE_AFTER));
    }

    @Test
    void aMissingReadingCountsAsStale() {
        assertTrue(PowerReading.isMissingOrStale(null, T0, STALE_AFTER));
    }

    @Test
    void aNonFiniteReadingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PowerReading(T0, Double.NaN));
    }

    @Test
    void anExportPositiveMeterIsTurnedIntoImportPositive() {
        assertEquals(-2000, SignConvention.EXPORT_POSITIVE.toImportWatts(2000));
        assertEquals(2000, SignConvention.IMPORT_POSITIVE.toImportWatts(2000));
    }
}
