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

import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Daily counters reset at local midnight, and lock time is real elapsed time, also on the days the clocks change
 * (Europe/Brussels: 29 March 2026 has 23 hours, 25 October 2026 has 25).
 */
@NonNullByDefault
class DaylightSavingDaysTest {

    @Test
    void theSpringForwardDayEndsAtItsLocalMidnight23HoursAfterItBegan() {
        new Timeline(GuardConfig.DEFAULTS, SgMode.BOOST, Timeline.BRUSSELS, LocalDate.of(2026, 3, 28)).run(
                "10:00 peak=on -> EVU", "12:00 -> NORMAL", "14:00 -> EVU", "16:00 -> NORMAL", "18:00 -> EVU",
                // 29 March 00:00 CET is 23:00 UTC on the 28th
                "20:00 -> NORMAL wanted=EVU reason=LOCK_BUDGET at=2026-03-28T23:00:00Z locks=3 lockmin=360",
                "24:00 -> EVU locks=1 lockmin=0",
                // 00:00 CET to 03:00 CEST on the wall clock is 120 real minutes
                "2026-03-29T01:00:00Z -> NORMAL at=2026-03-29T03:00:00Z locks=1 lockmin=120",
                "2026-03-29T03:00:00Z -> EVU locks=2", "2026-03-29T05:00:00Z -> NORMAL",
                "2026-03-29T07:00:00Z -> EVU locks=3",
                // the next local midnight, 30 March 00:00 CEST, is 22:00 UTC: 23 hours after the last one
                "2026-03-29T09:00:00Z -> NORMAL reason=LOCK_BUDGET at=2026-03-29T22:00:00Z locks=3 lockmin=360",
                "2026-03-29T22:00:00Z -> EVU locks=1 lockmin=0");
    }

    @Test
    void aBlockOverTheAutumnHourChangeLasts120RealMinutesAndTheDay25Hours() {
        new Timeline(GuardConfig.DEFAULTS, SgMode.BOOST, Timeline.BRUSSELS, LocalDate.of(2026, 10, 25)).run(
                // 02:00 CEST (first time), the block ends at 03:00 CET: one hour on the wall clock, two real ones
                "2026-10-25T00:00:00Z peak=on -> EVU next=NORMAL@2026-10-25T02:00:00Z",
                "2026-10-25T02:00:00Z -> NORMAL at=2026-10-25T04:00:00Z lockmin=120",
                "2026-10-25T04:00:00Z -> EVU", "2026-10-25T06:00:00Z -> NORMAL", "2026-10-25T08:00:00Z -> EVU",
                // 26 October 00:00 CET is 23:00 UTC: 25 hours after 25 October 00:00 CEST (22:00 UTC on the 24th)
                "2026-10-25T10:00:00Z -> NORMAL reason=LOCK_BUDGET at=2026-10-25T23:00:00Z locks=3 lockmin=360",
                "2026-10-25T23:00:00Z -> EVU locks=1 lockmin=0");
    }

    @Test
    void aLockOverTheSpringGapCountsOnlyRealMinutes() {
        new Timeline(GuardConfig.DEFAULTS, SgMode.BOOST, Timeline.BRUSSELS, LocalDate.of(2026, 3, 29)).run(
                "01:30 grid=on -> EVU lockmin=0", "03:30 grid=off -> NORMAL lockmin=60");
    }
}
