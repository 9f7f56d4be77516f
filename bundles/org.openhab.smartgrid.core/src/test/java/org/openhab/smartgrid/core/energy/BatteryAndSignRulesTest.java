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
package org.openhab.smartgrid.core.energy;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.smartgrid.core.energy.EnergyRig.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The battery rule (below min SoC it charges first; at or above it yields; discharge never feeds loads) and the
 * meters' sign conventions.
 */
@NonNullByDefault
class BatteryAndSignRulesTest {

    @ParameterizedTest(name = "grid {0} W, battery {1} W at {2} % (min 50 %) -> surplus {3} W")
    @CsvSource({ //
            "-500, 2500, 80, 3000", // above min SoC the battery's 2.5 kW charging yields to the loads
            "-500, 2500, 50, 3000", // at min SoC too
            "-500, 2500, 49, 500", // below it the battery charges first
            "0,   -1500, 80, -1500", // discharge counts as import: loads never run on the battery
            "0,   -1500, 20, -1500" })
    void theBatteryYieldsOnlyAtOrAboveMinSoc(double grid, double battery, double soc, double surplus) {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withMinSoc(50),
                load("boiler", 2000).switchOnPower(2500).build());
        rig.manager.updateBattery(new PowerReading(rig.at("12:00:00"), battery), soc);
        rig.grid("12:00:00", grid);
        assertEquals(surplus, rig.last.surplus(), 0.001, "surplus = offset - (grid + battery import)");
    }

    @Test
    void aLoadThatTheChargingBatteryStarvesSaysSo() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withMinSoc(50),
                load("boiler", 2000).switchOnPower(2500).build());
        rig.manager.updateBattery(new PowerReading(rig.at("12:00:00"), 2500), 30);
        rig.grid("12:00:00", -500);
        rig.expect("boiler", false, Reason.BATTERY_PRIORITY);
    }

    @Test
    void staleBatteryDataIsIgnored() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withMinSoc(50),
                load("boiler", 2000).build());
        rig.manager.updateBattery(new PowerReading(rig.at("11:50:00"), 2500), 90);
        rig.grid("12:00:00", -500);
        assertEquals(500, rig.last.surplus(), 0.001, "a 10 min old battery reading does not count");
    }

    @Test
    void anExportPositiveMeterIsConverted() {
        EnergyRig rig = new EnergyRig(EnergyManagerConfig.defaults(BRUSSELS).withGridSign(SignConvention.EXPORT_POSITIVE),
                load("boiler", 2000).build());
        rig.now = rig.at("12:00:00");
        rig.manager.updateGridMeter(rig.now, 2500); // the meter says: 2.5 kW feed-in
        rig.step();
        assertEquals(-2500, rig.last.balance().gridImport(), 0.001, "stored import positive");
        rig.expect("boiler", true, Reason.SURPLUS);
    }

    @Test
    void aDischargePositiveBatteryIsConverted() {
        EnergyRig rig = new EnergyRig(
                EnergyManagerConfig.defaults(BRUSSELS).withBatterySign(SignConvention.EXPORT_POSITIVE),
                load("boiler", 2000).build());
        rig.manager.updateBatteryMeter(rig.at("12:00:00"), 1000, 60); // the battery says: 1 kW discharge
        rig.grid("12:00:00", 0);
        assertEquals(1000, rig.last.balance().batteryImport(), 0.001, "discharge counts as import");
    }

    @Test
    void aStateOfChargeOutOfRangeIsRejected() {
        EnergyRig rig = new EnergyRig(load("boiler", 2000).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.manager.updateBattery(new PowerReading(rig.at("12:00:00"), 0), 101));
        assertTrue(e.getMessage().contains("0 to 100 %"), e.getMessage());
    }
}
