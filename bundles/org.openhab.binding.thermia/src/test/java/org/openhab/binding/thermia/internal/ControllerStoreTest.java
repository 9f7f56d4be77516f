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
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.core.storage.Storage;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The saved requests, each with when it was switched ON; older stores (only the flags) and unreadable instants
 * count from the restart, anything else unreadable restores no request.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ControllerStoreTest {

    private static final Instant RESTART = Instant.parse("2026-03-10T12:00:00Z");

    private final Map<String, String> stored = new HashMap<>();
    private final ControllerStore store;

    @SuppressWarnings("unchecked")
    ControllerStoreTest() {
        Storage<String> storage = mock(Storage.class);
        when(storage.get(anyString())).thenAnswer(i -> stored.get(i.getArgument(0)));
        when(storage.put(anyString(), any())).thenAnswer(i -> stored.put(i.getArgument(0), i.getArgument(1)));
        store = new ControllerStore(storage);
    }

    private static SgController controller() {
        return new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, ZoneId.of("Europe/Brussels"));
    }

    @ParameterizedTest(name = "\"{0}\": grid lock {1}, counted from {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1000;2026-03-10T10:30:00Z;-;-;-|true|2026-03-10T10:30:00Z", //
            "1000|true|2026-03-10T12:00:00Z", // the older store: from the restart
            "1000;yesterday;-;-;-|true|2026-03-10T12:00:00Z", // an unreadable instant: from the restart
            "0000;-;-;-;-|false|null", //
            "10x0;-;-;-;-|false|null", // corrupt flags: nothing restored
            "1000;-;-|false|null", // too few instants: nothing restored
            "null|false|null" })
    void theGridLockIsRestoredWithItsSwitchOnInstant(@Nullable String saved, boolean on, @Nullable String since) {
        if (saved != null) {
            stored.put(ControllerStore.KEY_REQUESTS, saved);
        }
        SgController controller = controller();
        store.restore(controller, RESTART);
        assertEquals(on, controller.requests().gridLock());
        assertEquals(since == null ? null : Instant.parse(since), controller.requestedSince(ModeSource.GRID_LOCK));
        assertEquals(on, controller.isProvisional(ModeSource.GRID_LOCK), "a request restored ON is provisional");
    }

    @ParameterizedTest(name = "{0} ON is saved with its switch-on instant")
    @CsvSource({ "GRID_LOCK, 1000;2026-03-10T12:00:00Z;-;-;-", "PEAK_SHED, 0100;-;2026-03-10T12:00:00Z;-;-",
            "PV_SURPLUS, 0010;-;-;2026-03-10T12:00:00Z;-", "COMFORT_REQUEST, 0001;-;-;-;2026-03-10T12:00:00Z" })
    void eachRequestIsSavedAtItsPlace(ModeSource source, String expected) {
        SgController controller = controller();
        controller.setRequest(source, true, RESTART);
        controller.step(RESTART);
        store.save(controller);
        assertEquals(expected, stored.get(ControllerStore.KEY_REQUESTS));
        SgController restored = controller();
        store.restore(restored, RESTART.plusSeconds(60));
        assertEquals(RESTART, restored.requestedSince(source), "and read back");
    }
}
