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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NonNullByDefault
class ModbusRelayConfigTest {

    @Test
    void theDefaultsArePort502UnitOneAndCoilsZeroAndOne() {
        assertEquals(new ModbusRelayConfig("relay.local", 502, 1, 0, 1), ModbusRelayConfig.withDefaults("relay.local"));
    }

    @ParameterizedTest(name = "{0}:{1} unit {2} coils {3}/{4} -> names {5}")
    @CsvSource({ "' ', 502, 1, 0, 1, relayHost", "h, 0, 1, 0, 1, relayPort", "h, 65536, 1, 0, 1, relayPort",
            "h, 502, 248, 0, 1, relayUnitId", "h, 502, -1, 0, 1, relayUnitId", "h, 502, 1, -1, 1, relayCoilSg1",
            "h, 502, 1, 0, 65536, relayCoilSg2", "h, 502, 1, 3, 3, relayCoilSg1 and relayCoilSg2" })
    void anInvalidParameterIsRejectedWithItsName(String host, int port, int unit, int sg1, int sg2, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModbusRelayConfig(host, port, unit, sg1, sg2));
        assertTrue(e.getMessage().startsWith(name), "the message starts with the parameter name: " + e.getMessage());
    }
}
