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
package org.openhab.smartgrid.itests.differential;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.testkit.SteppedClock;
import org.openhab.smartgrid.core.testkit.SteppedScheduler;

/**
 * openHAB's time and event delivery on a virtual clock: a clock the replay moves, one scheduler for the rules and
 * the Thing whose tasks run when the clock passes their due time (ties in the order they were scheduled, as Java's
 * {@code ScheduledThreadPoolExecutor} runs them), and an event bus that delivers what was posted one event at a time,
 * in posting order, each with the events it posts in turn, after the task or sample that posted it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class VirtualTime {

    private final SteppedClock clock;
    private final SteppedScheduler scheduler;
    private final Queue<Runnable> bus = new ArrayDeque<>();

    VirtualTime(Instant start, ZoneId zone) {
        this.clock = new SteppedClock(start, zone);
        this.scheduler = new SteppedScheduler(clock);
    }

    /** @return the clock the registry and the Thing read */
    Clock clock() {
        return clock;
    }

    Instant instant() {
        return clock.instant();
    }

    /** @return the scheduler the rules and the Thing plan their timers on */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Posts an event: it is delivered after those posted before it. */
    void post(Runnable event) {
        bus.add(event);
    }

    /** Delivers every posted event, and those they post, in order. */
    void deliver() {
        int delivered = 0;
        Runnable event;
        while ((event = bus.poll()) != null) {
            if (++delivered > 10_000) {
                throw new AssertionError("the rules and the Thing keep answering each other at " + clock.instant());
            }
            event.run();
        }
    }

    /** Runs every task due up to {@code target} in due order, each at its due time with its events, then sets it. */
    void advanceTo(Instant target) {
        scheduler.advanceTo(target, this::deliver);
    }
}
