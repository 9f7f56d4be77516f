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
package org.openhab.smartgrid.simulator.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Hot water draws are spread over their duration and repeat every day.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class HotWaterProfileTest {

    private final HotWaterProfile profile = new HotWaterProfile(
            List.of(new HotWaterDraw(LocalTime.of(7, 0), Duration.ofMinutes(10), 40),
                    new HotWaterDraw(LocalTime.of(23, 55), Duration.ofMinutes(10), 20)));

    @Test
    void aDrawIsSpreadEvenlyOverItsMinutes() {
        LocalDateTime seven = LocalDateTime.of(2026, 1, 20, 7, 0);
        assertEquals(4.0, profile.litersBetween(seven, Duration.ofMinutes(1)), 1e-9, "40 l over 10 min");
        assertEquals(40.0, profile.litersBetween(seven.minusHours(1), Duration.ofHours(2)), 1e-9, "the whole draw");
        assertEquals(0.0, profile.litersBetween(seven.plusMinutes(10), Duration.ofMinutes(5)), 1e-9, "after it");
    }

    @Test
    void aDrawAcrossMidnightIsCountedOnBothDays() {
        LocalDateTime midnight = LocalDateTime.of(2026, 1, 21, 0, 0);
        assertEquals(10.0, profile.litersBetween(midnight, Duration.ofMinutes(10)), 1e-9,
                "the 23:55 draw of the day before has 5 of its 10 minutes after midnight");
        assertEquals(10.0, profile.litersBetween(midnight.minusMinutes(5), Duration.ofMinutes(5)), 1e-9,
                "and 5 minutes before");
    }
}
