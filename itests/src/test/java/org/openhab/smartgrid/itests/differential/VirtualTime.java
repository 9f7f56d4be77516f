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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * openHAB's time and event delivery on a virtual clock: a clock the replay moves, one scheduler for the rules and
 * the Thing whose tasks run when the clock passes their due time (ties in the order they were scheduled, as Java's
 * {@code ScheduledThreadPoolExecutor} runs them), and an event bus that delivers what was posted one event at a time,
 * in posting order, each with the events it posts in turn, after the task or sample that posted it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class VirtualTime extends Clock {

    /** A planned task; its own future. */
    private final class Task implements ScheduledFuture<Object> {
        final Instant due;
        final long order;
        final Runnable runnable;
        boolean cancelled;
        boolean done;

        Task(Instant due, long order, Runnable runnable) {
            this.due = due;
            this.order = order;
            this.runnable = runnable;
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            return unit == null ? 0 : unit.convert(Duration.between(now, due));
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            return other == null ? 1 : Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean was = !cancelled && !done;
            cancelled = true;
            return was;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || done;
        }

        @Override
        public @Nullable Object get() {
            return null;
        }

        @Override
        public @Nullable Object get(long timeout, @Nullable TimeUnit unit) {
            return null;
        }
    }

    private final ZoneId zone;
    private final List<Task> tasks = new ArrayList<>();
    private final Queue<Runnable> bus = new ArrayDeque<>();
    private final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);
    private Instant now;
    private long scheduled;

    VirtualTime(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(invocation -> {
            long delay = invocation.getArgument(1);
            TimeUnit unit = invocation.getArgument(2);
            Task task = new Task(now.plusNanos(unit.toNanos(delay)), scheduled++, invocation.getArgument(0));
            tasks.add(task);
            return task;
        });
    }

    /** @return the scheduler the rules and the Thing plan their timers on */
    ScheduledExecutorService scheduler() {
        return executor;
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
                throw new AssertionError("the rules and the Thing keep answering each other at " + now);
            }
            event.run();
        }
    }

    /** Runs every task due up to {@code target} in due order, each at its due time with its events, then sets it. */
    void advanceTo(Instant target) {
        while (true) {
            tasks.removeIf(task -> task.cancelled);
            Task first = null;
            for (Task task : tasks) {
                if (first == null || task.due.isBefore(first.due)
                        || task.due.equals(first.due) && task.order < first.order) {
                    first = task;
                }
            }
            if (first == null || first.due.isAfter(target)) {
                break;
            }
            tasks.remove(first);
            if (first.due.isAfter(now)) {
                now = first.due;
            }
            first.done = true;
            first.runnable.run();
            deliver();
        }
        now = target;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
