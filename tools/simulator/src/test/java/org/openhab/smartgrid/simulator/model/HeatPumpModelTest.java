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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The simulated heat pump reacts to each SG-Ready mode as seed 1 describes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class HeatPumpModelTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Defaults with the tank at {@code tank} °C, the buffer satisfied and no space heating. */
    private static HeatPumpParams params(double tank) {
        HeatPumpParams d = HeatPumpParams.defaults();
        return new HeatPumpParams(d.electricPower(), d.cop(), d.tankLiters(), d.tankLoss(), tank, d.normalStart(),
                d.normalStop(), d.comfortStart(), d.comfortStop(), d.boostStart(), d.boostStop(), d.bufferLiters(),
                d.bufferNormalTarget(), d.bufferNormalTarget(), d.bufferBoostTarget(), d.bufferHysteresis(), 0,
                d.ambientTemperature(), d.coldWaterTemperature());
    }

    /**
     * Runs one-minute steps in {@code mode} while the compressor does {@code task} (at most 10 hours).
     *
     * @return the status at the first step it did something else
     */
    private static HeatPumpStatus runWhile(HeatPumpModel model, SgMode mode, HeatPumpTask task) {
        for (int i = 0; i < 600; i++) {
            HeatPumpStatus status = model.decide(mode);
            if (status.task() != task) {
                return status;
            }
            model.advance(MINUTE, 0);
        }
        return fail("the compressor kept doing " + task + " for 10 hours");
    }

    @Test
    void evuBlocksTheCompressorWhileTheTankAsksForHeatAndItResumesAfterTheLock() {
        HeatPumpModel model = new HeatPumpModel(params(38));
        HeatPumpStatus locked = model.decide(SgMode.EVU);
        assertEquals(HeatPumpTask.BLOCKED, locked.task(), "a tank at 38 °C wants heat, but EVU blocks it");
        assertEquals(0.0, locked.electricPower(), "a blocked compressor draws nothing");
        model.advance(Duration.ofHours(2), 0);
        assertTrue(model.status().tankTemperature() < 38, "the tank keeps losing heat during the lock");
        HeatPumpStatus after = model.decide(SgMode.NORMAL);
        assertEquals(HeatPumpTask.TAP_WATER, after.task(), "after the lock the compressor heats the tank again");
        assertEquals(2000.0, after.electricPower(), "the compressor draws its electric power");
    }

    @Test
    void theStatusShowsTheTemperaturesAfterEveryAdvanceAlsoWhenTheTaskStays() {
        HeatPumpModel model = new HeatPumpModel(params(50));
        HeatPumpStatus first = model.decide(SgMode.NORMAL);
        assertEquals(HeatPumpTask.IDLE, first.task(), "50 °C needs no heat in NORMAL");
        model.advance(MINUTE, 20);
        HeatPumpStatus drawn = model.status();
        assertTrue(drawn.tankTemperature() < first.tankTemperature(),
                "a draw of 20 l cools the tank: " + first + " then " + drawn);
        HeatPumpStatus second = model.decide(SgMode.NORMAL);
        assertEquals(HeatPumpTask.IDLE, second.task(), "still no heat needed");
        assertEquals(drawn.tankTemperature(), second.tankTemperature(), "the decision reports the cooled tank");
        model.advance(MINUTE, 0);
        assertTrue(model.status().tankTemperature() < second.tankTemperature(),
                "the tank keeps losing heat: " + model.status());
    }

    @Test
    void normalModeLeavesATankAtFiftyDegreesAloneButBoostHeatsItToSixtyFive() {
        HeatPumpModel normal = new HeatPumpModel(params(50));
        assertEquals(HeatPumpTask.IDLE, normal.decide(SgMode.NORMAL).task(), "50 °C is above the normal start 42");

        HeatPumpModel boost = new HeatPumpModel(params(50));
        assertEquals(HeatPumpTask.TAP_WATER, boost.decide(SgMode.BOOST).task(), "BOOST starts below 55 °C");
        double tank = runWhile(boost, SgMode.BOOST, HeatPumpTask.TAP_WATER).tankTemperature();
        assertTrue(tank >= 65 && tank < 66, "BOOST stops the tap water just above 65 °C, was " + tank);
    }

    @ParameterizedTest(name = "{0}: tank at {1} °C starts heating = {2}")
    @CsvSource({ "NORMAL, 41, true", "NORMAL, 44, false", "COMFORT, 44, true", "COMFORT, 46, false",
            "BOOST, 54, true", "BOOST, 56, false", "EVU, 30, false" })
    void eachModeHasItsOwnTapWaterStartTemperature(SgMode mode, double tank, boolean heats) {
        HeatPumpStatus status = new HeatPumpModel(params(tank)).decide(mode);
        assertEquals(heats, status.task() == HeatPumpTask.TAP_WATER,
                mode + " with the tank at " + tank + " °C: tap water heating expected " + heats);
    }

    @Test
    void comfortStopsTheTapWaterAtSixtyDegrees() {
        HeatPumpModel model = new HeatPumpModel(params(44));
        double tank = runWhile(model, SgMode.COMFORT, HeatPumpTask.TAP_WATER).tankTemperature();
        assertTrue(tank >= 60 && tank < 61, "COMFORT heats to its stop 60 °C and no further, was " + tank);
    }

    @Test
    void boostHeatsTheBufferToFiftyFiveDegrees() {
        HeatPumpModel model = new HeatPumpModel(params(60));
        assertEquals(HeatPumpTask.BUFFER, model.decide(SgMode.BOOST).task(),
                "the 35 °C buffer is more than the hysteresis below the boost target 55 °C");
        double buffer = runWhile(model, SgMode.BOOST, HeatPumpTask.BUFFER).bufferTemperature();
        assertTrue(buffer >= 55 && buffer < 56, "the buffer ends at the boost target 55 °C, was " + buffer);
    }

    @Test
    void aDrawOfFortyLitresMixesColdWaterIntoTheTank() {
        HeatPumpModel model = new HeatPumpModel(params(50));
        model.decide(SgMode.EVU);
        model.advance(Duration.ofMillis(1), 40);
        // (50 °C * 160 l + 10 °C * 40 l) / 200 l = 42 °C
        assertEquals(42.0, model.status().tankTemperature(), 0.01, "40 l of 10 °C water replace 40 l of 50 °C");
    }

    @Test
    void theTankLosesHeatWithoutDrawsWhenTheCompressorIsBlocked() {
        HeatPumpModel model = new HeatPumpModel(params(50));
        model.decide(SgMode.EVU);
        model.advance(Duration.ofHours(1), 0);
        // loss 2 W/K * 32 K * 3600 s = 230 kJ over 200 l * 4186 J/(l K) = 0.275 K
        assertEquals(50 - 0.275, model.status().tankTemperature(), 0.01, "standing loss of one hour");
    }

    @Test
    void startAboveStopIsRejectedNamingTheParameters() {
        HeatPumpParams d = HeatPumpParams.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HeatPumpParams(d.electricPower(), d.cop(), d.tankLiters(), d.tankLoss(), 50, 60, 50,
                        d.comfortStart(), d.comfortStop(), d.boostStart(), d.boostStop(), d.bufferLiters(), 35, 35,
                        55, 5, 0, 18, 10));
        assertTrue(e.getMessage().contains("normalStart") && e.getMessage().contains("normalStop"),
                "message names both parameters: " + e.getMessage());
    }
}
