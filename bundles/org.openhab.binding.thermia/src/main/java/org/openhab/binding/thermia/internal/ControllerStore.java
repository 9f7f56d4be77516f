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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgControllerSnapshot;
import org.openhab.smartgrid.core.arbiter.ModeRequests;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardEvent;

/**
 * Saves what an {@link SgController} needs across a restart in openHAB's storage: the guard snapshot
 * ({@link SgControllerSnapshot#encode()}) and the four request flags last received (the request items are not
 * commanded again after a restart), each with the instant it was switched ON.
 * <p>
 * The requests are saved as {@code <grid><peak><pv><comfort>;<on>;<on>;<on>;<on>}, e.g.
 * {@code 1000;2026-03-10T07:00:00Z;-;-;-}: a flag {@code 0}/{@code 1} per request, then when each was switched ON
 * ({@code -} while OFF). An older store has only the four flags; its requests count as switched ON at the restart,
 * and so does a switch-on instant that cannot be read. The controller treats every request restored ON as
 * provisional ({@link SgController#restoreRequest}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ControllerStore {

    static final String KEY_GUARD = "guard";
    static final String KEY_REQUESTS = "requests";

    /** The requests in the order of their flags. */
    private static final List<ModeSource> ORDER = List.of(ModeSource.GRID_LOCK, ModeSource.PEAK_SHED,
            ModeSource.PV_SURPLUS, ModeSource.COMFORT_REQUEST);
    private static final Pattern REQUESTS = Pattern.compile("([01]{4})((?:;[^;]+){4})?");
    private static final String NONE = "-";

    private final Storage<String> storage;
    private String saved = "";

    ControllerStore(Storage<String> storage) {
        this.storage = storage;
    }

    /**
     * Restores the saved state into a new controller; the requests only when they were saved intact.
     *
     * @return the controller's restore event (history restored, or unknown: restrictive assumption)
     */
    GuardEvent restore(SgController controller, Instant now) {
        GuardEvent event = controller.restore(storage.get(KEY_GUARD), now);
        String stored = storage.get(KEY_REQUESTS);
        Matcher requests = REQUESTS.matcher(stored == null ? "" : stored);
        if (requests.matches()) {
            String flags = requests.group(1);
            String starts = requests.group(2);
            String[] switchedOn = starts == null ? new String[0] : starts.substring(1).split(";");
            for (int i = 0; i < ORDER.size(); i++) {
                controller.restoreRequest(ORDER.get(i), flags.charAt(i) == '1',
                        i < switchedOn.length ? instant(switchedOn[i]) : null, now);
            }
        }
        return event;
    }

    /** Saves the controller's state when it differs from the state saved last. */
    void save(SgController controller) {
        SgControllerSnapshot snapshot = controller.snapshot();
        if (snapshot == null) {
            return;
        }
        String guard = snapshot.encode();
        ModeRequests current = controller.requests();
        StringBuilder requests = new StringBuilder().append(bit(current.gridLock())).append(bit(current.peakShed()))
                .append(bit(current.pvSurplus())).append(bit(current.comfort()));
        for (ModeSource source : ORDER) {
            Instant on = controller.requestedSince(source);
            requests.append(';').append(on == null ? NONE : on.toString());
        }
        if (!(guard + requests).equals(saved)) {
            storage.put(KEY_GUARD, guard);
            storage.put(KEY_REQUESTS, requests.toString());
            saved = guard + requests;
        }
    }

    private static char bit(boolean value) {
        return value ? '1' : '0';
    }

    /** @return the instant, null for {@code -} or text that is no instant (the request then counts from now) */
    private static @Nullable Instant instant(String text) {
        try {
            return NONE.equals(text) ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
