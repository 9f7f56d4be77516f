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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.modbus.Backoff;
import org.openhab.binding.thermia.internal.relay.RelayOutput;
import org.openhab.binding.thermia.internal.relay.RelayOutputException;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Puts the mode the guards approved on a {@link RelayOutput}: one write at a time, always of the latest approved mode,
 * and after a failure again after a {@link Backoff} delay until it succeeds.
 * <p>
 * A {@linkplain RelayOutput#blocking() blocking} output (Modbus: up to a request timeout per coil) is written on the
 * scheduler, so the caller (openHAB's event thread, under the handler's lock) never waits on the network. A
 * non-blocking output (the relay channels) is written at once, as before. While a write or a retry is pending, a newer
 * mode only replaces the one to write: the pending attempt drives it, so the output is not hammered while it is down.
 * The listener is called under this driver's lock, so its calls come in the order of the writes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RelayDriver {

    /** A mode the output confirmed, and when. */
    record Confirmed(SgMode mode, Instant at) {
    }

    /** Receives the outcome of each write; must not block and must not take the handler's lock. */
    interface Listener {
        /** @param recovered whether the writes before this one had failed */
        void written(SgMode mode, boolean recovered);

        /** @param firstFailure whether the write before this one had succeeded */
        void failed(SgMode mode, String message, Instant retryAt, boolean firstFailure);
    }

    private final RelayOutput output;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Backoff backoff;
    private final Listener listener;

    private @Nullable SgMode wanted;
    private @Nullable Confirmed confirmed;
    private @Nullable ScheduledFuture<?> job;
    private boolean writing;
    private boolean failing;
    private boolean closed;
    private int attempts;

    RelayDriver(RelayOutput output, ScheduledExecutorService scheduler, Clock clock, Backoff backoff,
            Listener listener) {
        this.output = output;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = backoff;
        this.listener = listener;
    }

    /** Drives the output to {@code mode}, the latest mode the guards approved, unless it is there already. */
    void drive(SgMode mode) {
        synchronized (this) {
            if (closed) {
                return;
            }
            wanted = mode;
            Confirmed done = confirmed;
            if (job != null || writing || (!failing && done != null && done.mode() == mode)) {
                return;
            }
            if (output.blocking()) {
                schedule(Duration.ZERO);
                return;
            }
        }
        attempt();
    }

    /** @return the mode the output last confirmed, null before the first write and after a failed one */
    synchronized @Nullable Confirmed confirmed() {
        return confirmed;
    }

    /** @return whether the last write failed (a retry is pending) */
    synchronized boolean failing() {
        return failing;
    }

    /** @return how many writes were attempted */
    synchronized int attempts() {
        return attempts;
    }

    /** Cancels a pending write or retry and closes the output. */
    void close() {
        synchronized (this) {
            closed = true;
            cancel();
        }
        output.close();
    }

    private void attempt() {
        SgMode mode;
        synchronized (this) {
            job = null;
            SgMode next = wanted;
            if (closed || next == null) {
                return;
            }
            mode = next;
            writing = true;
            attempts++;
        }
        RelayOutputException failure = null;
        try {
            // outside the lock: a Modbus write can take a request timeout per coil
            output.write(mode);
        } catch (RelayOutputException e) {
            failure = e;
        }
        synchronized (this) {
            writing = false;
            if (closed) {
                return;
            }
            if (failure == null) {
                confirmed = new Confirmed(mode, clock.instant());
                boolean recovered = failing;
                failing = false;
                backoff.reset();
                listener.written(mode, recovered);
                if (wanted != mode) {
                    // the guards approved another mode while this one was written
                    schedule(Duration.ZERO);
                }
            } else {
                confirmed = null;
                boolean first = !failing;
                failing = true;
                Duration delay = backoff.nextDelay();
                String message = failure.getMessage();
                listener.failed(mode, message == null ? failure.toString() : message, clock.instant().plus(delay),
                        first);
                schedule(delay);
            }
        }
    }

    private void schedule(Duration delay) {
        cancel();
        job = scheduler.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        ScheduledFuture<?> current = job;
        if (current != null) {
            current.cancel(false);
        }
        job = null;
    }
}
