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
package org.openhab.binding.thermia.internal.modbus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.thermia.internal.relay.RelayOutputException;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A peer that accepts the connection but never answers (a hung device) must not block a write or a poll beyond
 * the configured timeout. The "peer" is a listening socket nobody reads from: the kernel completes the handshake.
 */
@NonNullByDefault
class ModbusTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /**
     * One try takes 0.3 s; j2mod's default of five tries with random pauses takes over 5 s, so this also proves the
     * connection makes a single try per request.
     */
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void aWriteToAPeerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                ModbusRelayOutput output = new ModbusRelayOutput(
                        ModbusRelayConfig.withDefaults("127.0.0.1").withPort(silent.getLocalPort()), TIMEOUT)) {
            RelayOutputException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(RelayOutputException.class, () -> output.write(SgMode.EVU)));
            assertTrue(e.getMessage().contains("may or may not have switched, so the output may be half-written"),
                    "without an answer the write's effect is unknown: " + e.getMessage());
        }
    }

    @Test
    void aPollOfAPeerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                GenesisPoller poller = new GenesisPoller(
                        new ModbusEndpoint("127.0.0.1", silent.getLocalPort(), 1, TIMEOUT))) {
            ModbusTransportException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(ModbusTransportException.class, poller::poll));
            assertFalse(e.isRejectedByPeer(), "a timeout is a connection failure, not a refusal");
        }
    }

    @Test
    void aWriteToAClosedPortFailsWithAMessageNamingThePeer() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (ModbusRelayOutput output = new ModbusRelayOutput(
                ModbusRelayConfig.withDefaults("127.0.0.1").withPort(port), TIMEOUT)) {
            RelayOutputException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(RelayOutputException.class, () -> output.write(SgMode.NORMAL)));
            assertTrue(e.getMessage().contains("cannot connect to 127.0.0.1:" + port + " unit 1"), e.getMessage());
        }
    }
}
