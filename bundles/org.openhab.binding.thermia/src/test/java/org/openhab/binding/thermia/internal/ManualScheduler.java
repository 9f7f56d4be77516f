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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

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
        /** For a task with a fixed delay: the delay after each run; null for a one-shot task. */
        final @Nullable Duration repeat;

        Task(Instant due, Runnable runnable, @Nullable Duration repeat) {
            this.due = due;
            this.runnable = runnable;
            this.repeat = repeat;
        }
    }

    final MutableClock clock;
    final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);
    private final List<Task> tasks = new ArrayList<>();
    /** The current run of each task with a fixed delay, by the identity of its future. */
    private final Map<Object, Task> repeating = new HashMap<>();

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(invocation -> {
            long delay = invocation.getArgument(1);
            TimeUnit unit = invocation.getArgument(2);
            Task task = new Task(clock.instant().plusMillis(unit.toMillis(delay)), invocation.getArgument(0), null);
            tasks.add(task);
            ScheduledFuture<?> future = mock(ScheduledFuture.class);
            when(future.cancel(anyBoolean())).thenAnswer(i -> tasks.remove(task));
            when(future.isDone()).thenAnswer(i -> !tasks.contains(task));
            return future;
        });
        when(executor.scheduleWithFixedDelay(any(Runnable.class), anyLong(), anyLong(), any(TimeUnit.class)))
                .thenAnswer(invocation -> {
                    long initial = invocation.getArgument(1);
                    long delay = invocation.getArgument(2);
                    TimeUnit unit = invocation.getArgument(3);
                    Runnable runnable = invocation.getArgument(0);
                    Object id = new Object();
                    Task first = new Task(clock.instant().plusMillis(unit.toMillis(initial)), runnable,
                            Duration.ofMillis(unit.toMillis(delay)));
                    repeating.put(id, first);
                    tasks.add(first);
                    ScheduledFuture<?> future = mock(ScheduledFuture.class);
                    when(future.cancel(anyBoolean())).thenAnswer(i -> {
                        Task current = repeating.remove(id);
                        return current != null && tasks.remove(current);
                    });
                    when(future.isDone()).thenAnswer(i -> !repeating.containsKey(id));
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
            Duration repeat = task.repeat;
            if (repeat != null) {
                // the next run of a fixed-delay task, unless it was cancelled while it ran
                repeating.entrySet().stream().filter(e -> e.getValue().equals(task)).findFirst().ifPresent(e -> {
                    Task again = new Task(clock.instant().plus(repeat), task.runnable, repeat);
                    e.setValue(again);
                    tasks.add(again);
                });
            }
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
