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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.thermia.internal.modbus.GenesisPeer.Counter;
import org.openhab.binding.thermia.internal.relay.RelayOutputException;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * {@link ModbusRelayOutput} against a real Modbus TCP peer (python3-pymodbus, {@code genesis_peer.py}) with the
 * default wiring: SG-1 on coil 0, SG-2 on coil 1. Coil states are also checked from outside Java with mbpoll.
 */
@NonNullByDefault
class ModbusRelayOutputTest {

    private @Nullable GenesisPeer peer;
    private @Nullable ModbusRelayOutput output;

    @BeforeAll
    static void requirePymodbus() {
        assumeTrue(GenesisPeer.pymodbusAvailable(),
                "skipped: /usr/bin/python3 cannot import pymodbus (install the Debian package python3-pymodbus)");
    }

    @BeforeEach
    void start() throws Exception {
        GenesisPeer g = GenesisPeer.start(false);
        peer = g;
        output = new ModbusRelayOutput(new ModbusRelayConfig("127.0.0.1", g.port(), 1, 0, 1), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        ModbusRelayOutput o = output;
        if (o != null) {
            o.close();
        }
        GenesisPeer g = peer;
        if (g != null) {
            g.close();
        }
    }

    private GenesisPeer peer() {
        GenesisPeer g = peer;
        assertNotNull(g);
        return g;
    }

    private ModbusRelayOutput output() {
        ModbusRelayOutput o = output;
        assertNotNull(o);
        return o;
    }

    private static int[] coils(SgMode mode) {
        return new int[] { mode.sg1() ? 1 : 0, mode.sg2() ? 1 : 0 };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SgMode.class)
    void aWriteDrivesBothCoilsAndVerifiesThemByReadingBack(SgMode mode) throws Exception {
        output().write(mode);
        assertEquals(2, peer().count(Counter.WRITE_COIL), "both coils are written");
        assertEquals(1, peer().count(Counter.READ_COILS), "adjacent coils are read back in one request");
        assertArrayEquals(coils(mode), peer().coilsSeenByMbpoll(0, 2), "coils 0/1 as mbpoll sees them for " + mode);
    }

    @Test
    void aPeerKilledMidRunFailsWritesAndTheFirstWriteAfterItsRestartDrivesBothCoils() throws Exception {
        output().write(SgMode.BOOST);
        peer().kill();
        RelayOutputException e = assertThrows(RelayOutputException.class, () -> output().write(SgMode.EVU));
        assertTrue(e.getMessage().contains("127.0.0.1:" + peer().port()), "the message names the peer: " + e);
        assertThrows(RelayOutputException.class, () -> output().write(SgMode.EVU), "still down: fails again");

        peer().restart(); // a fresh peer: every coil OFF
        output().write(SgMode.EVU);
        assertEquals(2, peer().count(Counter.WRITE_COIL), "both coils driven on the new connection");
        assertArrayEquals(coils(SgMode.EVU), peer().coilsSeenByMbpoll(0, 2), "EVU reached after the restart");
    }

    @Test
    void aHalfDoneWriteIsReportedAndTheNextWriteDrivesBothCoilsAgain() throws Exception {
        output().write(SgMode.EVU);
        peer().refuseCoilWrites(1);
        // EVU -> COMFORT opens SG-1 (coil 0) first, then SG-2 (coil 1) is refused
        RelayOutputException e = assertThrows(RelayOutputException.class, () -> output().write(SgMode.COMFORT));
        assertTrue(e.getMessage().startsWith("Writing COMFORT failed at coil 1 (SG-2, terminal 408 := ON); "
                + "coil 0 (SG-1/VU, terminal 409) was already written, so the output may be half-written."),
                "the message says which coil failed and that the output may be half-written: " + e.getMessage());
        assertArrayEquals(coils(SgMode.NORMAL), peer().coilsSeenByMbpoll(0, 2), "half-written: SG-1 off, SG-2 off");

        peer().refuseCoilWrites(-1);
        peer().resetCounters();
        output().write(SgMode.COMFORT);
        assertEquals(2, peer().count(Counter.WRITE_COIL), "the retry drives BOTH coils, not only the failed one");
        assertArrayEquals(coils(SgMode.COMFORT), peer().coilsSeenByMbpoll(0, 2), "COMFORT in place");
    }

    @Test
    void aCoilThatDoesNotFollowIsCaughtByTheReadBack() throws Exception {
        peer().stickCoil(0);
        RelayOutputException e = assertThrows(RelayOutputException.class, () -> output().write(SgMode.BOOST));
        assertEquals("Read-back after writing BOOST disagrees: coil 0 (SG-1/VU, terminal 409) expected ON, seen OFF "
                + "(the relay module shows COMFORT). Both coils are driven again on the next write.", e.getMessage());
    }

    @Test
    void aRefusedFirstCoilLeavesTheOutputUntouched() throws Exception {
        peer().refuseCoilWrites(1);
        // NORMAL -> BOOST closes SG-2 (coil 1) first
        RelayOutputException e = assertThrows(RelayOutputException.class, () -> output().write(SgMode.BOOST));
        assertTrue(e.getMessage().contains("failed at coil 1") && e.getMessage().contains("no coil was changed"),
                e.getMessage());
        assertArrayEquals(coils(SgMode.NORMAL), peer().coilsSeenByMbpoll(0, 2));
    }
}
