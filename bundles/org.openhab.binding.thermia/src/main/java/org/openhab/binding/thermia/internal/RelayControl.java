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

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.RelayDriver.Confirmed;
import org.openhab.binding.thermia.internal.StatusBoard.Part;
import org.openhab.binding.thermia.internal.modbus.Backoff;
import org.openhab.binding.thermia.internal.relay.ChannelRelayOutput;
import org.openhab.binding.thermia.internal.relay.RelayOutput;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.mode.WiringCheck;
import org.openhab.smartgrid.core.mode.WiringCheck.Event;
import org.openhab.smartgrid.core.mode.WiringCheck.ReadBack;
import org.openhab.smartgrid.core.mode.WiringCheck.Source;
import org.openhab.smartgrid.core.mode.WiringCheck.Status;
import org.openhab.smartgrid.core.mode.WiringCheck.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the two contacts and makes sure they stay where the guards put them. It puts the modes the guards approve on
 * the relay output (through a {@link RelayDriver}) and reports the outcome to the {@link StatusBoard}. What comes back
 * from the relays is checked against the last write ({@link WiringCheck}): the relay module's coils, read every
 * read-back interval, and what the relay items report (relay channels as output), after {@link #ITEMS_GRACE}; the
 * heat pump's own read-back (Genesis) asks for it through {@link #redrive}. A mismatch is shown on the
 * {@code relay-check} channel and in the Thing status and corrected by driving the relays again, a bounded number
 * of times in a row.
 * <p>
 * With the relay channels as output (relayOutput CHANNELS) the channels carry commands and what the relay items
 * report comes back on them, never taken as a wish; with any other output the channels show what it confirmed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RelayControl {

    /**
     * How long the relay items may report another position than commanded before it counts: they report at once
     * (openHAB's auto-update) and again when their binding has switched, within a second or two.
     */
    static final Duration ITEMS_GRACE = Duration.ofSeconds(10);

    /** Where the relay channels and the check go: the handler's updateState. */
    interface ChannelSink {
        void state(String channelId, State state);
    }

    /** What a relay item last reported for its contact. */
    private record Reported(boolean closed, Instant at) {
    }

    private final Logger logger = LoggerFactory.getLogger(RelayControl.class);
    private final String name;
    private final RelayDriver driver;
    private final @Nullable ChannelRelayOutput channels;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final StatusBoard status;
    private final ChannelSink sink;
    private final WiringCheck moduleCheck;
    private final WiringCheck itemsCheck;
    private final Map<SgContact, Reported> reported = new EnumMap<>(SgContact.class);
    private @Nullable ScheduledFuture<?> recheck;

    /**
     * @param name the Thing, for log lines
     * @param output the relay output the configuration asks for
     * @param timers where blocking writes, retries, read-backs and re-checks run
     * @param status where the outcome of the writes and the checks goes
     * @param sink where the relay channels' states (for outputs other than the channels) and the check go
     * @param readBackInterval how often an output that reads back is read between writes, zero for never
     */
    RelayControl(String name, RelayOutput output, ScheduledExecutorService timers, Clock clock, StatusBoard status,
            ChannelSink sink, Duration readBackInterval) {
        this.name = name;
        this.channels = output instanceof ChannelRelayOutput channelOutput ? channelOutput : null;
        this.timers = timers;
        this.clock = clock;
        this.moduleCheck = new WiringCheck(Duration.ZERO, clock.getZone());
        this.itemsCheck = new WiringCheck(ITEMS_GRACE, clock.getZone());
        this.status = status;
        this.sink = sink;
        this.driver = new RelayDriver(output, timers, clock, new Backoff(), new Listener(), readBackInterval);
        sink.state(CHANNEL_RELAY_CHECK, UnDefType.UNDEF);
        driver.startReadBack();
    }

    /**
     * Drives the output to {@code mode}, the latest mode the guards approved.
     *
     * @param mandatory whether it is the grid operator's lock: it is written as soon as the output can take it
     */
    void drive(SgMode mode, boolean mandatory) {
        driver.drive(mode, mandatory);
    }

    /** Drives the relays to the approved mode again: the heat pump's read-back disagrees (Genesis wiring check). */
    void redrive() {
        driver.redrive();
    }

    /** @return the mode the output last confirmed, and when; null before the first write and after a failure */
    @Nullable
    Confirmed confirmed() {
        return driver.confirmed();
    }

    /** @return whether the relay channels are the output (then they carry commands, never states) */
    boolean channelsAreOutput() {
        return channels != null;
    }

    /**
     * A relay item was linked: with the relay channels as output it is commanded at once to where the guards put
     * the relays (a refresh would not reach it through the follow profile).
     *
     * @return whether the link was handled here
     */
    boolean linked(String channelId) {
        ChannelRelayOutput output = channels;
        SgContact contact = ChannelRelayOutput.contactOf(channelId);
        if (output == null || contact == null) {
            return false;
        }
        output.commandAgain(contact);
        return true;
    }

    /** What a relay item reports through the follow profile: its contact's read-back, never a wish. */
    void reported(String channelId, Command command) {
        SgContact contact = ChannelRelayOutput.contactOf(channelId);
        if (channels == null || contact == null || !(command instanceof OnOffType onOff)) {
            logger.debug("{}: channel {} is an output here, ignoring '{}'", name, channelId, command);
            return;
        }
        logger.debug("{}: the relay item of contact {} ({}) reports {}", name, contact, contact.terminal(), onOff);
        // the driver's state is read before this object's lock: the driver calls in here under its own lock
        Confirmed written = driver.confirmed();
        boolean redrive;
        synchronized (this) {
            reported.put(contact, new Reported(onOff == OnOffType.ON, clock.instant()));
            redrive = checkItems(written);
        }
        if (redrive) {
            driver.redrive();
        }
    }

    /** @return the relay writer (for tests) */
    RelayDriver driver() {
        return driver;
    }

    /** Cancels a pending write, retry, read-back or re-check and closes the output. */
    void close() {
        synchronized (this) {
            cancelRecheck();
        }
        driver.close();
    }

    /** Checks what the relay items reported against the last write; call under this object's lock. */
    private boolean checkItems(@Nullable Confirmed written) {
        cancelRecheck();
        Reported sg1 = reported.get(SgContact.SG1);
        Reported sg2 = reported.get(SgContact.SG2);
        if (written == null || sg1 == null || sg2 == null) {
            return false;
        }
        Instant at = sg1.at().isAfter(sg2.at()) ? sg1.at() : sg2.at();
        ReadBack readBack = new ReadBack(Source.RELAY_ITEMS, SgMode.fromContacts(sg1.closed(), sg2.closed()), at);
        Verdict verdict = itemsCheck.check(written.mode(), written.at(), List.of(readBack), clock.instant());
        Instant recheckAt = verdict.recheckAt();
        if (recheckAt != null) {
            // a relay item that reports nothing more is judged when the grace ends
            long delay = Math.max(0, Duration.between(clock.instant(), recheckAt).toMillis());
            recheck = timers.schedule(this::recheckItems, delay, TimeUnit.MILLISECONDS);
        }
        return publish(verdict);
    }

    private void recheckItems() {
        Confirmed written = driver.confirmed();
        boolean redrive;
        synchronized (this) {
            recheck = null;
            redrive = checkItems(written);
        }
        if (redrive) {
            driver.redrive();
        }
    }

    private void cancelRecheck() {
        ScheduledFuture<?> pending = recheck;
        if (pending != null) {
            pending.cancel(false);
        }
        recheck = null;
    }

    /** Shows a verdict on the channel, in the status and the log; @return whether to drive the relays again */
    private boolean publish(Verdict verdict) {
        sink.state(CHANNEL_RELAY_CHECK, new StringType(verdict.status() + ": " + verdict.detail()));
        status.note(Part.RELAYS, verdict.status() == Status.MISMATCH
                ? "the relays are not where the guards put them: " + verdict.detail()
                : null);
        if (verdict.event() == Event.MISMATCH_STARTED) {
            logger.warn("{}: relay read-back MISMATCH: {}", name, verdict.detail());
        } else if (verdict.event() == Event.MISMATCH_CLEARED) {
            logger.info("{}: relay read-back OK again: {}", name, verdict.detail());
        }
        return verdict.redrive();
    }

    /** Publishes the writes and the module's read-backs: relay channels, check, status, log. */
    private final class Listener implements RelayDriver.Listener {

        @Override
        public void written(SgMode mode, boolean recovered) {
            if (channels == null) {
                sink.state(CHANNEL_RELAY_SG1, RelayStates.sg1(mode));
                sink.state(CHANNEL_RELAY_SG2, RelayStates.sg2(mode));
            }
            if (recovered) {
                logger.info("{}: relays set to {} again, the output answers", name, mode);
            }
            status.relaysWritten();
        }

        @Override
        public void failed(SgMode mode, String message, Instant retryAt, boolean firstFailure) {
            if (firstFailure) {
                logger.warn("{}: relays could not be set to {}: {}; trying again at {} or as soon as the output "
                        + "answers", name, mode, message, TimeText.time(retryAt, clock.instant(), clock.getZone()));
            } else {
                logger.debug("{}: relays still cannot be set to {}: {}; trying again at {}", name, mode, message,
                        TimeText.time(retryAt, clock.instant(), clock.getZone()));
            }
            status.relaysFailed(message);
        }

        @Override
        public void readBack(Confirmed confirmed, SgMode seen, Instant at) {
            boolean redrive;
            synchronized (RelayControl.this) {
                redrive = publish(moduleCheck.check(confirmed.mode(), confirmed.at(),
                        List.of(new ReadBack(Source.RELAY_MODULE, seen, at)), at));
            }
            if (redrive) {
                driver.redrive();
            }
        }
    }
}
