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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A clock the test sets by hand and a scheduler whose tasks run only when the test advances that clock past their
 * due instant: handler timers without threads or sleeping.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ManualScheduler {

    /** A clock whose instant the test sets. */
    static final class MutableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MutableClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MutableClock(now, newZone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One scheduled task. */
    static final class Task {
        final Instant due;
        final Runnable runnable;

        Task(Instant due, Runnable runnable) {
            this.due = due;
            this.runnable = runnable;
        }
    }

    final MutableClock clock;
    final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);
    private final List<Task> tasks = new ArrayList<>();

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(invocation -> {
            long delay = invocation.getArgument(1);
            TimeUnit unit = invocation.getArgument(2);
            Task task = new Task(clock.instant().plusMillis(unit.toMillis(delay)), invocation.getArgument(0));
            tasks.add(task);
            ScheduledFuture<?> future = mock(ScheduledFuture.class);
            when(future.cancel(anyBoolean())).thenAnswer(i -> tasks.remove(task));
            when(future.isDone()).thenAnswer(i -> !tasks.contains(task));
            return future;
        });
    }

    /** Moves the clock to {@code until}, running every task due on the way at its due instant, in order. */
    void advanceTo(Instant until) {
        while (true) {
            Optional<Task> next = tasks.stream().filter(t -> !t.due.isAfter(until))
                    .min(Comparator.comparing(t -> t.due));
            if (next.isEmpty()) {
                break;
            }
            Task task = next.get();
            tasks.remove(task);
            if (task.due.isAfter(clock.instant())) {
                clock.set(task.due);
            }
            task.runnable.run();
        }
        clock.set(until);
    }

    /** @return the due instant of the earliest pending task, empty when none is pending */
    Optional<Instant> nextDue() {
        return tasks.stream().map(t -> t.due).min(Comparator.naturalOrder());
    }

    /** @return how many tasks are pending */
    int pending() {
        return tasks.size();
    }
}
