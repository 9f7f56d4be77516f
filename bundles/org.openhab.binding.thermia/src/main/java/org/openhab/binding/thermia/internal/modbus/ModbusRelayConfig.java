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
 * The Thing parameters of a Modbus TCP relay module whose two coils drive the SG-Ready contacts. The names are the
 * Thing configuration parameter names, so messages point the user at the right field.
 *
 * @param relayHost host name or address of the relay module
 * @param relayPort Modbus TCP port (default 502)
 * @param relayUnitId Modbus unit id (default 1)
 * @param relayCoilSg1 0-based coil address of the relay wired to SG-1 / VU, Thermia terminal 409 (default 0)
 * @param relayCoilSg2 0-based coil address of the relay wired to SG-2, Thermia terminal 408 (default 1)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ModbusRelayConfig(String relayHost, int relayPort, int relayUnitId, int relayCoilSg1,
        int relayCoilSg2) {

    public static final int DEFAULT_COIL_SG1 = 0;
    public static final int DEFAULT_COIL_SG2 = 1;

    /**
     * @throws IllegalArgumentException naming the parameter and its allowed range
     */
    public ModbusRelayConfig {
        ModbusEndpoint.requireEndpoint(relayHost, relayPort, relayUnitId, "relayHost", "relayPort", "relayUnitId");
        requireCoil(relayCoilSg1, "relayCoilSg1");
        requireCoil(relayCoilSg2, "relayCoilSg2");
        if (relayCoilSg1 == relayCoilSg2) {
            throw new IllegalArgumentException(
                    "relayCoilSg1 and relayCoilSg2 must be different coils, both are " + relayCoilSg1);
        }
    }

    /** @return the configuration with default port, unit id and coils */
    public static ModbusRelayConfig withDefaults(String relayHost) {
        return new ModbusRelayConfig(relayHost, ModbusEndpoint.DEFAULT_PORT, ModbusEndpoint.DEFAULT_UNIT_ID,
                DEFAULT_COIL_SG1, DEFAULT_COIL_SG2);
    }

    /** @return this configuration with another port */
    public ModbusRelayConfig withPort(int port) {
        return new ModbusRelayConfig(relayHost, port, relayUnitId, relayCoilSg1, relayCoilSg2);
    }

    /** @return the endpoint of the relay module, with the given timeout */
    public ModbusEndpoint endpoint(Duration timeout) {
        return new ModbusEndpoint(relayHost, relayPort, relayUnitId, timeout);
    }

    private static void requireCoil(int coil, String name) {
        if (coil < 0 || coil > 65535) {
            throw new IllegalArgumentException(name + " must be a coil address between 0 and 65535, was " + coil);
        }
    }
}
