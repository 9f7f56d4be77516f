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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;

/**
 * "Boost until": a load with a stop temperature stops on surplus once its temperature reaches it (after its min on
 * time) and surplus starts it again only once the temperature has dropped by the hysteresis.
 */
@NonNullByDefault
class StopTemperatureRulesTest {

    private static EnergyRig boostUntil60(Duration minOnTime) {
        EnergyRig rig = new EnergyRig(
                load("boost", 2000).switchOnPower(3000).minOnTime(minOnTime).stopTemperature(60).build());
        rig.grid("12:00:00", -3500);
        rig.expect("boost", true, Reason.SURPLUS);
        return rig;
    }

    private static void temperature(EnergyRig rig, String localTime, double celsius) {
        rig.manager.updateLoadTemperature("boost", celsius, rig.at(localTime));
    }

    @Test
    void reachingTheStopTemperatureStopsTheLoadDespiteSurplus() {
        EnergyRig rig = boostUntil60(Duration.ZERO);
        temperature(rig, "12:20:00", 59.9);
        rig.grid("12:20:00", -1500);
        rig.expect("boost", true, Reason.SURPLUS);
        temperature(rig, "12:25:00", 60.0);
        rig.grid("12:25:00", -1500);
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
        assertEquals("temperature 60 °C reached stop temperature 60 °C; surplus starts it again at 57 °C or below",
                rig.command("boost").detail());
    }

    @Test
    void theMinOnTimeHoldsTheLoadOnAfterTheTemperatureIsReached() {
        EnergyRig rig = boostUntil60(minutes(5));
        temperature(rig, "12:01:00", 60.5);
        rig.grid("12:01:00", -1500);
        rig.expect("boost", true, Reason.MIN_ON_HOLD, "12:05:00");
        assertTrue(rig.command("boost").detail().startsWith("temperature 60.5 °C reached"),
                rig.command("boost").detail());
        rig.stepAt("12:05:00");
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
    }

    @Test
    void surplusStartsTheLoadAgainOnlyOnceTheTemperatureDroppedByTheHysteresis() {
        EnergyRig rig = boostUntil60(Duration.ZERO);
        temperature(rig, "12:10:00", 61);
        rig.grid("12:10:00", -1500);
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
        temperature(rig, "12:30:00", 58);
        rig.grid("12:30:00", -4000);
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
        temperature(rig, "12:40:00", 57);
        rig.grid("12:40:00", -4000);
        rig.expect("boost", true, Reason.SURPLUS);
    }

    @Test
    void aStaleOrUnknownTemperatureIsIgnored() {
        EnergyRig rig = boostUntil60(Duration.ZERO);
        temperature(rig, "12:10:00", 61);
        rig.grid("12:10:00", -1500);
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
        assertEquals(rig.at("13:10:00").plusNanos(1), rig.command("boost").nextChange(),
                "the next change is when the reading goes stale");
        rig.grid("13:09:59", -4000);
        rig.expect("boost", false, Reason.TEMPERATURE_REACHED);
        rig.grid("13:10:01", -4000); // an hour without a reading: it no longer counts
        rig.expect("boost", true, Reason.SURPLUS);

        EnergyRig undef = boostUntil60(Duration.ZERO);
        temperature(undef, "12:10:00", 61);
        undef.manager.invalidateLoadTemperature("boost");
        undef.grid("12:10:00", -1500);
        undef.expect("boost", true, Reason.SURPLUS);
    }

    @Test
    void aForceAndTheDailyMinimumRunTheLoadWhateverTheTemperature() {
        EnergyRig rig = boostUntil60(Duration.ZERO);
        temperature(rig, "12:10:00", 65);
        rig.manager.force("boost", minutes(30), rig.at("12:10:00"));
        rig.grid("12:10:00", -1500);
        rig.expect("boost", true, Reason.FORCED);
    }

    @Test
    void aLoadWithoutStopTemperatureIgnoresTemperatures() {
        EnergyRig rig = new EnergyRig(load("boost", 2000).switchOnPower(3000).build());
        rig.grid("12:00:00", -3500);
        rig.manager.updateLoadTemperature("boost", 90, rig.at("12:00:30"));
        rig.grid("12:00:30", -1500);
        rig.expect("boost", true, Reason.SURPLUS);
    }

    @Test
    void aStopTemperatureOutsideZeroToHundredIsRejectedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("boost", 2000).stopTemperature(120).build());
        assertTrue(e.getMessage().contains("stopTemperature"), e.getMessage());
    }
}
