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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where a Modbus TCP peer listens and how long to wait for it.
 *
 * @param host host name or address of the peer
 * @param port TCP port (1–65535)
 * @param unitId Modbus unit id (0–247)
 * @param timeout connect and response timeout, so a dead peer never blocks a caller for long
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ModbusEndpoint(String host, int port, int unitId, Duration timeout) {

    /** Modbus TCP's registered port. */
    public static final int DEFAULT_PORT = 502;
    /** The unit id Thermia Genesis and most relay modules answer to. */
    public static final int DEFAULT_UNIT_ID = 1;
    /** Long enough for a busy device on a LAN, short enough that a dead peer never stalls the Thing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /**
     * @throws IllegalArgumentException naming the parameter and its allowed range
     */
    public ModbusEndpoint {
        requireEndpoint(host, port, unitId, "host", "port", "unitId");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("timeout must be between 1 ms and 60 s, was " + timeout);
        }
    }

    /** @return an endpoint with {@link #DEFAULT_TIMEOUT} */
    public static ModbusEndpoint of(String host, int port, int unitId) {
        return new ModbusEndpoint(host, port, unitId, DEFAULT_TIMEOUT);
    }

    /** @return "host:port unit N", for messages */
    public String describe() {
        return host + ":" + port + " unit " + unitId;
    }

    /**
     * Checks host, port and unit id, naming the caller's parameter names in the message.
     *
     * @throws IllegalArgumentException naming the parameter and its allowed range
     */
    static void requireEndpoint(String host, int port, int unitId, String hostName, String portName,
            String unitIdName) {
        if (host.isBlank()) {
            throw new IllegalArgumentException(hostName + " must be a host name or address, was empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(portName + " must be between 1 and 65535, was " + port);
        }
        if (unitId < 0 || unitId > 247) {
            throw new IllegalArgumentException(unitIdName + " must be between 0 and 247, was " + unitId);
        }
    }
}
