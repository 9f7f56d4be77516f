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
package org.openhab.automation.energymanager.internal.handler;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler whose tasks run only when the test moves the {@link TestClock} past them: {@link #advanceTo}. Built on
 * a Mockito mock, as the stand-in's rules ask for interfaces.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ManualScheduler {

    private record Task(Instant due, Runnable runnable, boolean[] cancelled) {
    }

    private final TestClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);

    ManualScheduler(TestClock clock) {
        this.clock = clock;
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(invocation -> {
            Runnable runnable = invocation.getArgument(0);
            long delay = invocation.getArgument(1);
            TimeUnit unit = invocation.getArgument(2);
            boolean[] cancelled = { false };
            tasks.add(new Task(clock.instant().plusNanos(unit.toNanos(delay)), runnable, cancelled));
            ScheduledFuture<?> future = mock(ScheduledFuture.class);
            when(future.cancel(anyBoolean())).thenAnswer(i -> {
                cancelled[0] = true;
                return true;
            });
            return future;
        });
    }

    ScheduledExecutorService executor() {
        return executor;
    }

    /** @return the due time of the earliest pending task, null when none */
    @Nullable
    Instant nextDue() {
        tasks.removeIf(task -> task.cancelled()[0]);
        return tasks.stream().map(Task::due).min(Comparator.naturalOrder()).orElse(null);
    }

    /** @return how many tasks are pending (not cancelled, not run) */
    int pending() {
        tasks.removeIf(task -> task.cancelled()[0]);
        return tasks.size();
    }

    /** Runs every task due up to {@code target} in due order, the clock set to each due time, then sets target. */
    void advanceTo(Instant target) {
        int runsAtOneInstant = 0;
        Instant lastRun = null;
        while (true) {
            tasks.removeIf(task -> task.cancelled()[0]);
            Task first = tasks.stream().min(Comparator.comparing(Task::due)).orElse(null);
            if (first == null || first.due().isAfter(target)) {
                break;
            }
            tasks.remove(first);
            runsAtOneInstant = first.due().equals(lastRun) ? runsAtOneInstant + 1 : 0;
            lastRun = first.due();
            if (runsAtOneInstant > 100) {
                throw new AssertionError("a wake-up keeps rescheduling itself at " + lastRun + ": a busy loop");
            }
            if (first.due().isAfter(clock.instant())) {
                clock.set(first.due());
            }
            first.runnable().run();
        }
        clock.set(target);
    }
}
