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
import java.time.LocalTime;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;

/**
 * A grid lock restored from storage after a restart ends by the documented rule, unless a command or its linked
 * item's state confirms it (issue 16: a lock survived a restart for 8 hours, no heating, no hot water).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class RestoredRequestsHandlerTest {

    private final HandlerFixture f = new HandlerFixture();

    /** The grid operator locks at 08:00 local ({@link HandlerFixture#QUIET}); openHAB stops 10 minutes later. */
    private Instant gridLockThenStop(Map<String, Object> config) {
        f.startQuiet(config);
        Instant lockedAt = f.clock.instant();
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE));
        f.advanceSeconds(600);
        f.handler.dispose();
        return lockedAt;
    }

    /** openHAB starts again after {@code downtime}: a new handler restores from the same storage. */
    private void restartAfter(Duration downtime, Map<String, Object> config) {
        f.scheduler.advanceTo(f.clock.instant().plus(downtime));
        f.states.clear();
        f.commands.clear();
        f.start(f.create(config));
    }

    private String lastEvent() {
        return String.valueOf(f.last(CHANNEL_LAST_EVENT));
    }

    @Test
    void afterThreeHoursOfDowntimeARestoredGridLockEndsAtTheRestart() {
        Instant lockedAt = gridLockThenStop(Map.of());
        restartAfter(Duration.ofHours(3), Map.of());
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "08:00 + 120 min passed while down");
        assertEquals(new StringType("DEFAULT"), f.last(CHANNEL_ACTIVE_SOURCE));
        assertEquals(OnOffType.OFF, f.last(CHANNEL_GRID_LOCK), "the request channel shows the request ended");
        assertEquals(OnOffType.OFF, f.lastCommand(CHANNEL_RELAY_SG1), "409 opens: the heat pump runs again");
        assertEquals(LocalTime.of(8, 0), LocalTime.ofInstant(lockedAt, HandlerFixture.ZONE));
        assertEquals("GRID_LOCK request restored from storage ended at 11:10: no command and no linked item confirmed "
                + "it since the restart, and maxGridLockMinutes (2 h) had passed before the restart since it was "
                + "switched ON at 08:00", lastEvent(), "openHAB's local times, the restart 3 h after 08:10");
        assertTrue(f.stored.get(ControllerStore.KEY_REQUESTS).startsWith("0000"), "and it is saved OFF");
    }

    @Test
    void aRestoredGridLockEndsMaxGridLockMinutesAfterItWasSwitchedOn() {
        Instant lockedAt = gridLockThenStop(Map.of());
        restartAfter(Duration.ofMinutes(20), Map.of());
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "30 min into the lock: the window runs on");
        Instant end = lockedAt.plus(Duration.ofMinutes(120));
        f.scheduler.advanceTo(end.minusSeconds(1));
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "one second before 08:00 + 120 min");
        f.scheduler.advanceTo(end);
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "the handler's timer ends it on time");
        assertEquals(OnOffType.OFF, f.last(CHANNEL_GRID_LOCK));
        assertTrue(lastEvent().contains("ended at 10:00: ") && lastEvent().contains(
                "maxGridLockMinutes (2 h) have passed since it was switched ON at 08:00"), lastEvent());
    }

    @Test
    void theWindowIsTheThingsMaxGridLockMinutes() {
        Instant lockedAt = gridLockThenStop(Map.of("maxGridLockMinutes", 30));
        restartAfter(Duration.ofMinutes(10), Map.of("maxGridLockMinutes", 30));
        f.scheduler.advanceTo(lockedAt.plus(Duration.ofMinutes(30)));
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "ended at 08:00 + 30 min");
        assertTrue(lastEvent().contains("maxGridLockMinutes (30 min)"), lastEvent());
    }

    @Test
    void aRestoredGridLockWhoseLinkedItemSaysOnStaysEvu() {
        gridLockThenStop(Map.of());
        f.linkedItems.put(CHANNEL_GRID_LOCK, OnOffType.ON);
        restartAfter(Duration.ofHours(3), Map.of());
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "the grid-lock item confirms the lock");
        assertEquals(new StringType("GRID_LOCK"), f.last(CHANNEL_ACTIVE_SOURCE));
        f.advanceSeconds(8 * 3600);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "confirmed: the operator's lock is not limited");
        assertNotEquals(OnOffType.OFF, f.last(CHANNEL_GRID_LOCK));
    }

    @Test
    void aRestoredGridLockWhoseLinkedItemSaysOffEndsAtOnce() {
        gridLockThenStop(Map.of());
        f.linkedItems.put(CHANNEL_GRID_LOCK, OnOffType.OFF);
        restartAfter(Duration.ofMinutes(20), Map.of());
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "the item's OFF is a fresh value");
        assertFalse(lastEvent().contains("maxGridLockMinutes"), "not ended by the rule: " + lastEvent());
    }

    @ParameterizedTest(name = "a linked item that is {0} confirms nothing")
    @ValueSource(strings = { "NULL", "UNDEF" })
    void aLinkedItemWithoutAStateConfirmsNothing(String state) {
        Instant lockedAt = gridLockThenStop(Map.of());
        f.linkedItems.put(CHANNEL_GRID_LOCK, UnDefType.valueOf(state));
        restartAfter(Duration.ofMinutes(20), Map.of());
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE));
        f.scheduler.advanceTo(lockedAt.plus(Duration.ofMinutes(120)));
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "provisional: ended by the rule");
    }

    @Test
    void aFreshCommandAfterTheRestartConfirmsTheRestoredGridLock() {
        Instant lockedAt = gridLockThenStop(Map.of());
        restartAfter(Duration.ofMinutes(20), Map.of());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.scheduler.advanceTo(lockedAt.plus(Duration.ofHours(5)));
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "the operator's lock holds while ON");
        assertTrue(f.stored.get(ControllerStore.KEY_REQUESTS).startsWith("1000;" + lockedAt + ";"),
                "still the same lock block, switched ON at 08:00: " + f.stored.get(ControllerStore.KEY_REQUESTS));
    }

    @Test
    void aStoreOfTheOldFormatCountsTheWindowFromTheRestart() {
        gridLockThenStop(Map.of());
        f.stored.put(ControllerStore.KEY_REQUESTS, "1000");
        restartAfter(Duration.ofHours(3), Map.of());
        Instant restart = f.clock.instant();
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "without a start time: from the restart");
        assertEquals("1000;" + restart + ";-;-;-", f.stored.get(ControllerStore.KEY_REQUESTS),
                "saved in the new format, the restart as the switch-on");
        f.scheduler.advanceTo(restart.plus(Duration.ofMinutes(120)).minusSeconds(1));
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE));
        f.scheduler.advanceTo(restart.plus(Duration.ofMinutes(120)));
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE));
        assertTrue(lastEvent().contains("since the restart at 11:10"), lastEvent());
    }

    @Test
    void theOtherRestoredRequestsEndByTheSameRule() {
        f.startQuiet(Map.of());
        Instant on = f.clock.instant();
        f.command(CHANNEL_COMFORT_REQUEST, OnOffType.ON);
        f.handler.dispose();
        restartAfter(Duration.ofMinutes(100), Map.of());
        assertEquals(new StringType("COMFORT"), f.last(CHANNEL_SG_MODE));
        f.scheduler.advanceTo(on.plus(Duration.ofMinutes(120)));
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE));
        assertEquals(OnOffType.OFF, f.last(CHANNEL_COMFORT_REQUEST));
        assertTrue(lastEvent().startsWith("COMFORT_REQUEST request restored from storage ended"), lastEvent());
    }

    @Test
    void aProvisionalRequestIsNotPublishedOnRefreshSoItsItemCannotConfirmIt() {
        gridLockThenStop(Map.of());
        restartAfter(Duration.ofMinutes(20), Map.of());
        f.command(CHANNEL_GRID_LOCK, RefreshType.REFRESH);
        assertNull(f.last(CHANNEL_GRID_LOCK), "the item keeps its own state while the request is provisional");
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.command(CHANNEL_GRID_LOCK, RefreshType.REFRESH);
        assertEquals(OnOffType.ON, f.last(CHANNEL_GRID_LOCK), "confirmed: published as any request");
    }

    @Test
    void anInvalidMaxGridLockMinutesPutsTheThingOfflineNamingIt() {
        f.start(f.create(Map.of("maxGridLockMinutes", 0)));
        assertEquals(ThingStatus.OFFLINE, f.lastStatus().getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, f.lastStatus().getStatusDetail());
        assertEquals("maxGridLockMinutes must be between 1 and 1440 min, was 0", f.lastStatus().getDescription());
    }

    @Test
    void eachLinkedItemStateIsReadOnlyAtInitialize() {
        f.startQuiet(Map.of());
        f.linkedItems.put(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(3600);
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "a running Thing takes commands only");
    }
}
