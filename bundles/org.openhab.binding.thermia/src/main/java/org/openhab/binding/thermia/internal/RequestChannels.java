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

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.arbiter.ModeSource;

/**
 * The four request channels and the core's ON/OFF request sources they feed; after a restart, the linked items'
 * states that confirm (or replace) the requests restored from storage.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RequestChannels {

    /** The request channels and the sources they feed. */
    static final Map<String, ModeSource> SOURCES = Map.of(CHANNEL_GRID_LOCK, ModeSource.GRID_LOCK, CHANNEL_PEAK_SHED,
            ModeSource.PEAK_SHED, CHANNEL_PV_BOOST, ModeSource.PV_SURPLUS, CHANNEL_COMFORT_REQUEST,
            ModeSource.COMFORT_REQUEST);

    private RequestChannels() {
        // static translation only
    }

    /**
     * @return the request channel of the source
     * @throws IllegalArgumentException for a source without a request channel (manual override, default)
     */
    static String channelOf(ModeSource source) {
        for (Map.Entry<String, ModeSource> entry : SOURCES.entrySet()) {
            if (entry.getValue() == source) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException(source + " has no request channel");
    }

    /** @return whether the channel is a request channel whose value was restored and nothing has confirmed yet */
    static boolean isProvisional(SgController controller, String channelId) {
        ModeSource source = SOURCES.get(channelId);
        return source != null && controller.isProvisional(source);
    }

    /**
     * The value the states of a channel's linked items confirm: ON when one of them is ON, else OFF when one is
     * OFF. NULL and UNDEF (an item nobody has set since openHAB started) confirm nothing.
     *
     * @return the confirmed value, null when none
     */
    static @Nullable Boolean confirmedValue(List<State> states) {
        if (states.contains(OnOffType.ON)) {
            return Boolean.TRUE;
        }
        return states.contains(OnOffType.OFF) ? Boolean.FALSE : null;
    }

    /**
     * Takes the states of the items linked to the request channels as fresh values (openHAB restores the items'
     * states before it initializes the Things): each confirms the request restored from storage, or replaces it.
     *
     * @param zone openHAB's time zone: the lines give local times
     * @return what each request became and why, one line each for the log (INFO)
     */
    static List<String> confirmByLinkedItems(SgController controller, ThingUID thing, LinkedItemStates items,
            Instant now, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (ModeSource source : ModeSource.values()) {
            if (!source.isOnOffRequest()) {
                continue;
            }
            String channel = channelOf(source);
            boolean restored = controller.requests().isRequesting(source, now);
            Boolean linked = confirmedValue(items.of(new ChannelUID(thing, channel)));
            if (linked != null) {
                controller.setRequest(source, linked, now);
                if (restored || linked) {
                    lines.add(channel + " restored " + onOff(restored) + ", the linked item says " + onOff(linked)
                            + ": " + onOff(linked) + (restored == linked ? " (confirmed)" : ""));
                }
            } else {
                Instant end = controller.provisionalUntil(source);
                if (end != null) {
                    Instant since = controller.requestedSince(source);
                    String rule = "maxGridLockMinutes " + TimeText.duration(controller.maxGridLock())
                            + ", counted from its switch-on at "
                            + (since == null ? "the restart" : TimeText.time(since, now, zone));
                    lines.add(channel + " restored ON, not confirmed by a linked item: " + (end.isAfter(now)
                            ? "it ends at " + TimeText.time(end, now, zone) + " unless a command confirms it (" + rule
                                    + ")"
                            : "it ends now (" + rule + ", passed before the restart)"));
                }
            }
        }
        return lines;
    }

    private static String onOff(boolean value) {
        return value ? "ON" : "OFF";
    }
}
