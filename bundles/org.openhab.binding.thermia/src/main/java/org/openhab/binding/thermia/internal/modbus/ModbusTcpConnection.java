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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;

/**
 * One Modbus TCP connection to one peer, opened lazily on the first request.
 * <p>
 * When a request fails on the wire, the connection is closed, and the next request opens a new one: a peer that
 * restarted is reached again without the caller doing anything. A Modbus exception answer (the peer is there but
 * refuses) keeps the connection. Every request is bounded by the endpoint's timeout and is tried once; retrying is
 * the caller's decision (see {@link Backoff}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ModbusTcpConnection implements AutoCloseable {

    /** A request function, for messages. */
    @FunctionalInterface
    private interface Request<T> {
        T run(ModbusTCPMaster master) throws ModbusException;
    }

    private final ModbusEndpoint endpoint;
    private @Nullable ModbusTCPMaster master;

    public ModbusTcpConnection(ModbusEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public ModbusEndpoint endpoint() {
        return endpoint;
    }

    /** @return the coils from {@code address}, {@code count} of them, closed = {@code true} */
    public synchronized boolean[] readCoils(int address, int count) throws ModbusTransportException {
        BitVector bits = execute("read coils " + range(address, count), m -> m.readCoils(endpoint.unitId(), address,
                count));
        return toBooleans(bits, count, "coils " + range(address, count));
    }

    /** Writes one coil (function 5). */
    public synchronized void writeCoil(int address, boolean value) throws ModbusTransportException {
        execute("write coil " + address + " = " + (value ? 1 : 0),
                m -> m.writeCoil(endpoint.unitId(), address, value));
    }

    /** @return the discrete inputs from {@code address}, {@code count} of them */
    public synchronized boolean[] readDiscreteInputs(int address, int count) throws ModbusTransportException {
        BitVector bits = execute("read discrete inputs " + range(address, count),
                m -> m.readInputDiscretes(endpoint.unitId(), address, count));
        return toBooleans(bits, count, "discrete inputs " + range(address, count));
    }

    /** @return the raw 16-bit words of the input registers from {@code address} (unsigned, 0–65535) */
    public synchronized int[] readInputRegisters(int address, int count) throws ModbusTransportException {
        InputRegister[] registers = execute("read input registers " + range(address, count),
                m -> m.readInputRegisters(endpoint.unitId(), address, count));
        if (registers.length != count) {
            throw new ModbusTransportException(endpoint.describe() + ": asked for " + count
                    + " input registers from " + address + ", got " + registers.length, false,
                    new IllegalStateException("short answer"));
        }
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return words;
    }

    /** Writes consecutive holding registers in one request (function 16). */
    public synchronized void writeHoldingRegisters(int address, int... words) throws ModbusTransportException {
        Register[] registers = new Register[words.length];
        for (int i = 0; i < words.length; i++) {
            registers[i] = new SimpleRegister(words[i]);
        }
        execute("write holding registers " + range(address, words.length),
                m -> m.writeMultipleRegisters(endpoint.unitId(), address, registers));
    }

    /** Closes the connection; the next request opens a new one. */
    @Override
    public synchronized void close() {
        ModbusTCPMaster current = master;
        master = null;
        if (current != null) {
            current.disconnect();
        }
    }

    private <T> T execute(String what, Request<T> request) throws ModbusTransportException {
        ModbusTCPMaster current = connect(what);
        try {
            return request.run(current);
        } catch (ModbusSlaveException e) {
            // the peer answered: the connection is fine, the request is not
            throw new ModbusTransportException(
                    endpoint.describe() + " refused to " + what + ": " + e.getMessage(), true, e);
        } catch (ModbusException | RuntimeException e) {
            close();
            throw new ModbusTransportException(endpoint.describe() + ": could not " + what + ": " + message(e),
                    false, e);
        }
    }

    private ModbusTCPMaster connect(String what) throws ModbusTransportException {
        ModbusTCPMaster current = master;
        if (current != null && current.isConnected()) {
            return current;
        }
        close();
        try {
            // j2mod resolves the host in the constructor; reconnecting=false: we decide when to reconnect
            current = new ModbusTCPMaster(endpoint.host(), endpoint.port(), (int) endpoint.timeout().toMillis(),
                    false);
            current.connect();
            // one try per request (j2mod treats 0 as its default of several tries with random pauses)
            current.setRetries(1);
            master = current;
            return current;
        } catch (Exception e) {
            if (current != null) {
                current.disconnect();
            }
            throw new ModbusTransportException(
                    "cannot connect to " + endpoint.describe() + " to " + what + ": " + message(e), false, e);
        }
    }

    private boolean[] toBooleans(@Nullable BitVector bits, int count, String what) throws ModbusTransportException {
        if (bits == null || bits.size() < count) {
            throw new ModbusTransportException(endpoint.describe() + ": short answer reading " + what, false,
                    new IllegalStateException("short answer"));
        }
        boolean[] values = new boolean[count];
        for (int i = 0; i < count; i++) {
            values[i] = bits.getBit(i);
        }
        return values;
    }

    private static String range(int address, int count) {
        return count == 1 ? Integer.toString(address) : address + "–" + (address + count - 1);
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        String text = e.getMessage();
        while ((text == null || text.isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
            text = cause.getMessage();
        }
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
