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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.storage.Storage;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgControllerSnapshot;
import org.openhab.smartgrid.core.arbiter.ModeRequests;
import org.openhab.smartgrid.core.guard.GuardEvent;

/**
 * Saves what an {@link SgController} needs across a restart in openHAB's storage: the guard snapshot
 * ({@link SgControllerSnapshot#encode()}) and the four request flags last received (the request items are not
 * commanded again after a restart).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ControllerStore {

    static final String KEY_GUARD = "guard";
    static final String KEY_REQUESTS = "requests";

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
        String flags = storage.get(KEY_REQUESTS);
        if (flags != null && flags.matches("[01]{4}")) {
            controller.setGridLock(flags.charAt(0) == '1', now);
            controller.setPeakShed(flags.charAt(1) == '1', now);
            controller.setPvSurplus(flags.charAt(2) == '1', now);
            controller.setComfortRequest(flags.charAt(3) == '1', now);
        }
        return event;
    }

    /** Saves the controller's state when it differs from the state saved last. */
    void save(SgController controller) {
        SgControllerSnapshot snapshot = controller.snapshot();
        if (snapshot == null) {
            return;
        }
        ModeRequests requests = controller.requests();
        String guard = snapshot.encode();
        String flags = bit(requests.gridLock()) + bit(requests.peakShed()) + bit(requests.pvSurplus())
                + bit(requests.comfort());
        if (!(guard + flags).equals(saved)) {
            storage.put(KEY_GUARD, guard);
            storage.put(KEY_REQUESTS, flags);
            saved = guard + flags;
        }
    }

    private static String bit(boolean value) {
        return value ? "1" : "0";
    }
}
