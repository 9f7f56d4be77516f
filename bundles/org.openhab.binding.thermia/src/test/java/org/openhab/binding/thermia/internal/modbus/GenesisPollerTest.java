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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.thermia.internal.modbus.GenesisPeer.Counter;
import org.openhab.binding.thermia.internal.modbus.GenesisRegisters.Block;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.mode.WiringCheck.ReadBack;
import org.openhab.smartgrid.core.mode.WiringCheck.Source;

/**
 * {@link GenesisPoller} against a real Modbus TCP peer (python3-pymodbus) serving the register map of
 * {@code genesis_peer.py}: raw words and the values they must convert to are listed there.
 */
@NonNullByDefault
class GenesisPollerTest {

    private @Nullable GenesisPeer peer;
    private @Nullable GenesisPoller poller;

    @BeforeAll
    static void requirePymodbus() {
        assumeTrue(GenesisPeer.pymodbusAvailable(),
                "skipped: /usr/bin/python3 cannot import pymodbus (install the Debian package python3-pymodbus)");
    }

    @AfterEach
    void stop() {
        GenesisPoller p = poller;
        if (p != null) {
            p.close();
        }
        GenesisPeer g = peer;
        if (g != null) {
            g.close();
        }
    }

    private GenesisPoller connect(boolean sparse) throws Exception {
        GenesisPeer g = GenesisPeer.start(sparse);
        peer = g;
        GenesisPoller p = new GenesisPoller(ModbusEndpoint.of("127.0.0.1", g.port(), 1));
        poller = p;
        return p;
    }

    private GenesisPeer peer() {
        GenesisPeer g = peer;
        assertNotNull(g);
        return g;
    }

    @Test
    void aPollConvertsEveryRegister() throws Exception {
        GenesisReading reading = connect(false).poll();
        assertEquals(new GenesisReading(3, 25.12, 30.55, 35.0, -5.5, 52.0, null, 48.0, -0.25, 65.43,
                Duration.ofSeconds(120), 1, SgMode.EVU, 5120.0, 1350.0, true, true, false), reading,
                "temperatures are int16 x 0.01 degC (32767 = not available, so null), powers kW x 0.01 in W");
        assertEquals(SgMode.EVU, reading.contactMode(), "inputs 201 closed and 204 open read back as EVU");
        Instant readAt = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(List.of(new ReadBack(Source.STATUS_REGISTER, SgMode.EVU, readAt),
                new ReadBack(Source.CONTACT_INPUTS, SgMode.EVU, readAt)), reading.readBacks(readAt),
                "both read-backs for the wiring check");
    }

    @Test
    void aPollTakesThreeRequestsTwoInputRegisterBlocksAndOneDiscreteInputBlock() throws Exception {
        GenesisPoller p = connect(false);
        p.poll();
        peer().resetCounters();
        p.poll();
        assertEquals(GenesisRegisters.REQUESTS_PER_POLL, peer().totalRequests(), "requests per poll");
        assertEquals(2, peer().count(Counter.READ_INPUT_REGISTERS), "input registers 1-82 and 157-158");
        assertEquals(1, peer().count(Counter.READ_DISCRETE_INPUTS), "discrete inputs 199-204");
    }

    @Test
    void aHeatPumpThatRefusesGapsIsReadRegisterRunByRegisterRun() throws Exception {
        GenesisPoller p = connect(true);
        GenesisReading reading = p.poll();
        assertEquals(-5.5, reading.outdoor(), "the values are the same with the narrow plan");
        assertNull(reading.tapWaterLower(), "32767 is still not available");
        assertEquals(SgMode.EVU, reading.smartGridMode());
        assertEquals(List.of(new Block(1, 1), new Block(8, 2), new Block(12, 2), new Block(15, 3), new Block(27, 1),
                new Block(54, 1), new Block(60, 1), new Block(82, 1), new Block(157, 2)), p.inputRegisterPlan(),
                "the refused block 1-82 is replaced by the runs of used registers");
        peer().resetCounters();
        p.poll();
        assertEquals(10, peer().totalRequests(), "9 input register runs and 1 discrete input read, no refused try");
    }

    @Test
    void aPollOfAPeerThatIsGoneFailsAndThePollAfterItsRestartSucceeds() throws Exception {
        GenesisPoller p = connect(false);
        p.poll();
        peer().kill();
        ModbusTransportException e = assertThrows(ModbusTransportException.class, p::poll);
        assertTrue(e.getMessage().contains("127.0.0.1:" + peer().port()), "the message names the peer: " + e);
        peer().restart();
        assertEquals(SgMode.EVU, p.poll().smartGridMode(), "the poller reconnects by itself");
    }
}
