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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * A random household driven through an energy manager the way an adapter drives it: samples at random intervals
 * (sometimes late, sometimes missing for minutes, sometimes UNDEF) and a step at every sample and at every
 * {@link EnergyManagerResult#nextWakeUp()} before the next sample.
 * <p>
 * The physics: the house's own net power (consumption minus PV) changes at random samples; a load draws exactly
 * its {@code power} while its output was on {@code lag} earlier, a lag fixed per load and no longer than the
 * manager's settle time. The grid meter and the loads' own meters measure that physics at the reading's instant.
 */
@NonNullByDefault
final class HouseholdTrace {

    /** What the trace exercises. */
    enum Kind {
        /** Forces, releases, locks, batteries, restarts from a snapshot: anything goes. */
        EVERYTHING,
        /** Pure physics: no battery, no lock (the surplus arithmetic can be checked against the house). */
        PHYSICS,
        /** Daily minimums with deadlines inside the trace, forces but no lock. */
        DAILY_MINIMUM
    }

    /** One step as the observer sees it. */
    record Step(Instant now, EnergyManagerResult result, boolean[] onBefore, @Nullable PowerReading reading) {
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final GeoLocation BRUSSELS = new GeoLocation(50.8503, 4.3517);
    private static final long[] TIMES_S = { 0, 0, 5, 30, 60, 120, 300, 600 };

    final Kind kind;
    final EnergyManagerConfig config;
    final List<SurplusLoadConfig> loads;
    final Instant start;
    final Instant end;
    private final SplittableRandom random;
    private final long[] lagNanos;
    private final boolean measuresLoads;
    private final int maxSampleGapMillis;
    private final TreeMap<Instant, Double> house = new TreeMap<>();
    private final List<TreeMap<Instant, Boolean>> commanded = new ArrayList<>();

    HouseholdTrace(SplittableRandom random, Kind kind) {
        this.random = random;
        this.kind = kind;
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
        LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(24 * 3600));
        this.start = date.atTime(time).atZone(ZONE).toInstant();
        this.end = start.plus(Duration.ofMinutes(kind == Kind.DAILY_MINIMUM ? 30 + random.nextInt(150)
                : 15 + random.nextInt(75)));
        this.maxSampleGapMillis = kind == Kind.DAILY_MINIMUM ? 60_000 : 30_000;
        long settle = pick(0, 10, 30, 30, 60);
        long staleAfter = pick(30, 60, 60, 120);
        this.config = new EnergyManagerConfig(pick(-500, 0, 0, 0, 200, 1000), random.nextInt(101),
                Duration.ofSeconds(staleAfter), Duration.ofSeconds(settle),
                random.nextBoolean() ? SignConvention.IMPORT_POSITIVE : SignConvention.EXPORT_POSITIVE,
                SignConvention.IMPORT_POSITIVE, ZONE, BRUSSELS);
        int count = random.nextInt(10) == 0 ? 12 : 1 + random.nextInt(6);
        this.loads = new ArrayList<>();
        this.lagNanos = new long[count];
        for (int i = 0; i < count; i++) {
            loads.add(randomLoad("load" + i));
            lagNanos[i] = settle == 0 ? 0 : random.nextLong(settle * 1_000_000_000L + 1);
            commanded.add(new TreeMap<>(Map.of(Instant.MIN, false)));
        }
        this.measuresLoads = random.nextBoolean();
        house.put(Instant.MIN, randomHouse());
    }

    private SurplusLoadConfig randomLoad(String name) {
        double power = 100 * (3 + random.nextInt(48));
        double switchOn = random.nextInt(8) == 0 ? 0 : power * new double[] { 0.5, 0.8, 1, 1, 1.2, 1.5 }[random.nextInt(6)];
        SurplusLoadConfig.Builder builder = SurplusLoadConfig.builder(name, power).priority(1 + random.nextInt(12))
                .switchOnPower(switchOn).activationDelay(Duration.ofSeconds(pick(0, 0, 0, 5, 30, 60, 120)))
                .minOnTime(Duration.ofSeconds(TIMES_S[random.nextInt(TIMES_S.length)]))
                .minOffTime(Duration.ofSeconds(TIMES_S[random.nextInt(TIMES_S.length)]));
        if (random.nextInt(4) == 0) { // boost until the tank is warm
            builder.stopTemperature(55);
        }
        if (random.nextInt(3) == 0) { // evcc's disable threshold and delay
            builder.stopThreshold(pick(-500, 0, 300, 1000)).stopDelay(Duration.ofSeconds(pick(0, 30, 60, 180)));
        }
        if (kind == Kind.DAILY_MINIMUM || random.nextInt(4) == 0) {
            builder.minOnTimePerDay(Duration.ofMinutes(5 + random.nextInt(90)));
            builder.dailyDeadline(randomDeadline());
        }
        return builder.build();
    }

    private DailyDeadline randomDeadline() {
        int choice = random.nextInt(6);
        if (choice == 0) {
            return DailyDeadline.sunset();
        }
        if (choice == 1) {
            return DailyDeadline.END_OF_DAY;
        }
        // mostly inside the trace, so the deadline is reached
        Instant inside = start.plusSeconds(random.nextLong(Duration.between(start, end).toSeconds() + 1));
        return DailyDeadline.at(inside.atZone(ZONE).toLocalTime().withNano(0));
    }

    private double randomHouse() {
        return -9000 + random.nextInt(12001);
    }

    private long pick(long... values) {
        return values[random.nextInt(values.length)];
    }

    /** @return the house's own net power (import positive, loads excluded) at {@code at} */
    double houseAt(Instant at) {
        return house.floorEntry(at).getValue();
    }

    private double gridAt(Instant at) {
        double watts = houseAt(at);
        for (int i = 0; i < loads.size(); i++) {
            if (drawing(i, at)) {
                watts += loads.get(i).power();
            }
        }
        return watts;
    }

    private boolean drawing(int load, Instant at) {
        return commanded.get(load).floorEntry(at.minusNanos(lagNanos[load])).getValue();
    }

    /** Drives the trace from start to end, handing every step to {@code observer}. */
    void run(Consumer<Step> observer) {
        EnergyManager manager = new EnergyManager(config, loads);
        boolean[] on = new boolean[loads.size()];
        Instant now = start;
        Instant nextSample = start;
        Instant lastReadingAt = Instant.MIN;
        PowerReading reading = null;
        EnergyManagerResult result = null;
        while (now.isBefore(end)) {
            Instant wake = result == null ? null : result.nextWakeUp();
            if (wake != null && wake.isBefore(nextSample)) {
                now = wake;
            } else {
                now = nextSample;
                nextSample = now.plusMillis(random.nextInt(50) == 0 ? 61_000 + random.nextInt(340_000)
                        : 1_000 + random.nextInt(maxSampleGapMillis));
                if (random.nextInt(8) == 0) {
                    house.put(now, randomHouse());
                }
                randomUserInput(manager, now);
                if (random.nextInt(40) == 0) {
                    manager.invalidateGrid();
                    reading = null;
                } else {
                    Instant at = now.minusMillis(random.nextInt(5_000));
                    at = at.isBefore(lastReadingAt) ? lastReadingAt : at;
                    lastReadingAt = at;
                    double watts = gridAt(at);
                    reading = new PowerReading(at, watts);
                    manager.updateGridMeter(at, config.gridSign().toImportWatts(watts)); // the meter's own sign
                    if (measuresLoads) {
                        for (int i = 0; i < loads.size(); i++) {
                            manager.updateLoadPower(loads.get(i).name(), drawing(i, at) ? loads.get(i).power() : 0,
                                    at);
                        }
                    }
                }
                if (kind == Kind.EVERYTHING && random.nextInt(200) == 0) {
                    manager = restarted(manager, now, reading);
                }
            }
            result = manager.step(now);
            Instant next = result.nextWakeUp();
            if (next != null) {
                assertTrue(next.isAfter(now), "next wake-up " + next + " must be after the step at " + now);
            }
            boolean[] before = on.clone();
            for (int i = 0; i < loads.size(); i++) {
                LoadCommand command = result.commands().get(i);
                assertEquals(loads.get(i).name(), command.load(), "commands come in the configured order");
                assertFalse(command.detail().isEmpty(), () -> "every command explains itself: " + command);
                if (command.on() != on[i]) {
                    on[i] = command.on();
                    commanded.get(i).put(now, on[i]);
                }
            }
            observer.accept(new Step(now, result, before, reading));
        }
    }

    private void randomUserInput(EnergyManager manager, Instant now) {
        if (kind == Kind.PHYSICS) {
            return;
        }
        String load = loads.get(random.nextInt(loads.size())).name();
        int dice = random.nextInt(400);
        if (dice < 3) {
            // a quarter of the forces are held until released (duration 0)
            manager.force(load, Duration.ofSeconds(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3600)), now);
        } else if (dice < 5) {
            manager.release(load, now);
        } else if (dice < 7 && kind == Kind.EVERYTHING) {
            manager.setLocked(!manager.isLocked(), now);
        } else if (dice < 20 && kind == Kind.EVERYTHING) {
            manager.updateBattery(new PowerReading(now, -3000 + random.nextInt(6001)), random.nextInt(101));
        } else if (dice < 40 && kind == Kind.EVERYTHING) {
            manager.updateLoadTemperature(load, 48 + random.nextInt(12), now);
        } else if (dice < 42 && kind == Kind.EVERYTHING) {
            manager.invalidateLoadTemperature(load);
        }
    }

    /** An openHAB restart: a new manager restored from the old one's snapshot, its inputs fed again. */
    private EnergyManager restarted(EnergyManager old, Instant now, @Nullable PowerReading reading) {
        EnergyManager fresh = new EnergyManager(config, loads);
        fresh.restore(old.snapshot(), now);
        fresh.setLocked(old.isLocked(), now);
        if (reading != null) {
            fresh.updateGrid(reading);
        }
        return fresh;
    }
}
