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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The linked items' states after a restart: which value they confirm, and what the log says about each restored
 * request.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class RequestChannelsTest {

    private static final Instant RESTART = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void oneOnConfirmsOnElseOneOffConfirmsOffAndNullOrUndefConfirmNothing() {
        assertEquals(Boolean.TRUE, RequestChannels.confirmedValue(List.of(OnOffType.OFF, OnOffType.ON)));
        assertEquals(Boolean.FALSE, RequestChannels.confirmedValue(List.of(UnDefType.NULL, OnOffType.OFF)));
        assertNull(RequestChannels.confirmedValue(List.of(UnDefType.NULL, UnDefType.UNDEF)));
        assertNull(RequestChannels.confirmedValue(List.of()));
    }

    @Test
    void eachRestoredRequestIsLoggedWithWhatDecidedIt() {
        SgController controller = new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, ZoneId.of("Europe/Brussels"),
                Duration.ofMinutes(120));
        Instant lockedAt = RESTART.minus(Duration.ofMinutes(30));
        controller.restoreRequest(ModeSource.GRID_LOCK, true, lockedAt, RESTART);
        controller.restoreRequest(ModeSource.PEAK_SHED, true, RESTART.minus(Duration.ofHours(5)), RESTART);
        controller.restoreRequest(ModeSource.PV_SURPLUS, true, lockedAt, RESTART);
        Map<String, State> items = Map.of(CHANNEL_PV_BOOST, OnOffType.OFF, CHANNEL_COMFORT_REQUEST, OnOffType.ON);
        List<String> lines = RequestChannels.confirmByLinkedItems(controller, HandlerFixture.UID,
                channel -> items.containsKey(channel.getId()) ? List.of(items.get(channel.getId())) : List.of(),
                RESTART, ZoneId.of("Europe/Brussels"));
        assertEquals(List.of(
                "grid-lock restored ON, not confirmed by a linked item: it ends at 14:30 unless a command confirms "
                        + "it (maxGridLockMinutes 2 h, counted from its switch-on at 12:30)",
                "peak-shed restored ON, not confirmed by a linked item: it ends now (maxGridLockMinutes 2 h, "
                        + "counted from its switch-on at 08:00, passed before the restart)",
                "pv-boost restored ON, the linked item says OFF: OFF",
                "comfort-request restored OFF, the linked item says ON: ON"), lines);
        assertFalse(controller.requests().pvSurplus());
        assertTrue(controller.requests().comfort());
        assertFalse(controller.isProvisional(ModeSource.COMFORT_REQUEST), "a linked item's value is a fresh one");
    }
}
