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

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One SG-Ready arbitration + guard step of {@link SgController}, the work the binding does on every input.
 * <p>
 * {@code requestChangeAndStep}: each operation advances the clock by 1 s to 5 min, changes one request in a
 * realistic mix (PV surplus and peak shedding toggle most, comfort less, the grid operator's lock and manual
 * overrides rarely, and one operation in ten is a plain step such as a scheduled wake-up) and steps. The mix comes
 * from a fixed seed, so every run measures the same sequence. {@code scheduledStep}: a step without a request
 * change, as at a reported {@code nextStepAt}. Target: under 1 µs per operation.
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
public class ModeStepBenchmark {

    private static final int OPS = 1 << 12;
    private static final int MASK = OPS - 1;

    private final byte[] kinds = new byte[OPS];
    private final int[] gapSeconds = new int[OPS];
    private final boolean[] withExpiry = new boolean[OPS];
    private SgController controller = new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, ZoneId.of("UTC"));
    private Instant now = Instant.EPOCH;
    private int index;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < OPS; i++) {
            int k = random.nextInt(100);
            kinds[i] = (byte) (k < 40 ? 0 : k < 70 ? 1 : k < 80 ? 2 : k < 84 ? 3 : k < 87 ? 4 : k < 90 ? 5 : 6);
            gapSeconds[i] = random.nextInt(1, 301);
            withExpiry[i] = random.nextBoolean();
        }
        controller = new SgController(GuardConfig.DEFAULTS, SgMode.BOOST, ZoneId.of("Europe/Brussels"));
        now = Instant.parse("2026-06-22T06:00:00Z");
        // start with the load manager shedding and PV surplus, so that scheduled steps see lock blocks come and go
        controller.setPeakShed(true, now);
        controller.setPvSurplus(true, now);
        controller.step(now);
        index = 0;
    }

    @Benchmark
    public SgStepResult requestChangeAndStep() {
        int i = index++ & MASK;
        Instant t = now.plusSeconds(gapSeconds[i]);
        now = t;
        SgController c = controller;
        switch (kinds[i]) {
            case 0 -> c.setPvSurplus(!c.requests().pvSurplus(), t);
            case 1 -> c.setPeakShed(!c.requests().peakShed(), t);
            case 2 -> c.setComfortRequest(!c.requests().comfort(), t);
            case 3 -> c.setGridLock(!c.requests().gridLock(), t);
            case 4 -> c.setManualOverride(SgMode.COMFORT, withExpiry[i] ? t.plusSeconds(1800) : null, t);
            case 5 -> c.releaseManualOverride(t);
            default -> {
                // a plain step: a meter tick or a scheduled wake-up
            }
        }
        return c.step(t);
    }

    @Benchmark
    public SgStepResult scheduledStep() {
        Instant t = now.plusSeconds(gapSeconds[index++ & MASK]);
        now = t;
        return controller.step(t);
    }
}
