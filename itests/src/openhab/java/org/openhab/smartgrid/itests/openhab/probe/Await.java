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
package org.openhab.smartgrid.itests.openhab.probe;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waiting for what openHAB does asynchronously: its registries fill and its events are delivered on its own threads.
 * A wait ends as soon as the condition holds; it is woken by every event openHAB delivers ({@link Events}) and looks
 * again at least every {@link #RECHECK}, for what announces itself by no event (a registry that fills).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Await {

    /** Long enough for a loaded 2-core machine; a passing wait ends as soon as its condition holds. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RECHECK = Duration.ofMillis(100);

    private Await() {
    }

    /**
     * @return an open tracker of the service, once the service is registered: {@link ServiceTracker#getService()}
     *         gives it; close the tracker when done
     */
    static <T> ServiceTracker<T, T> tracker(BundleContext context, Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open(true);
        try {
            if (tracker.waitForService(TIMEOUT.toMillis()) == null) {
                tracker.close();
                fail(type.getName() + " is not registered within " + TIMEOUT.toSeconds() + " s");
            }
            return tracker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tracker.close();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param what what is awaited, for the failure message (asked when the wait fails, so it can tell what is there)
     * @param events what wakes the wait
     * @param value the value awaited, null while it is not there
     * @return the value
     */
    static <T> T value(Supplier<String> what, Events events, Supplier<@Nullable T> value) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                fail(what.get() + ": not within " + TIMEOUT.toSeconds() + " s");
            }
            events.awaitNext(RECHECK);
        }
    }

    /** Waits until the condition holds. */
    static void until(Supplier<String> what, Events events, Supplier<Boolean> condition) {
        value(what, events, () -> condition.get() ? Boolean.TRUE : null);
    }
}
