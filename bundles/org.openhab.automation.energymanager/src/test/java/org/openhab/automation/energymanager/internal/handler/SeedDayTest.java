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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;

/**
 * The Dutch seed's setup through the module handlers, over a sunny day in Brussels (21 June 2026): the energy
 * manager's Q1 drives the heat pump boost (switch-on 3000 W, power 2000 W, activation 0 s, min on 5 min, min off
 * 10 min, min on/day 0, deadline sunset), the load manager at 5 kW (capacity tariff, quarter-hour peak) sheds the
 * heat pump. The house: 400 W base, two passing clouds before noon, induction cooking (+7500 W) from 18:00 to
 * 18:40. The heat pump draws 2000 W while boosted and not shed. The grid meter reports every 30 s.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SeedDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 21);
    private static final String GRID = "Grid_Power";

    private static final RuleRig RIG = new RuleRig(at("05:00"), new PointType("50.85,4.35"));
    private static Map<Instant, Double> gridSamples = Map.of();
    private static RuleRig.Rule boost = new RuleRig.Rule("unset");
    private static RuleRig.Rule shed = new RuleRig.Rule("unset");

    static Instant at(String localTime) {
        return ZonedDateTime.of(DAY, LocalTime.parse(localTime), RuleRig.BRUSSELS).toInstant();
    }

    /** PV in W: 06:30 to 20:30, 6000 W at 13:30, clouds 11:00–11:03 and 11:11–11:17 leave 1000 W. */
    static double pv(Instant t) {
        LocalTime local = t.atZone(RuleRig.BRUSSELS).toLocalTime();
        if (isBetween(local, "11:00", "11:03") || isBetween(local, "11:11", "11:17")) {
            return 1000;
        }
        double hours = local.toSecondOfDay() / 3600.0;
        double x = (hours - 6.5) / 14;
        return x <= 0 || x >= 1 ? 0 : 6000 * Math.pow(Math.sin(Math.PI * x), 1.5);
    }

    static double house(Instant t) {
        LocalTime local = t.atZone(RuleRig.BRUSSELS).toLocalTime();
        return 400 + (isBetween(local, "18:00", "18:40") ? 7500 : 0);
    }

    private static boolean isBetween(LocalTime local, String from, String to) {
        return !local.isBefore(LocalTime.parse(from)) && local.isBefore(LocalTime.parse(to));
    }

    @BeforeAll
    static void liveTheDay() {
        Map<String, Object> q1 = SurplusLoadTriggerHandlerTest.heatPump();
        q1.put("manager", "Q");
        Map<String, Object> lastmanager = PeakLoadTriggerHandlerTest.heatPump("PEAK");
        boost = RIG.enableTrigger("pv-boost", SURPLUS_LOAD_TRIGGER, q1);
        shed = RIG.enableTrigger("capacity-guard", PEAK_LOAD_TRIGGER, lastmanager);
        gridSamples = liveTheDay(RIG, boost, shed);
    }

    /**
     * Lives the day from 05:00 to 22:00 with the two rules: the meter reports every 30 s what the house, the heat
     * pump (while boosted and not shed) and PV make of the grid power.
     *
     * @return the grid power posted at each sample, W import positive, by instant
     */
    static TreeMap<Instant, Double> liveTheDay(RuleRig rig, RuleRig.Rule boost, RuleRig.Rule shed) {
        TreeMap<Instant, Double> samples = new TreeMap<>();
        Instant t = at("05:00");
        while (t.isBefore(at("22:00"))) {
            rig.advanceTo(t);
            boolean heatPumpRuns = boost.command() == OnOffType.ON && shed.command() != OnOffType.ON;
            double grid = house(t) + (heatPumpRuns ? 2000 : 0) - pv(t);
            samples.put(t, grid);
            rig.postWatts(GRID, grid);
            t = t.plusSeconds(30);
        }
        return samples;
    }

    /** @return the instants at which the rule's command switched, with the command it switched to */
    private static List<Map.Entry<Instant, Object>> switches(RuleRig.Rule rule) {
        List<Map.Entry<Instant, Object>> result = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < rule.firings.size(); i++) {
            Object command = rule.firings.get(i).get(TriggerOutputs.COMMAND);
            if (!command.equals(last)) {
                result.add(Map.entry(rule.firedAt.get(i), command));
                last = command;
            }
        }
        return result;
    }

    @Test
    void theBoostFollowsTheSurplusWithItsMinOnAndMinOffTimes() {
        List<Map.Entry<Instant, Object>> expected = List.of(Map.entry(at("05:00"), OnOffType.OFF),
                Map.entry(at("11:00"), OnOffType.OFF), Map.entry(at("11:10"), OnOffType.ON),
                Map.entry(at("11:15"), OnOffType.OFF), Map.entry(at("11:25"), OnOffType.ON));
        List<Map.Entry<Instant, Object>> actual = switches(boost);
        assertEquals(7, actual.size(), "OFF at enable, ON in the morning, the two clouds, ON, OFF at dusk: " + actual);

        Map.Entry<Instant, Object> morning = actual.get(1);
        assertEquals(OnOffType.ON, morning.getValue());
        assertTrue(morning.getKey().isAfter(at("09:30")) && morning.getKey().isBefore(at("10:15")),
                "the boost starts when PV minus the 400 W base reaches 3000 W, about 09:52: " + morning.getKey());
        assertTrue(gridSamples.get(morning.getKey()) <= -3000,
                "the export at the start is at least the switch-on power: " + gridSamples.get(morning.getKey()));

        assertEquals(expected.get(0), actual.get(0), "the rule starts with OFF");
        assertEquals(expected.get(1), actual.get(2),
                "the first cloud stops the boost at once: it ran far longer than its min on time");
        assertEquals(expected.get(2), actual.get(3),
                "the sun is back at 11:03, but the boost restarts only when its 10 min min off time ends");
        assertEquals(expected.get(3), actual.get(4),
                "the second cloud (11:11) cannot stop the boost before its 5 min min on time ends");
        assertEquals(expected.get(4), actual.get(5), "10 min after that stop the boost runs again");

        Map.Entry<Instant, Object> dusk = actual.get(6);
        assertEquals(OnOffType.OFF, dusk.getValue());
        assertTrue(dusk.getKey().isAfter(at("17:30")) && !dusk.getKey().isAfter(at("18:00")),
                "the boost stops when PV no longer covers the house and the heat pump: " + dusk.getKey());
    }

    @Test
    void everySwitchRespectsTheMinOnAndMinOffTimes() {
        List<Map.Entry<Instant, Object>> actual = switches(boost);
        for (int i = 2; i < actual.size(); i++) {
            Duration held = Duration.between(actual.get(i - 1).getKey(), actual.get(i).getKey());
            Duration minimum = actual.get(i - 1).getValue() == OnOffType.ON ? Duration.ofMinutes(5)
                    : Duration.ofMinutes(10);
            assertTrue(held.compareTo(minimum) >= 0,
                    actual.get(i - 1) + " held only " + held + ", less than " + minimum);
        }
    }

    @Test
    void theCookingPeakShedsTheHeatPumpUntilItEndsAndNothingElseDoes() {
        List<Map.Entry<Instant, Object>> actual = switches(shed);

        assertEquals(List.of(Map.entry(at("05:00"), OnOffType.OFF), Map.entry(at("18:00"), OnOffType.ON),
                Map.entry(at("18:40"), OnOffType.OFF)), actual,
                "shed when cooking pushes import over 5 kW at 18:00, held (beyond its 10 min) until the quarter "
                        + "budget has room again when cooking ends at 18:40");
        assertTrue(shed.firings.get(1).get(TriggerOutputs.REASON).toString().startsWith("SHED_PEAK"),
                "the capacity tariff's quarter-hour budget is the reason: " + shed.firings.get(1));
    }

    @Test
    void theBoostIsOffDuringTheCookingPeak() {
        Instant peakStart = at("18:00");
        for (Map.Entry<Instant, Object> change : switches(boost)) {
            assertFalse(change.getValue() == OnOffType.ON && change.getKey().isAfter(peakStart),
                    "no boost after dusk: " + change);
        }
    }
}
