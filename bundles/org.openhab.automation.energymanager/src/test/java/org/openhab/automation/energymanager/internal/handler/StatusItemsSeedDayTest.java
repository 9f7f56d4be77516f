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
package org.openhab.automation.energymanager.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;
import static org.openhab.automation.energymanager.internal.handler.SeedDayTest.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The seed day of {@link SeedDayTest} (the heat pump boost on PV surplus, the capacity tariff guard at 5 kW, cooking
 * from 18:00 to 18:40), lived again with every status item named: the boost rule names its load's items and the
 * energy manager's, the guard rule its load's and the load manager's. The items show what the console shows, in
 * units, and are updated only when their value changes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class StatusItemsSeedDayTest {

    /** W a posted power may differ from the exact one: it moved less than 1 W since, and is posted in whole W. */
    private static final double WATTS = 1.5;
    private static final RuleRig RIG = new RuleRig(at("05:00"), new PointType("50.85,4.35"));
    /** The grid power posted at each 30 s sample, W import positive. */
    private static TreeMap<Instant, Double> gridSamples = new TreeMap<>();
    private static RuleRig.Rule boost = new RuleRig.Rule("unset");
    private static RuleRig.Rule shed = new RuleRig.Rule("unset");

    @BeforeAll
    static void liveTheDay() {
        Map<String, Object> q1 = SurplusLoadTriggerHandlerTest.heatPump();
        q1.put("manager", "Q");
        q1.putAll(Map.of("stateItem", "Boost_State", "reasonItem", "Boost_Reason", "nextChangeItem",
                "Boost_Next_Change", "surplusItem", "Q_Surplus", "meterAgeItem", "Q_Meter_Age"));
        Map<String, Object> guard = PeakLoadTriggerHandlerTest.heatPump("PEAK");
        guard.putAll(Map.of("stateItem", "Shed_State", "reasonItem", "Shed_Reason", "nextChangeItem",
                "Shed_Next_Change", "allowedPowerItem", "Grid_Allowed_Power", "quarterAverageItem",
                "Grid_Quarter_Average", "lastQuarterAverageItem", "Grid_Last_Quarter_Average", "monthPeakItem",
                "Grid_Month_Peak", "excessItem", "Grid_Excess", "meterAgeItem", "Grid_Meter_Age"));
        boost = RIG.enableTrigger("pv-boost", SURPLUS_LOAD_TRIGGER, q1);
        shed = RIG.enableTrigger("capacity-guard", PEAK_LOAD_TRIGGER, guard);
        gridSamples = SeedDayTest.liveTheDay(RIG, boost, shed);
    }

    /** @return the state the item had at {@code instant}: the last update posted at or before it, null before any */
    private static @Nullable State stateOf(String item, Instant instant) {
        State last = null;
        for (RuleRig.Update update : RIG.updatesOf(item)) {
            if (update.at().isAfter(instant)) {
                break;
            }
            last = update.state();
        }
        return last;
    }

    private static double watts(String item, Instant instant) {
        State state = stateOf(item, instant);
        assertInstanceOf(QuantityType.class, state, item + " at " + instant);
        QuantityType<?> quantity = (QuantityType<?>) state;
        assertEquals(Units.WATT, quantity.getUnit(), item + " is in W");
        return quantity.doubleValue();
    }

    /** @return the average import of the samples taken in [from, to), each held 30 s, as the quarter-hour meter */
    private static double averageImport(Instant from, Instant to) {
        return gridSamples.subMap(from, to).values().stream().mapToDouble(w -> Math.max(0, w)).average()
                .orElseThrow();
    }

    /** Every status item the two rules name. */
    private static final List<String> ITEMS = List.of("Boost_State", "Boost_Reason", "Boost_Next_Change",
            "Q_Surplus", "Q_Meter_Age", "Shed_State", "Shed_Reason", "Shed_Next_Change", "Grid_Allowed_Power",
            "Grid_Quarter_Average", "Grid_Last_Quarter_Average", "Grid_Month_Peak", "Grid_Excess", "Grid_Meter_Age");

    @Test
    void theStateItemsFollowTheTriggersCommands() {
        assertEquals(switches(boost), changes("Boost_State"), "the boost's state item is its command");
        assertEquals(switches(shed), changes("Shed_State"), "the guard's state item is its command: ON = shed");
        assertEquals(List.of(Map.entry(at("05:00"), OnOffType.OFF), Map.entry(at("18:00"), OnOffType.ON),
                Map.entry(at("18:40"), OnOffType.OFF)), changes("Shed_State"));
    }

    @Test
    void theReasonAndNextChangeTellWhyAndUntilWhen() {
        assertEquals(new StringType("MIN_OFF_HOLD"), stateOf("Boost_Reason", at("11:05")),
                "the sun is back at 11:03, the boost waits for its min off time");
        assertEquals(new DateTimeType(at("11:10")), stateOf("Boost_Next_Change", at("11:05")),
                "10 min after the stop at 11:00");
        assertEquals(new StringType("MIN_ON_HOLD"), stateOf("Boost_Reason", at("11:12")),
                "the second cloud cannot stop the boost yet");
        assertEquals(new DateTimeType(at("11:15")), stateOf("Boost_Next_Change", at("11:12")),
                "5 min after the start at 11:10");
        assertEquals(new StringType("SHED_PEAK"), stateOf("Shed_Reason", at("18:00")));
        assertEquals(new DateTimeType(at("18:10")), stateOf("Shed_Next_Change", at("18:05")),
                "the shed holds its min shed time of 10 min");
        assertEquals(new StringType("NO_SURPLUS"), stateOf("Boost_Reason", at("21:00")));
        assertEquals(UnDefType.UNDEF, stateOf("Boost_Next_Change", at("21:00")), "nothing planned in the evening");
    }

    /**
     * While the boost runs on surplus its next change is the instant the meter data would go stale, moved on by
     * every meter update: the item keeps the end of the min on time instead of an update every 30 s.
     */
    @Test
    void aNextChangeThatEveryMeterUpdateMovesOnIsNotPostedAtEveryStep() {
        List<RuleRig.Update> whileRunning = RIG.updatesOf("Boost_Next_Change").stream()
                .filter(update -> update.at().isAfter(at("11:25")) && update.at().isBefore(at("17:30"))).toList();
        assertEquals(List.of(), whileRunning, "from 11:25 on the boost runs until dusk on the same decision");
        assertEquals(new DateTimeType(at("11:30")), stateOf("Boost_Next_Change", at("15:00")),
                "the end of its min on time, from which on it may stop");
    }

    @Test
    void theSurplusIsTheExportInWattsFromTheStepsReading() {
        for (String time : List.of("09:00", "13:30", "16:45")) {
            Instant t = at(time);
            double export = -gridSamples.get(t);
            assertEquals(export, watts("Q_Surplus", t), WATTS,
                    "the boost runs (its power is in the meter) and nothing is promised: surplus = export at " + time);
        }
    }

    /**
     * The quarter 18:15–18:30 is all cooking with the heat pump shed: no command in it, so the manager's figures are
     * the samples' (in the quarter before, the shed at 18:00 counts as freed from its command on, as a shed without
     * feedback does, and the manager's estimate is below the samples).
     */
    @Test
    void theQuarterHourFiguresAreTheMetersAverages() {
        assertEquals(averageImport(at("18:15"), at("18:29")), watts("Grid_Quarter_Average", at("18:29")), WATTS,
                "the running quarter's average so far (AvgP): 14 min of samples, each held 30 s");
        double finished = averageImport(at("18:15"), at("18:30"));
        assertEquals(Math.round(finished), watts("Grid_Last_Quarter_Average", at("18:30")), 1e-9,
                "the quarter that ended at 18:30, in whole W");
        assertEquals(Math.round(finished), watts("Grid_Last_Quarter_Average", at("18:44")), 1e-9,
                "until the next one ends");
        assertEquals(6029, watts("Grid_Month_Peak", at("21:59")), 1e-9, "the cooking's second quarter");
        double highest = 0;
        for (Instant start = at("05:00"); start.isBefore(at("21:45")); start = start.plus(Duration.ofMinutes(15))) {
            highest = Math.max(highest, averageImport(start, start.plus(Duration.ofMinutes(15))));
        }
        assertEquals(Math.round(highest), watts("Grid_Month_Peak", at("21:59")), 1e-9,
                "the month peak is the day's highest quarter (the test's month began this morning)");
    }

    @Test
    void theAllowedPowerAndTheExcessAreTheLoadManagersFigures() {
        assertEquals(5000, watts("Grid_Allowed_Power", at("18:00")), 1e-9,
                "at a quarter's start all of maxPower is allowed (Ap)");
        assertEquals(0, watts("Grid_Excess", at("17:59")), 1e-9, "nothing to cover before the cooking");
        double highestExcess = RIG.updatesOf("Grid_Excess").stream()
                .filter(update -> !update.at().isBefore(at("18:00")) && update.at().isBefore(at("18:40")))
                .mapToDouble(update -> ((QuantityType<?>) update.state()).doubleValue()).max().orElse(0);
        assertTrue(highestExcess > 0, "with the heat pump shed, the cooking's import is not covered (MaxPe)");
        assertEquals(0, watts("Grid_Excess", at("21:00")), 1e-9);
    }

    @Test
    void theMeterAgeStaysZeroMinutesWhileTheMeterReportsAndIsPostedOnce() {
        for (String item : List.of("Q_Meter_Age", "Grid_Meter_Age")) {
            List<RuleRig.Update> updates = RIG.updatesOf(item);
            assertEquals(1, updates.size(), item + ": " + updates);
            assertEquals(new QuantityType<>(0, Units.MINUTE), updates.get(0).state());
        }
    }

    /**
     * The bus sees a status item change, not a step: no update repeats the last, a power moved at least 1 W, and no
     * item is updated twice in one step. Two steps may fall on one instant (18:10: the shed's hold ends, a wake-up,
     * and the meter reports), so an item may be updated twice at an instant, never more.
     */
    @Test
    void noItemIsUpdatedWithoutAChangeNorTwiceAtOneInstant() {
        for (String item : ITEMS) {
            List<RuleRig.Update> updates = RIG.updatesOf(item);
            assertFalse(updates.isEmpty(), item + " was updated");
            for (int i = 1; i < updates.size(); i++) {
                RuleRig.Update before = updates.get(i - 1);
                RuleRig.Update update = updates.get(i);
                assertNotEquals(before.state(), update.state(), item + " updated without a change at " + update.at());
                if (i >= 2) {
                    assertNotEquals(updates.get(i - 2).at(), update.at(), item + " updated thrice at " + update.at());
                }
                if (before.state() instanceof QuantityType<?> a && update.state() instanceof QuantityType<?> b) {
                    assertTrue(Math.abs(a.doubleValue() - b.doubleValue()) >= 1,
                            item + " moved less than 1 W at " + update.at() + ": " + a + " -> " + b);
                }
            }
            updates.forEach(update -> assertEquals(ManagerRegistry.SOURCE, update.source(), item));
        }
    }

    @Test
    void powersAreInWattsAndTheMeterAgeInMinutes() {
        for (String item : List.of("Q_Surplus", "Grid_Allowed_Power", "Grid_Quarter_Average",
                "Grid_Last_Quarter_Average", "Grid_Month_Peak", "Grid_Excess")) {
            for (RuleRig.Update update : RIG.updatesOf(item)) {
                if (update.state() instanceof QuantityType<?> quantity) {
                    assertEquals(Units.WATT, quantity.getUnit(), item);
                } else {
                    assertEquals(UnDefType.UNDEF, update.state(), item);
                }
            }
        }
        assertEquals(Units.MINUTE, ((QuantityType<?>) RIG.updatesOf("Q_Meter_Age").get(0).state()).getUnit());
    }

    /** @return the instants at which the rule's command switched, with the command it switched to */
    private static List<Map.Entry<Instant, State>> switches(RuleRig.Rule rule) {
        List<Map.Entry<Instant, State>> result = new ArrayList<>();
        for (int i = 0; i < rule.firings.size(); i++) {
            result.add(Map.entry(rule.firedAt.get(i), (State) rule.firings.get(i).get(TriggerOutputs.COMMAND)));
        }
        return result;
    }

    /** @return the item's updates as instants and states */
    private static List<Map.Entry<Instant, State>> changes(String item) {
        return RIG.updatesOf(item).stream().map(update -> Map.entry(update.at(), update.state())).toList();
    }
}
