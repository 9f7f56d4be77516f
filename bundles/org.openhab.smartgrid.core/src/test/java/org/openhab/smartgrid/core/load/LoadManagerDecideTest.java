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
package org.openhab.smartgrid.core.load;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * {@link LoadManager#decide} makes the decisions {@link LoadManager#step} makes: a manager that only decides (and
 * builds a result or a command now and then) sheds and restores exactly as one that steps, and what it builds is
 * what the stepping one returns.
 */
@NonNullByDefault
class LoadManagerDecideTest {

    private static final ZoneId[] ZONES = { ZoneId.of("Europe/Brussels"), ZoneId.of("Asia/Kathmandu"),
            ZoneId.of("UTC") };

    @Test
    void decidingIsSteppingWithoutTheResult() {
        PropertyCheck.forAll("decide = step", 3_000, random -> {
            int count = random.nextInt(1, 7);
            List<SheddableLoadConfig> loads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                loads.add(new SheddableLoadConfig("load" + i, random.nextInt(1, 13), random.nextInt(300, 4001),
                        random.nextInt(0, 301), Duration.ofSeconds(random.nextInt(0, 900)),
                        Duration.ofSeconds(random.nextInt(0, 900)), random.nextBoolean()));
            }
            LoadManagerConfig config = LoadManagerConfig
                    .of(random.nextInt(2000, 10_001), ZONES[random.nextInt(ZONES.length)], loads)
                    .withMode(LoadManagerMode.values()[random.nextInt(3)])
                    .withStaleAfter(Duration.ofSeconds(random.nextInt(10, 121)))
                    .withFeedbackTimeout(Duration.ofSeconds(random.nextInt(0, 31)))
                    .withFollowMonthPeak(random.nextBoolean()).withOverloadPower(random.nextInt(0, 12_001));
            LoadManager stepping = new LoadManager(config);
            LoadManager deciding = new LoadManager(config);
            LoadManager[] both = { stepping, deciding };
            Instant now = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(0, 365L * 86_400));
            double counterKwh = 1000;
            int steps = random.nextInt(50, 400);
            for (int step = 0; step < steps; step++) {
                now = now.plusMillis(random.nextInt(10) == 0 ? random.nextInt(600_000) : random.nextInt(500, 30_000));
                int input = random.nextInt(20);
                double watts = random.nextInt(-3000, 14_000);
                counterKwh += random.nextDouble() * 0.05;
                String load = loads.get(random.nextInt(count)).name();
                boolean shed = random.nextBoolean();
                for (LoadManager manager : both) {
                    if (input == 0) {
                        manager.gridUndefined(now);
                    } else if (input > 2) {
                        manager.updateGrid(new PowerReading(now, watts));
                    }
                    if (input == 1) {
                        manager.updateEnergyCounter(counterKwh, now);
                    }
                    if (input < 6) {
                        manager.reportShedState(load, shed, now);
                    }
                }
                LoadManagerResult expected = stepping.step(now);
                deciding.decide(now);
                for (int i = 0; i < count; i++) {
                    LoadCommand command = expected.commands().get(i);
                    assertEquals(command.on(), deciding.isShed(i), "load " + i + " at step " + step + ": " + command);
                }
                if (random.nextInt(5) == 0) {
                    int i = random.nextInt(count);
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
        LoadManager manager = new LoadManager(LoadManagerConfig.of(5000, ZoneId.of("UTC"), List.of(
                new SheddableLoadConfig("heatpump", 1, 2000, 200, Duration.ofMinutes(10), Duration.ofMinutes(10),
                        false))));
        assertThrows(IllegalStateException.class, manager::result, "nothing decided yet");
        assertThrows(IllegalStateException.class, () -> manager.command(0), "nothing decided yet");
    }
}
