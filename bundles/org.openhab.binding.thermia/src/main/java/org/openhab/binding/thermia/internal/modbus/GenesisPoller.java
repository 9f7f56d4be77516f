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

import static org.openhab.binding.thermia.internal.modbus.GenesisRegisters.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.thermia.internal.modbus.GenesisRegisters.Block;

/**
 * Reads a Thermia Genesis heat pump over Modbus TCP, in as few block reads as its register map allows (see
 * {@link GenesisRegisters} for the plan: 3 requests per poll).
 * <p>
 * Safe to call from several threads; use one instance (one connection) per heat pump.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class GenesisPoller implements AutoCloseable {

    private final ModbusTcpConnection connection;
    private final List<Block> inputBlocks = new ArrayList<>(INPUT_REGISTER_BLOCKS);

    public GenesisPoller(ModbusEndpoint endpoint) {
        this.connection = new ModbusTcpConnection(endpoint);
    }

    /**
     * Reads every register of {@link GenesisReading} once.
     *
     * @throws ModbusTransportException when a read fails; the next poll reconnects
     */
    public synchronized GenesisReading poll() throws ModbusTransportException {
        int[] words = new int[ELECTRIC_POWER + 1];
        List<Block> plan = List.copyOf(inputBlocks);
        for (Block block : plan) {
            readInto(block, words);
        }
        boolean[] inputs = connection.readDiscreteInputs(DISCRETE_INPUT_BLOCK.start(), DISCRETE_INPUT_BLOCK.count());
        return new GenesisReading(words[OPERATING_STATUS], temperature(words[CONDENSER_IN]),
                temperature(words[CONDENSER_OUT]), temperature(words[SYSTEM_SUPPLY]), temperature(words[OUTDOOR]),
                temperature(words[TAP_WATER_TOP]), temperature(words[TAP_WATER_LOWER]),
                temperature(words[TAP_WATER_WEIGHTED]), temperature(words[SYSTEM_RETURN]),
                percent(words[COMPRESSOR_SPEED]), Duration.ofSeconds(words[COMPRESSOR_START_RESTRICTION]),
                words[SMART_GRID_STATUS], smartGridMode(words[SMART_GRID_STATUS]), powerWatts(words[THERMAL_POWER]),
                powerWatts(words[ELECTRIC_POWER]), inputs[0], inputs[SMART_GRID_INPUT_1 - COMPRESSOR_RUNNING],
                inputs[SMART_GRID_INPUT_2 - COMPRESSOR_RUNNING]);
    }

    /** @return the input register reads one poll performs now (the wide plan, or narrower after a refusal) */
    public synchronized List<Block> inputRegisterPlan() {
        return List.copyOf(inputBlocks);
    }

    @Override
    public synchronized void close() {
        connection.close();
    }

    private void readInto(Block block, int[] words) throws ModbusTransportException {
        try {
            copy(block, connection.readInputRegisters(block.start(), block.count()), words);
        } catch (ModbusTransportException e) {
            List<Block> runs = usedRuns(block);
            if (!e.isRejectedByPeer() || runs.size() == 1 && runs.get(0).equals(block)) {
                throw e;
            }
            // the heat pump refuses the gaps of a wide block: read only what we use, now and from now on
            int index = inputBlocks.indexOf(block);
            inputBlocks.remove(index);
            inputBlocks.addAll(index, runs);
            for (Block run : runs) {
                copy(run, connection.readInputRegisters(run.start(), run.count()), words);
            }
        }
    }

    private static void copy(Block block, int[] read, int[] words) {
        System.arraycopy(read, 0, words, block.start(), block.count());
    }
}
