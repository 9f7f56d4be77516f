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
package org.openhab.smartgrid.core.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler on a {@link SteppedClock}: a task runs only when {@link #advanceTo} moves the clock past its due time,
 * on the calling thread, with the clock at its due instant; ties run in the order they were scheduled, as Java's
 * {@code ScheduledThreadPoolExecutor} runs them. Periodic tasks are planned again after each run. Cancelled tasks
 * are dropped without allocating, so a benchmark can plan and cancel a wake-up at every step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SteppedScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** More runs than this at one instant is a task that keeps planning itself at once: a busy loop. */
    private static final int MAX_RUNS_AT_ONE_INSTANT = 100;

    private final SteppedClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long scheduled;
    private long runs;

    /** A planned task: its own future. */
    private final class Task implements ScheduledFuture<Object> {
        Instant due;
        long order;
        final Runnable runnable;
        /** 0: once; above 0: at a fixed rate; below 0: with a fixed delay after each run (as Java's executors). */
        final long periodNanos;
        boolean cancelled;
        boolean done;

        Task(Instant due, Runnable runnable, long periodNanos) {
            this.due = due;
            this.order = scheduled++;
            this.runnable = runnable;
            this.periodNanos = periodNanos;
        }

        boolean before(Task other) {
            int byDue = due.compareTo(other.due);
            return byDue < 0 || byDue == 0 && order < other.order;
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            long nanos = Duration.between(clock.instant(), due).toNanos();
            return unit == null ? nanos : unit.convert(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            return other == null ? 1
                    : Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean pending = !cancelled && !done;
            cancelled = true;
            return pending;
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

    public SteppedScheduler(SteppedClock clock) {
        this.clock = clock;
    }

    private ScheduledFuture<?> plan(@Nullable Runnable command, long delay, long period, @Nullable TimeUnit unit) {
        if (command == null || unit == null) {
            throw new IllegalArgumentException("a task and its time unit are needed");
        }
        Task task = new Task(clock.instant().plusNanos(unit.toNanos(Math.max(0, delay))), command,
                unit.toNanos(period));
        tasks.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(@Nullable Runnable command, long delay, @Nullable TimeUnit unit) {
        return plan(command, delay, 0, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(@Nullable Runnable command, long initialDelay, long period,
            @Nullable TimeUnit unit) {
        if (period <= 0) {
            throw new IllegalArgumentException("period " + period);
        }
        return plan(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(@Nullable Runnable command, long initialDelay, long delay,
            @Nullable TimeUnit unit) {
        if (delay <= 0) {
            throw new IllegalArgumentException("delay " + delay);
        }
        return plan(command, initialDelay, -delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(@Nullable Callable<V> callable, long delay, @Nullable TimeUnit unit) {
        throw new UnsupportedOperationException("only runnables are scheduled here");
    }

    /** Runs every task due up to {@code target} in due order, the clock set to each due time, then sets target. */
    public void advanceTo(Instant target) {
        advanceTo(target, () -> {
        });
    }

    /**
     * The same, calling {@code afterEachTask} after each task (an event bus delivering what the task posted).
     *
     * @throws IllegalStateException when tasks keep planning new ones at the same instant
     */
    public void advanceTo(Instant target, Runnable afterEachTask) {
        int runsAtOneInstant = 0;
        Instant lastRun = null;
        while (true) {
            Task first = first();
            if (first == null || first.due.isAfter(target)) {
                break;
            }
            tasks.remove(first);
            runsAtOneInstant = first.due.equals(lastRun) ? runsAtOneInstant + 1 : 0;
            lastRun = first.due;
            if (runsAtOneInstant > MAX_RUNS_AT_ONE_INSTANT) {
                throw new IllegalStateException("a task keeps rescheduling itself at " + lastRun + ": a busy loop");
            }
            if (first.due.isAfter(clock.instant())) {
                clock.set(first.due);
            }
            boolean periodic = first.periodNanos != 0;
            first.done = !periodic;
            runs++;
            first.runnable.run();
            if (periodic && !first.cancelled) {
                first.due = first.periodNanos > 0 ? first.due.plusNanos(first.periodNanos)
                        : clock.instant().plusNanos(-first.periodNanos);
                first.order = scheduled++;
                tasks.add(first);
            }
            afterEachTask.run();
        }
        clock.set(target);
    }

    /** @return the earliest task that is not cancelled, null when none; drops the cancelled ones */
    private @Nullable Task first() {
        int kept = 0;
        Task first = null;
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (!task.cancelled) {
                tasks.set(kept++, task);
                if (first == null || task.before(first)) {
                    first = task;
                }
            }
        }
        for (int i = tasks.size() - 1; i >= kept; i--) {
            tasks.remove(i);
        }
        return first;
    }

    /** @return how many tasks wait (cancelled ones not counted) */
    public int pending() {
        first();
        return tasks.size();
    }

    /** @return how many tasks have run so far */
    public long runs() {
        return runs;
    }

    @Override
    public void execute(@Nullable Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        tasks.clear();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> waiting = new ArrayList<>();
        first();
        tasks.forEach(task -> waiting.add(task.runnable));
        tasks.clear();
        return waiting;
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, @Nullable TimeUnit unit) {
        return true;
    }
}
