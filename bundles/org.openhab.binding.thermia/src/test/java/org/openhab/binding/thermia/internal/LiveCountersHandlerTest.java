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
package org.openhab.binding.thermia.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.RefreshType;
import org.openhab.smartgrid.core.SgStepResult;

/**
 * {@code lock-time-today} and {@code locks-today} move during a lock (issue 16: 0 min five hours into a grid lock,
 * also after REFRESH): the handler steps at least every minute while the relays show EVU, and a REFRESH of a counter
 * steps at once.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class LiveCountersHandlerTest {

    private final HandlerFixture f = new HandlerFixture();

    private static QuantityType<?> minutes(double value) {
        return StepStates.minutes(Duration.ofSeconds(Math.round(value * 60)));
    }

    @Test
    void theLockTimeAdvancesDuringAFiveHourGridLock() {
        f.startQuiet(Map.of());
        Instant locked = f.clock.instant(); // 08:00 in Brussels
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.scheduler.advanceTo(locked.plus(Duration.ofHours(1)));
        assertEquals(new QuantityType<>(60, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "1 h into the lock");
        f.scheduler.advanceTo(locked.plus(Duration.ofHours(5)));
        assertEquals(new QuantityType<>(300, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "5 h into the lock");
        assertEquals(new DecimalType(1), f.last(CHANNEL_LOCKS_TODAY), "one block");
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE));
    }

    @Test
    void theHandlerStepsEveryMinuteOnlyWhileTheRelaysShowEvu() {
        f.startQuiet(Map.of());
        Instant now = f.clock.instant();
        assertTrue(f.scheduler.nextDue().orElseThrow().isAfter(now.plus(Duration.ofHours(1))),
                "NORMAL: the next step is far (midnight), not every minute");
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        assertEquals(now.plus(SgStepResult.LOCKED_STEP_INTERVAL), f.scheduler.nextDue().orElseThrow(),
                "EVU: a step a minute later");
        f.advanceSeconds(600);
        f.command(CHANNEL_GRID_LOCK, OnOffType.OFF);
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE));
        assertTrue(f.scheduler.nextDue().orElseThrow().isAfter(f.clock.instant().plus(Duration.ofHours(1))),
                "NORMAL again: no more minute steps");
    }

    @Test
    void aRefreshOfACounterIsCurrentBetweenSteps() {
        f.startQuiet(Map.of());
        Instant locked = f.clock.instant();
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.scheduler.advanceTo(locked.plus(Duration.ofSeconds(90 * 60 + 30)));
        assertEquals(new QuantityType<>(90, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "the step at 90 min");
        f.command(CHANNEL_LOCK_TIME_TODAY, RefreshType.REFRESH);
        assertEquals(minutes(90.5), f.last(CHANNEL_LOCK_TIME_TODAY), "REFRESH 30 s later: 90.5 min");
        f.command(CHANNEL_LOCKS_TODAY, RefreshType.REFRESH);
        assertEquals(new DecimalType(1), f.last(CHANNEL_LOCKS_TODAY));
    }

    @Test
    void aLockRunningAtLocalMidnightCountsFromMidnightInTheNewDay() {
        f.startQuiet(Map.of());
        Instant evening = Instant.parse("2026-03-10T21:00:00Z"); // 22:00 in Brussels (CET)
        f.scheduler.advanceTo(evening);
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.scheduler.advanceTo(evening.plus(Duration.ofMinutes(119)));
        assertEquals(new QuantityType<>(119, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "23:59");
        f.scheduler.advanceTo(evening.plus(Duration.ofMinutes(120)));
        assertEquals(new QuantityType<>(0, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "local midnight");
        f.scheduler.advanceTo(evening.plus(Duration.ofHours(3)));
        assertEquals(new QuantityType<>(60, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "01:00: since midnight");
        assertEquals(new DecimalType(1), f.last(CHANNEL_LOCKS_TODAY), "the running lock counts in the new day");
    }
}
