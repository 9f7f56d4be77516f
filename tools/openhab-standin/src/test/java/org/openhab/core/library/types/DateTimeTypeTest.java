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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DateTimeTypeTest {

    private static final Instant T = Instant.parse("2026-03-01T11:15:30Z");

    @Test
    void anInstantComesBackUnchanged() {
        assertEquals(T, new DateTimeType(T).getInstant());
    }

    @Test
    void aZonedDateTimeKeepsItsInstant() {
        ZonedDateTime brussels = T.atZone(ZoneId.of("Europe/Brussels"));
        assertEquals(T, new DateTimeType(brussels).getInstant());
        assertEquals(new DateTimeType(T), new DateTimeType(brussels), "same instant, same value");
    }

    @Test
    void isoTextsWithOffsetParseToTheirInstant() {
        assertEquals(T, new DateTimeType("2026-03-01T12:15:30+01:00").getInstant());
        assertEquals(T, DateTimeType.valueOf("2026-03-01T11:15:30Z").getInstant());
    }

    @Test
    void theFullStringParsesBackToTheSameInstant() {
        DateTimeType value = new DateTimeType(T);
        assertEquals(value, new DateTimeType(value.toFullString()));
    }

    @Test
    void laterInstantsCompareGreater() {
        assertTrue(new DateTimeType(T.plusSeconds(1)).compareTo(new DateTimeType(T)) > 0);
    }

    @Test
    void garbageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DateTimeType("yesterday-ish"));
    }
}
