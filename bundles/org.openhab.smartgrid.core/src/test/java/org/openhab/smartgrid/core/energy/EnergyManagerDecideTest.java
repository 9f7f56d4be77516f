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

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * {@link EnergyManager#decide} makes the decisions {@link EnergyManager#step} makes: a manager that only decides
 * (and builds a result or a command now and then) runs its loads exactly as one that steps, and what it builds is
 * what the stepping one returns.
 */
@NonNullByDefault
class EnergyManagerDecideTest {

    /** The same input to both managers. */
    private static void feed(SplittableRandom random, HouseholdTrace setup, Instant now, EnergyManager... managers) {
        int dice = random.nextInt(100);
        String load = setup.loads.get(random.nextInt(setup.loads.size())).name();
        for (EnergyManager manager : managers) {
            if (dice < 3) {
                manager.invalidateGrid();
            } else if (dice < 85) {
                manager.updateGrid(new PowerReading(now.minusMillis(dice * 37L), -6000 + 150.5 * dice));
            }
            if (dice % 7 == 0) {
                manager.updateLoadPower(load, 40.0 * dice, now);
            }
            if (dice == 90) {
                manager.force(load, Duration.ofSeconds(30 + dice), now);
            } else if (dice == 91) {
                manager.release(load, now);
            } else if (dice == 92) {
                manager.setLocked(!manager.isLocked(), now);
            } else if (dice == 93) {
                manager.updateBattery(new PowerReading(now, -2000 + 40.0 * dice), dice);
            } else if (dice == 94) {
                manager.invalidateBattery();
            }
        }
    }

    @Test
    void decidingIsSteppingWithoutTheResult() {
        PropertyCheck.forAll("decide = step", 3_000, random -> {
            HouseholdTrace setup = new HouseholdTrace(random, HouseholdTrace.Kind.EVERYTHING);
            EnergyManager stepping = new EnergyManager(setup.config, setup.loads);
            EnergyManager deciding = new EnergyManager(setup.config, setup.loads);
            Instant now = setup.start;
            int steps = 50 + random.nextInt(400);
            for (int step = 0; step < steps; step++) {
                // sometimes two inputs, sometimes none between two steps; gaps up to 10 minutes
                now = now.plusMillis(random.nextInt(10) == 0 ? random.nextInt(600_000) : random.nextInt(20_000));
                int inputs = random.nextInt(3);
                for (int i = 0; i < inputs; i++) {
                    feed(random.split(), setup, now, stepping, deciding);
                }
                EnergyManagerResult expected = stepping.step(now);
                deciding.decide(now);
                for (int i = 0; i < setup.loads.size(); i++) {
                    LoadCommand command = expected.commands().get(i);
                    assertEquals(command.on(), deciding.isOn(i), "load " + i + " at step " + step + ": " + command);
                }
                if (random.nextInt(5) == 0) {
                    int i = random.nextInt(setup.loads.size());
                    assertEquals(expected.commands().get(i), deciding.command(i), "the command of load " + i);
                }
                if (random.nextInt(5) == 0) {
                    assertEquals(expected, deciding.result(), "the result of step " + step);
                }
            }
        });
    }

    @Test
    void aResultBeforeAnyDecisionIsRefused() {
        HouseholdTrace setup = new HouseholdTrace(new SplittableRandom(1), HouseholdTrace.Kind.EVERYTHING);
        EnergyManager manager = new EnergyManager(setup.config, setup.loads);
        assertThrows(IllegalStateException.class, manager::result, "nothing decided yet");
        assertThrows(IllegalStateException.class, () -> manager.command(0), "nothing decided yet");
    }
}
