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
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.RelayDriver.Confirmed;
import org.openhab.binding.thermia.internal.modbus.Backoff;
import org.openhab.binding.thermia.internal.relay.ChannelRelayOutput;
import org.openhab.binding.thermia.internal.relay.ChannelRelayOutput.ReadBack;
import org.openhab.binding.thermia.internal.relay.RelayOutput;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the two contacts: puts the modes the guards approve on the relay output (through a {@link RelayDriver}),
 * reports the outcome to the {@link StatusBoard}, and handles what comes back from the relays. With the relay
 * channels as output (relayOutput CHANNELS) the channels carry commands and what the relay items report comes back
 * on them; with any other output the channels show what the output confirmed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RelayControl {

    /** Where the relay channels go: the handler's updateState for states. */
    interface ChannelSink {
        void state(String channelId, State state);
    }

    private final Logger logger = LoggerFactory.getLogger(RelayControl.class);
    private final String name;
    private final RelayDriver driver;
    private final @Nullable ChannelRelayOutput channels;

    /**
     * @param name the Thing, for log lines
     * @param output the relay output the configuration asks for
     * @param timers where blocking writes and retries run
     * @param status where the outcome of the writes goes
     * @param sink where the relay channels' states go (for outputs other than the channels)
     */
    RelayControl(String name, RelayOutput output, ScheduledExecutorService timers, Clock clock, StatusBoard status,
            ChannelSink sink) {
        this.name = name;
        this.channels = output instanceof ChannelRelayOutput channelOutput ? channelOutput : null;
        this.driver = new RelayDriver(output, timers, clock, new Backoff(), new Listener(status, sink));
    }

    /** Drives the output to {@code mode}, the latest mode the guards approved. */
    void drive(SgMode mode) {
        driver.drive(mode);
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

    /** What a relay item reports through the follow profile: compared with what it was commanded, never a wish. */
    void reported(String channelId, Command command) {
        ChannelRelayOutput output = channels;
        SgContact contact = ChannelRelayOutput.contactOf(channelId);
        if (output == null || contact == null || !(command instanceof OnOffType onOff)) {
            logger.debug("{}: channel {} is an output here, ignoring '{}'", name, channelId, command);
            return;
        }
        ReadBack readBack = output.readBack(contact, onOff == OnOffType.ON);
        if (readBack.matches()) {
            logger.debug("{}: the relay item of contact {} ({}) reports {}, as commanded", name, contact,
                    contact.terminal(), onOff);
        } else {
            Boolean commanded = readBack.commanded();
            logger.info("{}: the relay item of contact {} ({}) reports {}, but was last commanded {}", name, contact,
                    contact.terminal(), onOff, commanded == null ? "nothing" : OnOffType.from(commanded.booleanValue()));
        }
    }

    /** @return the relay writer (for tests) */
    RelayDriver driver() {
        return driver;
    }

    /** Cancels a pending write or retry and closes the output. */
    void close() {
        driver.close();
    }

    /** Publishes the writes: relay channels (for outputs other than the channels), status, log. */
    private final class Listener implements RelayDriver.Listener {
        private final StatusBoard status;
        private final ChannelSink sink;

        Listener(StatusBoard status, ChannelSink sink) {
            this.status = status;
            this.sink = sink;
        }

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
                logger.warn("{}: relays could not be set to {}: {}; trying again at {}", name, mode, message,
                        retryAt);
            } else {
                logger.debug("{}: relays still cannot be set to {}: {}; trying again at {}", name, mode, message,
                        retryAt);
            }
            status.relaysFailed(message);
        }
    }
}
