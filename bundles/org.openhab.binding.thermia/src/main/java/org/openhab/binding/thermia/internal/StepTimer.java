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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.SgStepResult;

/**
 * When the controller steps next: at the instant its step result names ({@link SgStepResult#stepAgainAt()}: a guard
 * window ends, an override or a restored request expires, and at least every minute while the relays show EVU, so
 * that the lock counters stay current). One timer at a time; asking for the instant already planned changes nothing.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class StepTimer {

    private final ScheduledExecutorService scheduler;
    private final Runnable step;
    private @Nullable ScheduledFuture<?> timer;
    private @Nullable Instant timerAt;

    /** @param step runs the step when the timer is due (it takes the handler's lock itself) */
    StepTimer(ScheduledExecutorService scheduler, Runnable step) {
        this.scheduler = scheduler;
        this.step = step;
    }

    /** Plans the next step at {@code at}, replacing a step planned for another instant. */
    synchronized void at(Instant at, Instant now) {
        ScheduledFuture<?> current = timer;
        if (at.equals(timerAt) && current != null && !current.isDone()) {
            return;
        }
        cancel();
        long delay = Math.max(0, Duration.between(now, at).toMillis());
        timerAt = at;
        timer = scheduler.schedule(this::due, delay, TimeUnit.MILLISECONDS);
    }

    /** Cancels the planned step. */
    synchronized void cancel() {
        ScheduledFuture<?> current = timer;
        if (current != null) {
            current.cancel(false);
        }
        timer = null;
        timerAt = null;
    }

    private void due() {
        synchronized (this) {
            timer = null;
            timerAt = null;
        }
        step.run();
    }
}
