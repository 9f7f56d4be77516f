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
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.automation.energymanager.internal.manager.ManagerAdapter;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

/**
 * The {@code energymanager.SurplusLoad} trigger driven by grid state events and a virtual clock, with the seed's
 * heat pump parameters (switch-on 3000 W, power 2000 W, min on 5 min, min off 10 min).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SurplusLoadTriggerHandlerTest {

    static final Instant NOON = ZonedDateTime.of(2026, 6, 21, 12, 0, 0, 0, RuleRig.BRUSSELS).toInstant();
    static final String GRID = "Grid_Power";

    private final RuleRig rig = new RuleRig(NOON.minusSeconds(60), new PointType("50.85,4.35"));

    static Map<String, Object> heatPump() {
        Map<String, Object> config = new HashMap<>();
        config.put("manager", "house");
        config.put("load", "heatpump");
        config.put("gridItem", GRID);
        config.put("switchOnPower", 3000);
        config.put("power", 2000);
        config.put("activationDelay", 0);
        config.put("minOnTime", 5);
        config.put("minOffTime", 10);
        config.put("minOnTimePerDay", 0);
        config.put("dailyDeadline", "SUNSET");
        return config;
    }

    /** Posts {@code watts} every 30 s from the clock's instant until {@code end} (exclusive). */
    private void grid(double watts, Instant end) {
        Instant t = rig.clock.instant();
        while (t.isBefore(end)) {
            rig.advanceTo(t);
            rig.postWatts(GRID, watts);
            t = t.plusSeconds(30);
        }
        rig.advanceTo(end);
    }

    @Test
    void theRuleFirstLearnsTheLoadIsOffWhileNoMeterReadingIsKnown() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        assertEquals(List.of(), rule.firings,
                "nothing fires while openHAB still initializes the rule (it would refuse the command)");

        rig.scheduler.advanceTo(rig.clock.instant().plus(ManagerAdapter.FIRST_STEP_DELAY));
        assertEquals(OnOffType.OFF, rule.command(), "a rule enabled before any meter reading starts with OFF");
        assertEquals("STALE_METER", rule.reason(), "the reason says that no meter reading is known");
    }

    @Test
    void surplusAboveTheSwitchOnPowerFiresOnWithReasonAndTheEndOfTheMinOnTime() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-2500, NOON);
        assertEquals(OnOffType.OFF, rule.command(), "2500 W of export is below the 3000 W switch-on power");

        rig.postWatts(GRID, -3500);

        Map<String, ?> outputs = rule.firings.get(rule.firings.size() - 1);
        assertEquals(OnOffType.ON, outputs.get(TriggerOutputs.COMMAND), "3500 W export >= 3000 W switch-on starts");
        assertEquals(new StringType("SURPLUS"), outputs.get(TriggerOutputs.REASON));
        assertEquals(new DateTimeType(NOON.plus(Duration.ofMinutes(5))), outputs.get(TriggerOutputs.NEXT_CHANGE),
                "the next possible change is the end of the 5 min min on time");
        assertEquals(NOON, rule.lastSwitchTo(OnOffType.ON));
    }

    @Test
    void importRightAfterTheStartStopsTheLoadOnlyWhenItsMinOnTimeEnds() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plusSeconds(30));
        assertEquals(NOON, rule.lastSwitchTo(OnOffType.ON));

        grid(+500, NOON.plus(Duration.ofMinutes(7)));

        assertEquals(NOON.plus(Duration.ofMinutes(5)), rule.lastSwitchTo(OnOffType.OFF),
                "import stops the load, but not before its 5 min min on time (a scheduled wake-up, not a sample)");
    }

    @Test
    void surplusAfterAStopStartsTheLoadOnlyWhenItsMinOffTimeEnds() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plusSeconds(30));
        grid(+500, NOON.plus(Duration.ofMinutes(5)).plusSeconds(10));
        Instant stopped = NOON.plus(Duration.ofMinutes(5));
        assertEquals(stopped, rule.lastSwitchTo(OnOffType.OFF));

        grid(-4000, stopped.plus(Duration.ofMinutes(12)));

        assertEquals(stopped.plus(Duration.ofMinutes(10)), rule.lastSwitchTo(OnOffType.ON),
                "surplus is back at once, but the load restarts only after its 10 min min off time");
    }

    @Test
    void aCommandIsFiredOnlyWhenItChanges() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plus(Duration.ofMinutes(3)));

        assertEquals(2, rule.firings.size(), "OFF at enable, then ON once; samples that change nothing fire nothing");
    }

    @Test
    void anUndefinedGridItemCountsAsAStaleMeterNotAsZeroWatts() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plus(Duration.ofMinutes(6)));
        assertEquals(OnOffType.ON, rule.command());

        rig.post(GRID, UnDefType.UNDEF);

        assertEquals(OnOffType.OFF, rule.command(), "after its min on time the load stops when the meter is unknown");
        assertEquals("STALE_METER", rule.reason());
    }

    @Test
    void aSilentMeterStopsARunningLoadWhenTheReadingGoesStaleWithoutABusyLoop() {
        Map<String, Object> config = heatPump();
        config.put("minOnTime", 0);
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, config);
        grid(-1000, NOON);
        rig.postWatts(GRID, -3500);
        assertEquals(OnOffType.ON, rule.command());

        // no reading after 12:00:00: it is stale a nanosecond after 12:01:00; a wake-up rounded down to 12:01:00
        // would find it still fresh and reschedule itself at once (the manual scheduler fails on that)
        rig.advanceTo(NOON.plus(Duration.ofMinutes(10)));

        Instant stopped = rule.lastSwitchTo(OnOffType.OFF);
        assertNotNull(stopped);
        assertTrue(stopped.isAfter(NOON.plusSeconds(60)) && stopped.isBefore(NOON.plusSeconds(61)),
                "the load stops as soon as the reading is stale, without a new event: " + stopped);
        assertEquals("STALE_METER", rule.reason());
    }

    @Test
    void forceLoadRunsTheLoadWithoutSurplusAndReleaseLoadReturnsItToAutomatic() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(+800, NOON);

        rig.runAction(FORCE_LOAD_ACTION, Map.of("manager", "house", "load", "heatpump", "duration", 30));
        assertEquals(OnOffType.ON, rule.command(), "a forced load runs on grid power");
        assertEquals("FORCED", rule.reason());

        grid(+2800, NOON.plus(Duration.ofMinutes(6)));
        rig.runAction(RELEASE_LOAD_ACTION, Map.of("manager", "house", "load", "heatpump"));
        assertEquals(OnOffType.OFF, rule.command(), "released after its min on time, the load stops on import");
    }

    @Test
    void forceLoadWithDuration0HoldsTheLoadOnUntilReleaseLoad() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(+800, NOON);

        rig.runAction(FORCE_LOAD_ACTION, Map.of("manager", "house", "load", "heatpump", "duration", 0));
        assertEquals(OnOffType.ON, rule.command(), "a held force runs the load on grid power");
        assertEquals("FORCED", rule.reason());
        assertEquals(UnDefType.UNDEF, rule.firings.get(rule.firings.size() - 1).get(TriggerOutputs.NEXT_CHANGE),
                "nothing but a release ends it");

        grid(+2800, NOON.plus(Duration.ofHours(6)));
        assertEquals(OnOffType.ON, rule.command(), "six hours of import later it still runs");
        assertEquals(NOON, rule.lastSwitchTo(OnOffType.ON));

        rig.restart();
        rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(+2800, NOON.plus(Duration.ofHours(7)));
        assertEquals(OnOffType.ON, rule.command(), "the held force survives a restart through the storage");
        assertEquals("FORCED", rule.reason());

        rig.runAction(RELEASE_LOAD_ACTION, Map.of("manager", "house", "load", "heatpump"));
        assertEquals(OnOffType.OFF, rule.command(), "released, the load stops on import");
    }

    @Test
    void theTapWaterTemperatureItemEndsTheBoostAtTheStopTemperatureUntilItDroppedByTheHysteresis() {
        Map<String, Object> config = heatPump();
        config.put("stopTemperatureItem", "HeatPump_Tap_Water");
        config.put("stopTemperature", 60);
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, config);
        grid(-1000, NOON);
        rig.post("HeatPump_Tap_Water", new QuantityType<>(52.5, SIUnits.CELSIUS));
        grid(-3500, NOON.plusSeconds(30));
        assertEquals(NOON, rule.lastSwitchTo(OnOffType.ON), "52.5 °C: the boost starts on surplus");

        grid(-1500, NOON.plus(Duration.ofMinutes(20)));
        rig.post("HeatPump_Tap_Water", new QuantityType<>(333.3, Units.KELVIN)); // 60.15 °C, in another unit
        assertEquals(OnOffType.OFF, rule.command(), "the tank is warm: the boost ends despite 1.5 kW of export");
        assertEquals("TEMPERATURE_REACHED", rule.reason());
        assertEquals(NOON.plus(Duration.ofMinutes(20)), rule.lastSwitchTo(OnOffType.OFF));

        rig.post("HeatPump_Tap_Water", new DecimalType(58)); // a plain number is °C
        grid(-4000, NOON.plus(Duration.ofMinutes(40)));
        assertEquals(OnOffType.OFF, rule.command(), "58 °C is less than 3 K below the stop temperature");
        assertEquals("TEMPERATURE_REACHED", rule.reason());

        rig.post("HeatPump_Tap_Water", UnDefType.UNDEF);
        grid(-4000, NOON.plus(Duration.ofMinutes(41)));
        assertEquals(OnOffType.ON, rule.command(), "an unknown temperature is ignored: surplus runs the boost again");
    }

    @Test
    void lockManagerStopsARunningLoadOnceItsMinOnTimeAllowsAndStartsNothing() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plusSeconds(30));
        rig.runAction(LOCK_MANAGER_ACTION, Map.of("manager", "house", "lock", true));
        assertEquals(OnOffType.ON, rule.command(), "the lock does not cut the min on time short");

        grid(-1500, NOON.plus(Duration.ofMinutes(30)));

        assertEquals(NOON.plus(Duration.ofMinutes(5)), rule.lastSwitchTo(OnOffType.OFF));
        assertEquals("LOCKED", rule.reason(), "locked, nothing starts although 3500 W would be available");
        rig.runAction(LOCK_MANAGER_ACTION, Map.of("manager", "house", "lock", false));
        grid(-3500, NOON.plus(Duration.ofMinutes(31)));
        assertEquals(OnOffType.ON, rule.command(), "unlocked, the surplus starts the load again");
    }

    @Test
    void surplusAvailableHoldsOnlyWhenTheSurplusLastedTheWholeDuration() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        var fiveMinutes = rig.condition(SURPLUS_AVAILABLE_CONDITION,
                Map.of("manager", "house", "power", 1000, "duration", 300));
        var oneHour = rig.condition(SURPLUS_AVAILABLE_CONDITION,
                Map.of("manager", "house", "power", 1000, "duration", 3600));
        var tooMuch = rig.condition(SURPLUS_AVAILABLE_CONDITION,
                Map.of("manager", "house", "power", 5000, "duration", 0));
        var otherManager = rig.condition(SURPLUS_AVAILABLE_CONDITION,
                Map.of("manager", "garage", "power", 0, "duration", 0));

        grid(-3500, NOON.plusSeconds(30));
        grid(-3500 + 2000, NOON.plus(Duration.ofMinutes(10)));

        assertTrue(fiveMinutes.isSatisfied(Map.of()), "1500 W left after the heat pump, for the last 5 min");
        assertFalse(oneHour.isSatisfied(Map.of()), "the surplus was not seen for a whole hour");
        assertFalse(tooMuch.isSatisfied(Map.of()), "never 5000 W");
        assertFalse(otherManager.isSatisfied(Map.of()), "an unknown manager has no surplus");
    }

    @Test
    void theManagerExistsFromItsFirstLoadsRuleToItsLastAndStopsWakingUpAfterwards() {
        Map<String, Object> boiler = heatPump();
        boiler.put("load", "boiler");
        boiler.put("priority", 2);
        RuleRig.Rule first = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        RuleRig.Rule second = rig.enableTrigger("boiler", SURPLUS_LOAD_TRIGGER, boiler);
        grid(-1000, NOON);
        grid(-3500, NOON.plusSeconds(30));
        SurplusManagerAdapter manager = rig.registry.surplusManager("house");
        assertNotNull(manager);
        assertEquals(java.util.List.of("heatpump", "boiler"), manager.loadNames(), "both loads share one manager");

        rig.disable(first);
        assertNotNull(rig.registry.surplusManager("house"), "the manager stays while a load's rule is enabled");
        rig.disable(second);

        assertNull(rig.registry.surplusManager("house"), "the manager goes with its last load");
        assertEquals(0, rig.scheduler.pending(), "no wake-up of a removed manager stays scheduled");
    }

    @Test
    void runtimeTodaySurvivesARestartThroughTheStorage() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());
        grid(-1000, NOON);
        grid(-3500, NOON.plusSeconds(30));
        grid(-1500, NOON.plus(Duration.ofMinutes(30)));

        rig.restart();
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());

        SurplusManagerAdapter manager = rig.registry.surplusManager("house");
        assertNotNull(manager);
        assertEquals(Duration.ofMinutes(29).plusSeconds(30), manager.runtimeToday("heatpump"),
                "the run until the last step before the restart (12:29:30) still counts today");
    }

    /** Posts {@code watts} every {@code period} from the clock's instant until {@code end} (exclusive). */
    private void gridEvery(Duration period, double watts, Instant end) {
        Instant t = rig.clock.instant();
        while (t.isBefore(end)) {
            rig.advanceTo(t);
            rig.postWatts(GRID, watts);
            t = t.plus(period);
        }
        rig.advanceTo(end);
    }

    /** @return how often the rule fired OFF because the meter was stale after it had been ON */
    private static long staleStops(RuleRig.Rule rule) {
        return rule.firings.stream().skip(1).filter(f -> "STALE_METER".equals(f.get(TriggerOutputs.REASON).toString()))
                .count();
    }

    /** The meter: it reports every 90 s, longer than the default staleAfter of 60 s. */
    @Test
    void withTheDefaultStaleAfterAMeterThatReportsEvery90SecondsMakesTheLoadCycle() {
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, heatPump());

        gridEvery(Duration.ofSeconds(90), -3500, NOON.plus(Duration.ofHours(1)));

        assertTrue(staleStops(rule) >= 3, "a reading 61 to 90 s old is stale: the load stops and starts again, "
                + rule.firings.size() + " firings in an hour");
    }

    @Test
    void staleAfter120SecondsKeepsTheLoadRunningOnThatMeter() {
        Map<String, Object> config = heatPump();
        config.put("staleAfter", 120);
        RuleRig.Rule rule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, config);

        gridEvery(Duration.ofSeconds(90), -3500, NOON.plus(Duration.ofHours(1)));

        assertEquals(0, staleStops(rule), "every reading is fresh for 120 s: " + rule.firings);
        assertEquals(1, rule.firings.size(), "ON at the first reading, and never OFF: " + rule.firings);
        assertEquals(OnOffType.ON, rule.command());
    }
}
