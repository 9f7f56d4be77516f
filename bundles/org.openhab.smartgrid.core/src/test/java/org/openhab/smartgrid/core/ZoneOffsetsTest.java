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
package org.openhab.smartgrid.core;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * {@link ZoneOffsets} gives the zone rules' offset at every instant: forwards and backwards in time, across
 * daylight-saving changes, in zones with odd offsets and in zones without any change.
 */
@NonNullByDefault
class ZoneOffsetsTest {

    private static final ZoneId[] ZONES = { ZoneId.of("Europe/Brussels"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kathmandu"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Africa/Monrovia"),
            ZoneId.of("UTC") };

    private static long rulesOffset(ZoneId zone, long t) {
        return zone.getRules().getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
    }

    @Test
    void givesTheRulesOffsetAtEveryInstantOfAWalk() {
        PropertyCheck.forAll("ZoneOffsets = ZoneRules.getOffset", 2_000, random -> {
            ZoneId zone = ZONES[random.nextInt(ZONES.length)];
            ZoneOffsets offsets = new ZoneOffsets(zone);
            // from 1970 (Monrovia changed its offset in 1972) to 2040
            long t = random.nextLong(0, 2_208_988_800_000L);
            for (int step = 0; step < 200; step++) {
                assertEquals(rulesOffset(zone, t), offsets.offsetMillis(t), zone + " at " + Instant.ofEpochMilli(t));
                // mostly small steps forward (a meter), sometimes days, sometimes back (a clock that jumped)
                t += switch (random.nextInt(10)) {
                    case 0 -> -random.nextLong(0, 40L * 86_400_000);
                    case 1, 2 -> random.nextLong(0, 200L * 86_400_000);
                    default -> random.nextLong(0, 4 * 3_600_000L);
                };
            }
        });
    }

    @Test
    void changesExactlyAtATransition() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        ZoneOffsets offsets = new ZoneOffsets(brussels);
        long spring = Instant.parse("2026-03-29T01:00:00Z").toEpochMilli();
        assertEquals(3_600_000, offsets.offsetMillis(spring - 60_000), "winter time before");
        assertEquals(3_600_000, offsets.offsetMillis(spring - 1), "winter time until the last millisecond");
        assertEquals(7_200_000, offsets.offsetMillis(spring), "summer time from the transition on");
        assertEquals(3_600_000, offsets.offsetMillis(spring - 1), "and back, for a clock that went back");
    }
}
