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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.thermia.internal.modbus.GenesisRegisters.Block;
import org.openhab.smartgrid.core.mode.SgMode;

/** Word-level conversions and the block plan of {@link GenesisRegisters}. */
@NonNullByDefault
class GenesisRegistersTest {

    @ParameterizedTest(name = "word {0} -> {1} degC")
    @CsvSource({ "0, 0.0", "2512, 25.12", "65536, 0.0", "64986, -5.5", "65535, -0.01", "32766, 327.66",
            "32768, -327.68" })
    void temperaturesAreSignedHundredthsOfADegree(int word, double celsius) {
        assertEquals(celsius, GenesisRegisters.temperature(word % 65536), 1e-9, "word " + word);
    }

    @Test
    void theWord32767MeansTheSensorIsNotAvailable() {
        assertNull(GenesisRegisters.temperature(32767), "32767 is 'not available', not 327.67 degC");
    }

    @ParameterizedTest(name = "register 82 = {0} -> {1}")
    @CsvSource(value = { "1, EVU", "4, NORMAL", "5, COMFORT", "6, BOOST", "0, null", "2, null", "3, null",
            "7, null" }, nullValues = "null")
    void theSmartGridStatusRegisterMapsToTheFourModes(int word, @Nullable SgMode mode) {
        assertEquals(mode, GenesisRegisters.smartGridMode(word));
    }

    @Test
    void powersAreHundredthsOfAKilowattInWatts() {
        assertEquals(5120.0, GenesisRegisters.powerWatts(512), 1e-9);
        assertEquals(65.43, GenesisRegisters.percent(6543), 1e-9);
    }

    @Test
    void thePlanReadsEveryUsedRegisterInThreeRequestsWithinTheModbusLimit() {
        for (int address : GenesisRegisters.USED_INPUT_REGISTERS) {
            assertEquals(1, GenesisRegisters.INPUT_REGISTER_BLOCKS.stream().filter(b -> b.contains(address)).count(),
                    "register " + address + " is read exactly once");
        }
        assertEquals(3, GenesisRegisters.REQUESTS_PER_POLL, "two input register blocks and one discrete input block");
        Block inputs = GenesisRegisters.DISCRETE_INPUT_BLOCK;
        assertTrue(inputs.contains(GenesisRegisters.COMPRESSOR_RUNNING)
                && inputs.contains(GenesisRegisters.SMART_GRID_INPUT_1)
                && inputs.contains(GenesisRegisters.SMART_GRID_INPUT_2), "199, 201 and 204 in one read");
    }

    @Test
    void theNarrowFallbackReadsOnlyRunsOfUsedRegisters() {
        assertEquals(List.of(new Block(1, 1), new Block(8, 2), new Block(12, 2), new Block(15, 3), new Block(27, 1),
                new Block(54, 1), new Block(60, 1), new Block(82, 1)),
                GenesisRegisters.usedRuns(GenesisRegisters.INPUT_REGISTER_BLOCKS.get(0)));
        assertEquals(List.of(new Block(157, 2)), GenesisRegisters.usedRuns(new Block(157, 2)));
    }

    @Test
    void aBlockLargerThanOneModbusReadIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Block(1, 126));
    }
}
