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
import java.util.Objects;
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
 * non-blocking output (the relay channels) is written at once. While a write or a retry is pending, a newer mode only
 * replaces the one to write: the pending attempt drives it, so the output is not hammered while it is down.
 * <p>
 * An output that {@linkplain RelayOutput#readsBack() reads back} is read every read-back interval between writes and
 * the listener compares what it sees with what was written; {@link #redrive} writes the approved mode again. While the
 * output cannot be reached it is probed every {@link #PROBE_INTERVAL}: the write is made as soon as it answers, not
 * at the end of the backoff delay. A mandatory mode (the grid operator's lock) cuts a pending backoff short too.
 * The listener is called under this driver's lock, so its calls come in the order of the writes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RelayDriver {

    /** How often an unreachable output is probed: a lock reaches the relays within seconds of the output answering. */
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

    /** A mode the output confirmed, and when. */
    record Confirmed(SgMode mode, Instant at) {
    }

    /** Receives the outcome of each write and read-back; must not block and must not take the handler's lock. */
    interface Listener {
        /** @param recovered whether the writes before this one had failed */
        void written(SgMode mode, boolean recovered);

        /** @param firstFailure whether the write before this one had succeeded */
        void failed(SgMode mode, String message, Instant retryAt, boolean firstFailure);

        /** The output read its contacts back between writes: {@code seen} against the confirmed write. */
        void readBack(Confirmed confirmed, SgMode seen, Instant at);
    }

    private final RelayOutput output;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Backoff backoff;
    private final Listener listener;
    private final Duration readBackInterval;

    private @Nullable SgMode wanted;
    private @Nullable Confirmed confirmed;
    private @Nullable ScheduledFuture<?> job;
    private @Nullable ScheduledFuture<?> readJob;
    private boolean writing;
    private boolean failing;
    private boolean unreachable;
    private boolean forced;
    private boolean closed;
    private int attempts;

    /**
     * @param readBackInterval how often an output that reads back is read between writes; zero for never (it is
     *            still probed while it cannot be reached)
     */
    RelayDriver(RelayOutput output, ScheduledExecutorService scheduler, Clock clock, Backoff backoff,
            Listener listener, Duration readBackInterval) {
        this.output = output;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = backoff;
        this.listener = listener;
        this.readBackInterval = readBackInterval;
    }

    /**
     * Drives the output to {@code mode}, the latest mode the guards approved, unless it is there already.
     *
     * @param mandatory whether the mode is the grid operator's lock: it cuts a pending backoff short
     */
    void drive(SgMode mode, boolean mandatory) {
        synchronized (this) {
            if (closed) {
                return;
            }
            boolean changed = wanted != mode;
            wanted = mode;
            if (writing) {
                // the running attempt drives the latest wanted mode when it is done
                return;
            }
            if (job != null) {
                if (failing && mandatory && changed) {
                    schedule(Duration.ZERO);
                }
                return;
            }
            Confirmed done = confirmed;
            if (!failing && !forced && done != null && done.mode() == mode) {
                return;
            }
            if (output.blocking()) {
                schedule(Duration.ZERO);
                return;
            }
        }
        attempt();
    }

    /** Drives the output again to the approved mode, both contacts, although it was confirmed (a read-back disagrees). */
    void redrive() {
        synchronized (this) {
            if (closed || wanted == null) {
                return;
            }
            forced = true;
            output.invalidate();
            if (job != null || writing) {
                return;
            }
            if (output.blocking()) {
                schedule(Duration.ZERO);
                return;
            }
        }
        attempt();
    }

    /** Starts reading the output back (only an output that reads back; until {@link #close}). */
    synchronized void startReadBack() {
        if (output.readsBack()) {
            scheduleRead();
        }
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

    /** Cancels a pending write, retry or read-back and closes the output. */
    void close() {
        synchronized (this) {
            closed = true;
            cancel();
            ScheduledFuture<?> read = readJob;
            if (read != null) {
                read.cancel(false);
            }
            readJob = null;
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
            forced = false;
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
                unreachable = false;
                backoff.reset();
                listener.written(mode, recovered);
                if (wanted != mode || forced) {
                    // the guards approved another mode, or a read-back asked to drive again, while this one was written
                    schedule(Duration.ZERO);
                }
            } else {
                failed(mode, failure);
            }
        }
    }

    /** The output failed: retried after the backoff delay (sooner when a probe finds it answering). */
    private void failed(SgMode mode, RelayOutputException failure) {
        confirmed = null;
        boolean first = !failing;
        failing = true;
        unreachable = failure.isUnreachable();
        Duration delay = backoff.nextDelay();
        String message = failure.getMessage();
        listener.failed(mode, message == null ? failure.toString() : message, clock.instant().plus(delay), first);
        schedule(delay);
        if (readJob == null) {
            scheduleRead();
        }
    }

    /** One read-back between writes, or a probe of an output that cannot be reached. */
    private void readBack() {
        Confirmed expected;
        boolean probe;
        synchronized (this) {
            readJob = null;
            if (closed) {
                return;
            }
            probe = failing;
            expected = confirmed;
            if (writing || (!probe && (job != null || expected == null))) {
                // a write is due or running: it verifies the contacts itself
                scheduleRead();
                return;
            }
        }
        SgMode seen;
        try {
            seen = output.read();
        } catch (RelayOutputException e) {
            synchronized (this) {
                SgMode mode = wanted;
                if (!closed && !failing && mode != null && Objects.equals(confirmed, expected)) {
                    // the output stopped answering between writes: drive it again as soon as it answers
                    cancel();
                    failed(mode, e);
                }
                scheduleRead();
            }
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            if (probe) {
                if (failing && unreachable && job != null && !writing) {
                    // it answers again: write now rather than at the end of the backoff delay
                    schedule(Duration.ZERO);
                }
            } else if (seen != null && expected != null && expected.equals(confirmed)) {
                listener.readBack(expected, seen, clock.instant());
            }
            scheduleRead();
        }
    }

    private void scheduleRead() {
        if (closed) {
            return;
        }
        Duration delay = failing ? PROBE_INTERVAL : readBackInterval;
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        readJob = scheduler.schedule(this::readBack, delay.toMillis(), TimeUnit.MILLISECONDS);
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
