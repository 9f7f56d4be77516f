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
import static org.mockito.Mockito.mock;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.ZonedDateTime;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The rule actions go through the same controller as the channels, and fail with an exception that says why.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThermiaActionsTest {

    private final HandlerFixture f = new HandlerFixture();
    private final ThermiaActions actions = new ThermiaActions();

    private void bind() {
        actions.setThingHandler(f.handler);
    }

    @Test
    void setModeForcesTheModeAndReturnsTheEffectiveMode() {
        f.startQuiet(Map.of());
        bind();
        assertEquals("BOOST", actions.setMode("boost", null));
        assertEquals(OnOffType.ON, f.lastCommand(CHANNEL_RELAY_SG2), "the relays follow the action");
        assertEquals("BOOST", actions.getEffectiveMode());
        assertNull(actions.getNextChangeAllowed(), "nothing pending when the relays show the wanted mode");
    }

    @Test
    void setModeWithMinutesExpiresAndADeferredChangeIsReported() {
        f.startQuiet(Map.of());
        bind();
        actions.setMode("COMFORT", 15);
        assertEquals("COMFORT", actions.releaseOverride(), "AUTO within the dwell keeps COMFORT on the relays for now");
        ZonedDateTime next = actions.getNextChangeAllowed();
        assertEquals(HandlerFixture.QUIET.plusSeconds(60).atZone(HandlerFixture.ZONE), next,
                "NORMAL comes when the 60 s dwell after COMFORT ends, in openHAB's zone");
        actions.setMode("EVU", 15);
        f.advanceSeconds(15 * 60);
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "the EVU override ended after 15 min");
    }

    @Test
    void anUnknownModeIsAnIllegalArgumentNamingTheAllowedValues() {
        f.startQuiet(Map.of());
        bind();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> actions.setMode("TURBO", null));
        assertTrue(String.valueOf(e.getMessage()).contains("AUTO, NORMAL, COMFORT, EVU, BOOST"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> actions.setMode("BOOST", -1));
    }

    @Test
    void aThingThatIsNotRunningIsAnIllegalState() {
        f.start(f.create(Map.of("pvSurplusMode", "EVU")));
        bind();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> actions.setMode("BOOST", null));
        assertTrue(String.valueOf(e.getMessage()).contains("thermia:heatpump:hp"), e.getMessage());
        assertThrows(IllegalStateException.class, actions::getEffectiveMode);
        assertThrows(IllegalStateException.class, () -> new ThermiaActions().getEffectiveMode(),
                "actions bound to no handler");
    }

    @Test
    void theStaticWrappersCallTheActions() {
        f.startQuiet(Map.of());
        bind();
        assertEquals("EVU", ThermiaActions.setMode(actions, "EVU"));
        assertEquals("EVU", ThermiaActions.getEffectiveMode(actions));
        assertThrows(IllegalArgumentException.class, () -> ThermiaActions.releaseOverride(mock(ThingActions.class)),
                "actions of another binding");
    }
}
