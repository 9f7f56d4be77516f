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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.relay.RelayOutput;
import org.openhab.binding.thermia.internal.relay.RelayOutputException;
import org.openhab.smartgrid.core.mode.ContactWriteOrder;
import org.openhab.smartgrid.core.mode.ContactWriteOrder.ContactWrite;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Drives the SG-Ready contacts through two coils of a Modbus TCP relay module, and reads them back.
 * <p>
 * Every write drives BOTH coils, also the one that should not change: after a failed or half-done write the real
 * state is unknown, and a relay someone switched by hand is put back. The order is the one
 * {@link ContactWriteOrder} gives for a change of both contacts into the target mode; that order passes through
 * EVU from no starting state (it opens SG-1 first, or closes SG-2 first), so it is safe whatever the coils show.
 * Then both coils are read back and compared.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ModbusRelayOutput implements RelayOutput {

    private final ModbusRelayConfig config;
    private final ModbusTcpConnection connection;

    public ModbusRelayOutput(ModbusRelayConfig config) {
        this(config, ModbusEndpoint.DEFAULT_TIMEOUT);
    }

    /** @param timeout the bound on connecting and on each request */
    public ModbusRelayOutput(ModbusRelayConfig config, Duration timeout) {
        this.config = config;
        this.connection = new ModbusTcpConnection(config.endpoint(timeout));
    }

    @Override
    public synchronized void write(SgMode mode) throws RelayOutputException {
        List<ContactWrite> writes = writeOrder(mode);
        @Nullable
        ContactWrite done = null;
        for (ContactWrite write : writes) {
            try {
                connection.writeCoil(coil(write.contact()), write.closed());
            } catch (ModbusTransportException e) {
                String state;
                if (done != null) {
                    state = "coil " + coil(done.contact()) + " (" + name(done.contact()) + ") was already written, "
                            + "so the output may be half-written";
                } else if (e.isRejectedByPeer()) {
                    state = "no coil was changed";
                } else {
                    // the request may have reached the module even though no answer came back
                    state = "this coil may or may not have switched, so the output may be half-written";
                }
                throw new RelayOutputException("Writing " + mode + " failed at coil " + coil(write.contact()) + " ("
                        + name(write.contact()) + " := " + onOff(write.closed()) + "); " + state
                        + ". Both coils are driven again on the next write. Cause: " + e.getMessage(), e,
                        !e.isRejectedByPeer());
            }
            done = write;
        }
        verify(mode);
    }

    /**
     * Reads both coils: where the relays are now. A connection that broke since the last request (the module
     * restarted) is opened again once, so a module that came back is read at once.
     */
    @Override
    public synchronized SgMode read() throws RelayOutputException {
        try {
            boolean[] contacts;
            try {
                contacts = readCoils();
            } catch (ModbusTransportException e) {
                if (e.isRejectedByPeer()) {
                    throw e;
                }
                contacts = readCoils();
            }
            return SgMode.fromContacts(contacts[0], contacts[1]);
        } catch (ModbusTransportException e) {
            throw new RelayOutputException("Reading the coils " + config.relayCoilSg1() + "/" + config.relayCoilSg2()
                    + " back failed. Cause: " + e.getMessage(), e, !e.isRejectedByPeer());
        }
    }

    @Override
    public boolean readsBack() {
        return true;
    }

    /** Closes the Modbus connection; a later write opens a new one. */
    @Override
    public synchronized void close() {
        connection.close();
    }

    /** @return both coil writes, in an order that never passes through EVU from any starting state */
    static List<ContactWrite> writeOrder(SgMode target) {
        SgMode opposite = SgMode.fromContacts(!target.sg1(), !target.sg2());
        return ContactWriteOrder.writes(opposite, target);
    }

    private void verify(SgMode mode) throws RelayOutputException {
        boolean sg1;
        boolean sg2;
        try {
            boolean[] contacts = readCoils();
            sg1 = contacts[0];
            sg2 = contacts[1];
        } catch (ModbusTransportException e) {
            throw new RelayOutputException("Both coils were written for " + mode
                    + ", but reading them back failed, so they are not verified. Cause: " + e.getMessage(), e,
                    !e.isRejectedByPeer());
        }
        StringBuilder wrong = new StringBuilder();
        appendMismatch(wrong, SgContact.SG1, mode.sg1(), sg1);
        appendMismatch(wrong, SgContact.SG2, mode.sg2(), sg2);
        if (wrong.length() > 0) {
            throw new RelayOutputException("Read-back after writing " + mode + " disagrees: " + wrong
                    + " (the relay module shows " + SgMode.fromContacts(sg1, sg2)
                    + "). Both coils are driven again on the next write.");
        }
    }

    /** @return the coils of SG-1 and SG-2, in that order */
    private boolean[] readCoils() throws ModbusTransportException {
        int first = Math.min(config.relayCoilSg1(), config.relayCoilSg2());
        int distance = Math.abs(config.relayCoilSg1() - config.relayCoilSg2());
        if (distance == 1) {
            // adjacent coils (the usual wiring): one read for both
            boolean[] coils = connection.readCoils(first, 2);
            return new boolean[] { coils[config.relayCoilSg1() - first], coils[config.relayCoilSg2() - first] };
        }
        return new boolean[] { connection.readCoils(config.relayCoilSg1(), 1)[0],
                connection.readCoils(config.relayCoilSg2(), 1)[0] };
    }

    private void appendMismatch(StringBuilder wrong, SgContact contact, boolean expected, boolean seen) {
        if (expected != seen) {
            if (wrong.length() > 0) {
                wrong.append("; ");
            }
            wrong.append("coil ").append(coil(contact)).append(" (").append(name(contact)).append(") expected ")
                    .append(onOff(expected)).append(", seen ").append(onOff(seen));
        }
    }

    private int coil(SgContact contact) {
        return contact == SgContact.SG1 ? config.relayCoilSg1() : config.relayCoilSg2();
    }

    private static String name(SgContact contact) {
        return contact == SgContact.SG1 ? "SG-1/VU, terminal 409" : "SG-2, terminal 408";
    }

    private static String onOff(boolean closed) {
        return closed ? "ON" : "OFF";
    }
}
