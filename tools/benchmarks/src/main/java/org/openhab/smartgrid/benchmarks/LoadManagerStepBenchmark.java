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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openhab.smartgrid.core.load.LoadManager;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.load.LoadManagerResult;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One load manager step with 12 loads: a new grid sample and a step per operation, the clock advancing 2 s each
 * time, the grid power following a seeded random household pattern so that loads are shed and restored along the
 * way (lock times 10/10 min, so most steps hold, some shed or restore). Target: under 2 µs per operation.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LoadManagerStepBenchmark {

    private static final int PATTERN = 4096;

    @Param({ "PEAK", "BOTH" })
    public String mode = "PEAK";

    private LoadManager manager = new LoadManager(
            LoadManagerConfig.of(5000, ZoneId.of("Europe/Brussels"), List.of()));
    private final double[] base = new double[PATTERN];
    private final double[] loadPower = new double[12];
    private final boolean[] shed = new boolean[12];
    private long now;
    private int index;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<SheddableLoadConfig> loads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            loadPower[i] = 300 + random.nextInt(2500);
            loads.add(SheddableLoadConfig.of("load" + i, 1 + i, loadPower[i]));
        }
        manager = new LoadManager(LoadManagerConfig.of(5000, ZoneId.of("Europe/Brussels"), loads)
                .withMode(LoadManagerMode.valueOf(mode)).withOverloadPower(9000).withFollowMonthPeak(true)
                .withStaleAfter(Duration.ofSeconds(30)));
        double level = 1000;
        for (int i = 0; i < PATTERN; i++) {
            if (random.nextInt(60) == 0) {
                level = random.nextInt(4000);
            }
            base[i] = level + random.nextInt(200);
        }
        now = Instant.parse("2026-01-15T17:00:00Z").toEpochMilli();
    }

    @Benchmark
    public LoadManagerResult sampleAndStep() {
        LoadManagerResult result = manager.step(sample());
        for (int i = 0; i < 12; i++) {
            shed[i] = result.commands().get(i).on();
        }
        return result;
    }

    /**
     * The same samples through {@code decide}, which makes the same decisions without building a result: what the
     * simulator's replay calls; the relays follow {@code isShed}.
     */
    @Benchmark
    public int sampleAndDecide() {
        manager.decide(sample());
        int count = 0;
        for (int i = 0; i < 12; i++) {
            shed[i] = manager.isShed(i);
            count += shed[i] ? 1 : 0;
        }
        return count;
    }

    /** @return the instant of a new grid sample: the household plus every load the relays left on */
    private Instant sample() {
        now += 2000;
        index = (index + 1) & (PATTERN - 1);
        double grid = base[index];
        for (int i = 0; i < 12; i++) {
            if (!shed[i]) {
                grid += loadPower[i];
            }
        }
        Instant at = Instant.ofEpochMilli(now);
        manager.updateGrid(new PowerReading(at, grid));
        return at;
    }
}
