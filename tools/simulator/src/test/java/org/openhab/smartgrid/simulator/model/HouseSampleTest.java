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
package org.openhab.smartgrid.simulator.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The house balance: household − PV ± battery + managed loads.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class HouseSampleTest {

    private static final Instant T = Instant.parse("2026-06-21T10:00:00Z");

    @Test
    void theRealHeatPumpIsRemovedFromAMeterTraceSoTheSimulatedOneCanReplaceIt() {
        // meter 1500 W import with PV 2000 W, battery charging 500 W, real heat pump 2000 W:
        // household = 1500 + 2000 - 500 - 2000 = 1000 W
        HouseSample sample = HouseSample.fromMeter(T, 1500, 2000, 500, OptionalDouble.of(60), 2000, false);
        assertEquals(1000.0, sample.householdPower(), 1e-9, "household without the real heat pump");
        assertEquals(1500.0, sample.gridPowerWith(2000), 1e-9, "adding a 2 kW simulated heat pump gives the meter");
        assertEquals(-500.0, sample.gridPowerWith(0), 1e-9, "without the heat pump the house exports 500 W");
        assertEquals(500.0, sample.surplus(), 1e-9, "surplus before managed loads");
    }

    @Test
    void aDischargingBatteryLowersTheImport() {
        HouseSample sample = new HouseSample(T, 800, 0, -300, OptionalDouble.of(40), false);
        assertEquals(500.0, sample.gridPowerWith(0), 1e-9, "800 W household, battery gives 300 W");
        assertEquals(0.0, sample.surplus(), 1e-9, "importing means no surplus");
    }

    @Test
    void householdNeverBecomesNegativeWhenMetersDisagree() {
        HouseSample sample = HouseSample.fromMeter(T, -3000, 2000, 0, OptionalDouble.empty(), 0, false);
        assertEquals(0.0, sample.householdPower(), "export larger than PV is clamped to an empty household");
    }
}
