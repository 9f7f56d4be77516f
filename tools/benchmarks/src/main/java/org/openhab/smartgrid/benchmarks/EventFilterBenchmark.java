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
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.Event;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.smartgrid.benchmarks.addon.AddonRig;
import org.openhab.smartgrid.benchmarks.addon.BenchStorageService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the automation add-on costs openHAB's event bus for an item it does not read: the registry's event filter,
 * asked for and applied as openHAB does at every item state event, with an energy manager and a load manager of 12
 * loads each (the meter, four load power items and three shed feedback items read). {@code unrelatedItem} cycles
 * through the state events of 256 items no manager reads (temperatures, switches, texts); {@code meterItem} is the
 * meter's event, which passes. Target: at most 100 ns per event.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventFilterBenchmark {

    private static final int ITEMS = 256;

    private final Event[] unrelated = new Event[ITEMS];
    private AddonRig rig = new AddonRig(Instant.EPOCH, BenchStorageService.Kind.MEMORY);
    private Event meter = unrelated(0);
    private int index;

    @Setup(Level.Trial)
    public void setUp() {
        rig = new AddonRig(Instant.parse("2026-06-21T08:00:00Z"), BenchStorageService.Kind.MEMORY);
        rig.enableEnergyManager("energy", AddonMeterEventBenchmark.GRID, 12, true);
        rig.enableLoadManager("grid", AddonMeterEventBenchmark.GRID, 12, true);
        for (int i = 0; i < ITEMS; i++) {
            unrelated[i] = unrelated(i);
        }
        meter = ItemEventFactory.createStateEvent(AddonMeterEventBenchmark.GRID, new DecimalType(-1500));
        index = 0;
    }

    private static Event unrelated(int i) {
        String[] rooms = { "Kitchen", "Living", "Bath", "Bedroom", "Office", "Garage", "Garden", "Hall" };
        String room = rooms[i % rooms.length] + (i / rooms.length);
        org.openhab.core.types.State state = switch (i % 3) {
            case 0 -> new DecimalType(20 + i % 7);
            case 1 -> OnOffType.from(i % 2 == 0);
            default -> new StringType("scene " + i);
        };
        String kind = i % 3 == 0 ? "_Temperature" : i % 3 == 1 ? "_Light" : "_Scene";
        return ItemEventFactory.createStateEvent(room + kind, state);
    }

    @Benchmark
    public boolean unrelatedItem() {
        return rig.passes(unrelated[index++ & (ITEMS - 1)]);
    }

    @Benchmark
    public boolean meterItem() {
        return rig.passes(meter);
    }

    AddonRig rig() {
        return rig;
    }

    Event unrelatedEvent(int i) {
        return unrelated[i & (ITEMS - 1)];
    }

    Event meterEvent() {
        return meter;
    }
}
