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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.Event;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.smartgrid.benchmarks.addon.AddonRig;
import org.openhab.smartgrid.benchmarks.addon.BenchStorageService;
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
 * One grid meter event through the automation add-on's real handler path, for one manager with 12 loads: openHAB's
 * clock moves 1 s (the managers' wake-ups due on the way run), the meter item's state event passes the registry's
 * event filter and {@code ManagerRegistry.receive} hands it to the manager, which steps, saves its state and fires
 * the triggers of the loads whose command changed (each rule's callback counts the firing). Target: at most 5 µs
 * per event.
 * <p>
 * {@code LOAD_MANAGER}: 12 PeakLoad rules in {@code BOTH} mode; the meter is a {@code Number:Power} item
 * (QuantityType in W) whose import follows a seeded household pattern around the 5 kW limit, so loads are shed and
 * restored along the way. {@code ENERGY_MANAGER}: 12 SurplusLoad rules; the meter is a plain {@code Number} item
 * (DecimalType, W), a seeded random walk of export and import as in {@link EnergyManagerStepBenchmark}, so loads
 * start, hold, stop and pre-empt each other. {@code storage}: {@code JSON} stores the managers' state as openHAB's
 * JSON storage does per call (a Gson tree), {@code MEMORY} keeps the objects (the add-on's own cost). The events are
 * made in the setup: creating them is openHAB's work.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AddonMeterEventBenchmark {

    static final String GRID = "Grid_Power";
    private static final int SAMPLES = 4096;

    @Param({ "LOAD_MANAGER", "ENERGY_MANAGER" })
    public String manager = "LOAD_MANAGER";

    @Param({ "JSON", "MEMORY" })
    public String storage = "JSON";

    private final Event[] events = new Event[SAMPLES];
    private AddonRig rig = new AddonRig(Instant.EPOCH, BenchStorageService.Kind.MEMORY);
    private Instant now = Instant.EPOCH;
    private int index;

    @Setup(Level.Trial)
    public void setUp() {
        boolean loadManager = "LOAD_MANAGER".equals(manager);
        now = Instant.parse(loadManager ? "2026-01-15T17:00:00Z" : "2026-06-21T08:00:00Z");
        rig = new AddonRig(now, BenchStorageService.Kind.valueOf(storage));
        if (loadManager) {
            rig.enableLoadManager("grid", GRID, 12, false);
        } else {
            rig.enableEnergyManager("energy", GRID, 12, false);
        }
        SplittableRandom random = new SplittableRandom(42);
        double level = 1000;
        double watts = -4000;
        for (int i = 0; i < SAMPLES; i++) {
            org.openhab.core.types.State state;
            if (loadManager) {
                // a household: a level that changes about once a minute, and noise
                if (random.nextInt(60) == 0) {
                    level = random.nextInt(9000);
                }
                state = new QuantityType<>(BigDecimal.valueOf(level + random.nextInt(200)), Units.WATT);
            } else {
                watts = Math.max(-12_000, Math.min(4000, watts + random.nextInt(1201) - 600));
                state = new DecimalType(BigDecimal.valueOf(watts));
            }
            events[i] = ItemEventFactory.createStateEvent(GRID, state);
        }
        // the rules' first commands (1 s after their activation)
        now = now.plusSeconds(2);
        rig.advanceTo(now);
        index = 0;
    }

    /** @return how often the triggers fired so far (the callbacks' count) */
    @Benchmark
    public long meterEvent() {
        now = now.plusSeconds(1);
        rig.advanceTo(now);
        rig.deliver(events[index]);
        index = (index + 1) & (SAMPLES - 1);
        return rig.firings();
    }

    AddonRig rig() {
        return rig;
    }
}
