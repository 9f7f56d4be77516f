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

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.CHANNEL_WIRING_CHECK;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.RelayDriver.Confirmed;
import org.openhab.binding.thermia.internal.modbus.GenesisPoller;
import org.openhab.binding.thermia.internal.modbus.GenesisReading;
import org.openhab.binding.thermia.internal.modbus.ModbusTransportException;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.mode.WiringCheck;
import org.openhab.smartgrid.core.mode.WiringCheck.Status;
import org.openhab.smartgrid.core.mode.WiringCheck.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the heat pump over its Genesis Modbus interface at a fixed delay, publishes the monitoring channels and checks
 * the relays' mode against what the heat pump reports ({@link WiringCheck}). Monitoring is optional: a poll that fails
 * sets the channels to {@code UNDEF} and gives the Thing a status note, but never takes the Thing offline, because the
 * relays (the actual control) do not depend on it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class GenesisMonitor {

    /** Receives channel states and the status note; must not block and must not take the handler's lock. */
    interface Sink {
        void state(String channelId, State state);

        /** @param note what to add to the Thing status, null when monitoring works */
        void note(@Nullable String note);

        /** @param note what to add to the Thing status about the contacts, null when they agree with the relays */
        void wiring(@Nullable String note);

        /** The heat pump sees other contacts than the relays were driven to: drive them again. */
        void redrive();
    }

    private final Logger logger = LoggerFactory.getLogger(GenesisMonitor.class);
    private final String name;
    private final GenesisPoller poller;
    private final WiringCheck check;
    private final Clock clock;
    private final Supplier<@Nullable Confirmed> commanded;
    private final Sink sink;

    private @Nullable ScheduledFuture<?> job;
    private boolean failing;
    private int mismatchWarnings;

    /**
     * @param name the Thing, for log lines
     * @param commanded the mode the relays last confirmed, null when none is confirmed
     */
    GenesisMonitor(String name, GenesisPoller poller, WiringCheck check, Clock clock,
            Supplier<@Nullable Confirmed> commanded, Sink sink) {
        this.name = name;
        this.poller = poller;
        this.check = check;
        this.clock = clock;
        this.commanded = commanded;
        this.sink = sink;
    }

    /** Polls now and then every {@code interval} after the end of the previous poll. */
    synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        job = scheduler.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the polls and closes the connection. */
    void stop() {
        synchronized (this) {
            ScheduledFuture<?> current = job;
            if (current != null) {
                current.cancel(false);
            }
            job = null;
        }
        poller.close();
    }

    /** @return how many wiring mismatches were warned about */
    synchronized int mismatchWarnings() {
        return mismatchWarnings;
    }

    /** One poll: read, publish, check the wiring. */
    void poll() {
        GenesisReading reading;
        try {
            reading = poller.poll();
        } catch (ModbusTransportException e) {
            failed(e.getMessage());
            return;
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: keep polling
            failed(String.valueOf(e));
            return;
        }
        synchronized (this) {
            if (failing) {
                failing = false;
                logger.info("{}: Genesis monitoring answers again", name);
                sink.note(null);
            }
            Instant now = clock.instant();
            GenesisStates.of(reading).forEach(sink::state);
            Confirmed confirmed = commanded.get();
            if (confirmed == null) {
                // no confirmed relay mode (first write pending or relays failing): nothing to compare with
                sink.state(CHANNEL_WIRING_CHECK, UnDefType.UNDEF);
                return;
            }
            Verdict verdict = check.check(confirmed.mode(), confirmed.at(), reading.readBacks(now), now);
            sink.state(CHANNEL_WIRING_CHECK, new StringType(verdict.status() + ": " + verdict.detail()));
            sink.wiring(verdict.status() == Status.MISMATCH
                    ? "the heat pump does not see the mode the relays were driven to: " + verdict.detail()
                    : null);
            switch (verdict.event()) {
                case MISMATCH_STARTED -> {
                    mismatchWarnings++;
                    logger.warn("{}: wiring check MISMATCH: {}; check the wiring of the contacts 409/408 and the "
                            + "relays", name, verdict.detail());
                }
                case MISMATCH_CLEARED -> logger.info("{}: wiring check OK again: {}", name, verdict.detail());
                case NONE -> logger.trace("{}: wiring check {}: {}", name, verdict.status(), verdict.detail());
            }
            if (verdict.redrive()) {
                sink.redrive();
            }
        }
    }

    private synchronized void failed(@Nullable String message) {
        if (!failing) {
            failing = true;
            logger.warn("{}: Genesis monitoring failed, channels UNDEF until it answers again: {}", name, message);
            sink.note("Genesis monitoring: " + message);
            sink.wiring(null);
            for (String channel : GenesisStates.CHANNELS) {
                sink.state(channel, UnDefType.UNDEF);
            }
            sink.state(CHANNEL_WIRING_CHECK, UnDefType.UNDEF);
        } else {
            logger.debug("{}: Genesis monitoring still fails: {}", name, message);
        }
    }
}
