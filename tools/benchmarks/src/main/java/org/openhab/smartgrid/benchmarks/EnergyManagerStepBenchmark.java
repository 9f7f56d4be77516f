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
package org.openhab.smartgrid.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.EnergyManager;
import org.openhab.smartgrid.core.energy.EnergyManagerConfig;
import org.openhab.smartgrid.core.energy.EnergyManagerResult;
import org.openhab.smartgrid.core.energy.GeoLocation;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One energy manager step with 12 loads (Loxone's maximum): a new grid sample, then {@code step}. Target: under
 * 2 µs per operation.
 * <p>
 * The samples are a seeded random walk of export and import, one per second, so loads start, hold, stop and
 * pre-empt each other as in a real afternoon; every fourth load has a daily minimum (one with a sunset deadline),
 * every third load its own power measurement.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnergyManagerStepBenchmark {

    private static final int SAMPLES = 4096;

    private EnergyManager manager = newManager();
    private final double[] grid = new double[SAMPLES];
    private final String[] names = new String[12];
    private Instant now = Instant.parse("2026-06-21T08:00:00Z");
    private int index;

    @Setup
    public void setUp() {
        manager = newManager();
        for (int i = 0; i < names.length; i++) {
            names[i] = "load" + (i + 1);
        }
        SplittableRandom random = new SplittableRandom(42);
        double watts = -4000;
        for (int i = 0; i < SAMPLES; i++) {
            watts = Math.max(-12_000, Math.min(4000, watts + random.nextInt(1201) - 600));
            grid[i] = watts;
        }
    }

    private static EnergyManager newManager() {
        EnergyManagerConfig config = EnergyManagerConfig.defaults(ZoneId.of("Europe/Brussels"))
                .withLocation(new GeoLocation(50.8503, 4.3517));
        List<SurplusLoadConfig> loads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double power = 500 + 250 * i;
            SurplusLoadConfig.Builder load = SurplusLoadConfig.builder("load" + (i + 1), power).priority(i + 1)
                    .switchOnPower(power * 1.2).activationDelay(Duration.ofSeconds(i % 3 * 30))
                    .minOnTime(Duration.ofMinutes(5)).minOffTime(Duration.ofMinutes(10));
            if (i % 4 == 0) {
                load.minOnTimePerDay(Duration.ofMinutes(60))
                        .dailyDeadline(i == 0 ? DailyDeadline.sunset() : DailyDeadline.at(LocalTime.of(20, 0)));
            }
            loads.add(load.build());
        }
        return new EnergyManager(config, loads);
    }

    @Benchmark
    public EnergyManagerResult sampleAndStep() {
        sample();
        return manager.step(now);
    }

    /**
     * The same samples through {@code decide}, which makes the same decisions without building a result: what the
     * simulator's replay calls; it reads the loads' states.
     */
    @Benchmark
    public int sampleAndDecide() {
        sample();
        manager.decide(now);
        int running = 0;
        for (int i = 0; i < 12; i++) {
            running += manager.isOn(i) ? 1 : 0;
        }
        return running;
    }

    private void sample() {
        now = now.plusSeconds(1);
        manager.updateGrid(new PowerReading(now, grid[index]));
        if (index % 3 == 0) {
            manager.updateLoadPower(names[index % 12], 1000, now);
        }
        index = (index + 1) & (SAMPLES - 1);
    }
}
