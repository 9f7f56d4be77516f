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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.energy.HouseholdTrace.Kind;
import org.openhab.smartgrid.core.energy.HouseholdTrace.Step;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The energy manager's invariants over random households (see {@link HouseholdTrace}); 10,000 traces each.
 * Every trace also checks that every command explains itself and that the next wake-up lies in the future.
 */
@NonNullByDefault
class EnergyManagerPropertiesTest {

    private static final int TRACES = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Test
    void minOnAndMinOffTimesAreNeverCutShort() {
        PropertyCheck.forAll("min on/off never violated", TRACES, random -> {
            HouseholdTrace trace = new HouseholdTrace(random, Kind.EVERYTHING);
            int n = trace.loads.size();
            @Nullable
            Instant[] lastSwitch = new Instant[n];
            trace.run(step -> {
                for (int i = 0; i < n; i++) {
                    LoadCommand command = step.result().commands().get(i);
                    if (command.on() == step.onBefore()[i]) {
                        continue;
                    }
                    SurplusLoadConfig load = trace.loads.get(i);
                    Instant since = lastSwitch[i];
                    if (since != null) {
                        Duration held = Duration.between(since, step.now());
                        Duration minimum = command.on() ? load.minOffTime() : load.minOnTime();
                        assertTrue(held.compareTo(minimum) >= 0, () -> load.name() + " switched "
                                + (command.on() ? "on" : "off") + " at " + step.now() + " after " + held
                                + ", minimum " + minimum + ": " + command);
                    }
                    lastSwitch[i] = step.now();
                }
            });
        });
    }

    /**
     * Each load started on surplus had its switch-on power of surplus on its own: counting every other load that
     * runs after the step at its full power (those started later in the same step excepted), the house's net
     * power at the reading's instant still left {@code offset - import >= switchOnPower}.
     */
    @Test
    void noTwoLoadsStartOnTheSameSurplus() {
        PropertyCheck.forAll("no double start on the same surplus", TRACES, random -> {
            HouseholdTrace trace = new HouseholdTrace(random, Kind.PHYSICS);
            List<SurplusLoadConfig> loads = trace.loads;
            trace.run(step -> {
                List<LoadCommand> commands = step.result().commands();
                for (int i = 0; i < loads.size(); i++) {
                    if (!startedOnSurplus(step, i)) {
                        continue;
                    }
                    PowerReading reading = step.reading();
                    assertNotNull(reading, "a surplus start needs a reading");
                    double others = 0;
                    for (int k = 0; k < loads.size(); k++) {
                        boolean laterInThisStep = startedOnSurplus(step, k) && rank(loads, k) > rank(loads, i);
                        if (k != i && commands.get(k).on() && !laterInThisStep) {
                            others += loads.get(k).power();
                        }
                    }
                    double surplus = trace.config.offset() - (trace.houseAt(reading.at()) + others);
                    SurplusLoadConfig load = loads.get(i);
                    assertTrue(surplus >= load.switchOnPower() - 1e-6,
                            load.name() + " started at " + step.now() + " on " + surplus + " W of its own surplus < "
                                    + load.switchOnPower() + " W: " + commands.get(i));
                }
            });
        });
    }

    private static boolean startedOnSurplus(Step step, int load) {
        LoadCommand command = step.result().commands().get(load);
        return command.on() && !step.onBefore()[load] && command.reason() == Reason.SURPLUS;
    }

    private static int rank(List<SurplusLoadConfig> loads, int index) {
        return loads.get(index).priority() * 100 + index;
    }

    /**
     * Once a step sees a load's daily minimum still reachable within the rules (running: it has the time left;
     * off: it has the time left after its min off time), the load has run its daily minimum by the deadline.
     */
    @Test
    void theDailyMinimumIsMetWheneverItWasStillFeasible() {
        PropertyCheck.forAll("daily minimum met whenever still feasible", TRACES, random -> {
            HouseholdTrace trace = new HouseholdTrace(random, Kind.DAILY_MINIMUM);
            List<SurplusLoadConfig> loads = trace.loads;
            List<List<Instant[]>> runs = new ArrayList<>(); // per load: on intervals [from, to)
            List<Claim> claims = new ArrayList<>();
            @Nullable
            Instant[] lastOff = new Instant[loads.size()];
            Map<String, Instant> deadlines = new HashMap<>(); // sunsets cost 0.2 ms: once per load and day
            @Nullable
            LocalDate[] claimedDay = new LocalDate[loads.size()]; // the first claim of a day is the one to check
            for (int i = 0; i < loads.size(); i++) {
                runs.add(new ArrayList<>());
            }
            trace.run(step -> {
                Instant now = step.now();
                for (int i = 0; i < loads.size(); i++) {
                    SurplusLoadConfig load = loads.get(i);
                    boolean on = step.result().commands().get(i).on();
                    List<Instant[]> intervals = runs.get(i);
                    if (on && !step.onBefore()[i]) {
                        intervals.add(new Instant[] { now, Instant.MAX });
                    } else if (!on && step.onBefore()[i]) {
                        intervals.get(intervals.size() - 1)[1] = now;
                        lastOff[i] = now;
                    }
                    if (!load.hasDailyMinimum()) {
                        continue;
                    }
                    LocalDate day = LocalDate.ofInstant(now, ZONE);
                    if (day.equals(claimedDay[i])) {
                        continue;
                    }
                    Instant deadline = deadlines.computeIfAbsent(load.name() + day,
                            key -> deadline(load.dailyDeadline(), day));
                    Instant from = max(trace.start, day.atStartOfDay(ZONE).toInstant());
                    Duration left = load.minOnTimePerDay().minus(runtime(intervals, from, now));
                    if (!now.isBefore(deadline) || left.isNegative() || left.isZero()) {
                        continue;
                    }
                    Instant off = lastOff[i];
                    Instant canStart = on ? now : max(now, off == null ? now : off.plus(load.minOffTime()));
                    if (!canStart.plus(left).isAfter(deadline)) {
                        claims.add(new Claim(i, from, deadline, now));
                        claimedDay[i] = day;
                    }
                }
            });
            for (Claim claim : claims) {
                if (claim.deadline.isAfter(trace.end)) {
                    continue;
                }
                SurplusLoadConfig load = loads.get(claim.load);
                Duration ran = runtime(runs.get(claim.load), claim.from, claim.deadline);
                assertTrue(ran.compareTo(load.minOnTimePerDay()) >= 0,
                        load.name() + " ran " + ran + " by its deadline " + claim.deadline + ", minimum "
                                + load.minOnTimePerDay() + ", though it was feasible at " + claim.seenAt);
            }
        });
    }

    private record Claim(int load, Instant from, Instant deadline, Instant seenAt) {
    }

    private static Instant deadline(DailyDeadline deadline, LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        if (deadline instanceof DailyDeadline.AtTime at) {
            return at.time().equals(LocalTime.MIDNIGHT) ? endOfDay : day.atTime(at.time()).atZone(ZONE).toInstant();
        }
        Instant sunset = new SunsetCalculator(new GeoLocation(50.8503, 4.3517)).sunset(day, ZONE);
        return sunset == null ? endOfDay : sunset;
    }

    private static Duration runtime(List<Instant[]> intervals, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Instant[] run : intervals) {
            Instant start = max(run[0], from);
            Instant stop = run[1].isBefore(to) ? run[1] : to;
            if (stop.isAfter(start)) {
                total = total.plus(Duration.between(start, stop));
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
