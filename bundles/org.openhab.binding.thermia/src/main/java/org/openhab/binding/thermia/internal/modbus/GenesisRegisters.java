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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The Thermia Genesis registers the binding reads (0-based addresses), the block reads that fetch them, and the
 * conversions of their raw words.
 * <p>
 * <b>Block plan.</b> The input registers used span 1…158, more than the 125 registers one Modbus read may return,
 * so at least two reads are needed: 1…82 (82 registers, covering 1, 8/9, 12/13, 15–17, 27, 54, 60, 82) and 157…158.
 * The discrete inputs 199…204 are one read of 6 bits. So one poll is <b>3 requests</b>. If the heat pump refuses a
 * wide block (a Modbus "illegal data address" for a gap in its map), the poller falls back, for that block, to
 * reading only the runs of registers it uses ({@link #usedRuns(Block)}: 1, 8–9, 12–13, 15–17, 27, 54, 60, 82), and
 * stays with that for the connection's life.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class GenesisRegisters {

    /** A consecutive range of registers or inputs read in one request. */
    public record Block(int start, int count) {
        public Block {
            if (count < 1 || count > MAX_REGISTERS_PER_READ) {
                throw new IllegalArgumentException("count must be between 1 and " + MAX_REGISTERS_PER_READ);
            }
        }

        public boolean contains(int address) {
            return address >= start && address < start + count;
        }
    }

    /** Modbus limit for one read of registers (function 3/4). */
    public static final int MAX_REGISTERS_PER_READ = 125;

    // input registers
    public static final int OPERATING_STATUS = 1;
    public static final int CONDENSER_IN = 8;
    public static final int CONDENSER_OUT = 9;
    public static final int SYSTEM_SUPPLY = 12;
    public static final int OUTDOOR = 13;
    public static final int TAP_WATER_TOP = 15;
    public static final int TAP_WATER_LOWER = 16;
    public static final int TAP_WATER_WEIGHTED = 17;
    public static final int SYSTEM_RETURN = 27;
    public static final int COMPRESSOR_SPEED = 54;
    public static final int COMPRESSOR_START_RESTRICTION = 60;
    public static final int SMART_GRID_STATUS = 82;
    public static final int THERMAL_POWER = 157;
    public static final int ELECTRIC_POWER = 158;

    // discrete inputs
    public static final int COMPRESSOR_RUNNING = 199;
    public static final int SMART_GRID_INPUT_1 = 201;
    public static final int SMART_GRID_INPUT_2 = 204;

    /** Every input register the binding uses, ascending. */
    public static final List<Integer> USED_INPUT_REGISTERS = List.of(OPERATING_STATUS, CONDENSER_IN, CONDENSER_OUT,
            SYSTEM_SUPPLY, OUTDOOR, TAP_WATER_TOP, TAP_WATER_LOWER, TAP_WATER_WEIGHTED, SYSTEM_RETURN,
            COMPRESSOR_SPEED, COMPRESSOR_START_RESTRICTION, SMART_GRID_STATUS, THERMAL_POWER, ELECTRIC_POWER);

    /** The input register reads of one poll. */
    public static final List<Block> INPUT_REGISTER_BLOCKS = List.of(new Block(OPERATING_STATUS, 82),
            new Block(THERMAL_POWER, 2));

    /** The one discrete input read of a poll. */
    public static final Block DISCRETE_INPUT_BLOCK = new Block(COMPRESSOR_RUNNING, 6);

    /** Requests in one poll when the heat pump accepts the wide blocks. */
    public static final int REQUESTS_PER_POLL = INPUT_REGISTER_BLOCKS.size() + 1;

    /** Raw value Genesis reports for a sensor that is not available. */
    public static final int NOT_AVAILABLE = 32767;

    private GenesisRegisters() {
    }

    /** @return the runs of consecutive used registers inside {@code block}, for a peer that refuses gaps */
    public static List<Block> usedRuns(Block block) {
        List<Block> runs = new ArrayList<>();
        int start = -1;
        int previous = -2;
        for (int address : USED_INPUT_REGISTERS) {
            if (!block.contains(address)) {
                continue;
            }
            if (address != previous + 1) {
                if (start >= 0) {
                    runs.add(new Block(start, previous - start + 1));
                }
                start = address;
            }
            previous = address;
        }
        if (start >= 0) {
            runs.add(new Block(start, previous - start + 1));
        }
        return runs;
    }

    /** @return the word as a signed 16-bit value */
    public static int signed(int word) {
        return (short) word;
    }

    /** @return the temperature in °C (signed × 0.01), or {@code null} when the sensor is not available (32767) */
    public static @Nullable Double temperature(int word) {
        int value = signed(word);
        return value == NOT_AVAILABLE ? null : value / 100.0;
    }

    /** @return a percentage (× 0.01) */
    public static double percent(int word) {
        return signed(word) / 100.0;
    }

    /** @return the power in W, from a register in kW × 0.01 */
    public static double powerWatts(int word) {
        return signed(word) * 10.0;
    }

    /** @return the SG-Ready mode register 82 reports (1 EVU, 4 Normal, 5 Comfort, 6 Boost), or {@code null} */
    public static @Nullable SgMode smartGridMode(int word) {
        return switch (word) {
            case 1 -> SgMode.EVU;
            case 4 -> SgMode.NORMAL;
            case 5 -> SgMode.COMFORT;
            case 6 -> SgMode.BOOST;
            default -> null;
        };
    }
}
