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
package org.openhab.smartgrid.core.load;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PEAK allowance (maxPower·T − E) / t_remaining and the month-peak rule.
 */
@NonNullByDefault
class PeakBudgetTest {

    private static final LoadManagerConfig CONFIG = LoadManagerConfig.of(5000, ZoneId.of("Europe/Brussels"), List.of())
            .withMode(LoadManagerMode.PEAK);
    private static final Instant Q = Instant.parse("2026-01-15T16:45:00Z");

    private static QuarterStatus status(long elapsedSeconds, double energyWh, long measuredSeconds) {
        return new QuarterStatus(Q, energyWh, Duration.ofSeconds(elapsedSeconds), Duration.ofSeconds(measuredSeconds));
    }

    /**
     * Rows: elapsed s, energy so far Wh, expected allowance W. Limit 5000 W, T = 900 s, budget 1250 Wh.
     * <ul>
     * <li>0 s, 0 Wh: 4.5 MJ / 900 s = 5000 W</li>
     * <li>300 s at 2600 W = 216.67 Wh: (4.5 MJ − 0.78 MJ) / 600 s = 6200 W</li>
     * <li>420 s, 420 Wh: (4.5 MJ − 1.512 MJ) / 480 s = 6225 W</li>
     * <li>600 s, 1250 Wh: the whole budget is used, nothing allowed</li>
     * <li>840 s, 1300 Wh: overspent by 50 Wh = 180 kJ over 60 s = −3000 W</li>
     * </ul>
     */
    @ParameterizedTest(name = "after {0} s with {1} Wh the allowance is {2} W")
    @CsvSource({ "0, 0, 5000", "300, 216.6666666666667, 6200", "420, 420, 6225", "600, 1250, 0",
            "840, 1300, -3000" })
    void allowedPowerIsTheRemainingBudgetOverTheRemainingTime(long elapsed, double energyWh, double expected) {
        PeakBudget budget = PeakBudget.of(CONFIG, 0, status(elapsed, energyWh, elapsed));
        assertEquals(expected, budget.allowedWatts(), 1e-6);
        assertEquals(5000, budget.limitWatts());
        assertEquals(1250, budget.budgetWh(), 1e-9);
    }

    @Test
    void aGapNeitherEarnsNorSpendsBudget() {
        // 300 s elapsed, only 200 s measured at 5000 W: the gap counts as 100 s at the limit
        PeakBudget withGap = PeakBudget.of(CONFIG, 0, status(300, 5000 * 200 / 3600.0, 200));
        assertEquals(5000, withGap.allowedWatts(), 1e-6, "running at the limit with a gap keeps the limit");
    }

    @Test
    void withoutFollowingTheMonthPeakTheLimitIsMaxPower() {
        assertEquals(5000, PeakBudget.effectiveLimit(CONFIG, 7000));
    }

    @ParameterizedTest(name = "maxPower {0} W, month peak {1} W: limit {2} W")
    @CsvSource({ "5000, 7000, 7000", "5000, 3000, 5000", "2000, 0, 2500", "2000, 2200, 2500", "2000, 3100, 3100" })
    void followingTheMonthPeakNeverShavesBelowThePeakNorTheFloor(double maxPower, double monthPeak, double limit) {
        LoadManagerConfig config = LoadManagerConfig.of(maxPower, ZoneId.of("Europe/Brussels"), List.of())
                .withMode(LoadManagerMode.PEAK).withFollowMonthPeak(true);
        assertEquals(limit, PeakBudget.effectiveLimit(config, monthPeak), 1e-9);
    }

    @Test
    void theLastMillisecondOfAQuarterStillGivesAFiniteAllowance() {
        double allowed = PeakBudget.allowedWatts(5000, 4_400_000, 899_999, 1);
        assertTrue(Double.isFinite(allowed), "allowance must stay finite, was " + allowed);
        assertTrue(allowed > 5000, "budget left over at the very end allows a lot, was " + allowed);
    }
}
