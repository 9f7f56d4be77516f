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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The status items beyond the seed day: nothing is posted for items left out, the meter age counts the minutes of
 * a silent meter, a manager's status item may be named by any one of its loads, and names that cannot work are
 * refused when the rule is enabled, as the meter items are.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class StatusItemsTest {

    private static final String GRID = SurplusLoadTriggerHandlerTest.GRID;
    private static final Instant NOON = SurplusLoadTriggerHandlerTest.NOON;

    private final RuleRig rig = new RuleRig(NOON, new PointType("50.85,4.35"));

    @Test
    void rulesThatNameNoStatusItemPostNothing() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump());
        rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, PeakLoadTriggerHandlerTest.heatPump("BOTH"));
        for (int i = 0; i < 20; i++) {
            rig.advanceTo(NOON.plusSeconds(30L * i));
            rig.postWatts(GRID, i % 2 == 0 ? -3500 : 6000);
        }
        rig.advanceTo(NOON.plus(Duration.ofMinutes(30)));

        assertEquals(List.of(), rig.updates, "no status item named, no update posted");
    }

    @Test
    void theMeterAgeCountsTheMinutesOfASilentMeterAndTheSurplusTurnsUndefined() {
        Map<String, Object> boost = SurplusLoadTriggerHandlerTest.heatPump();
        boost.put("meterAgeItem", "Meter_Age");
        boost.put("surplusItem", "Surplus");
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, boost);
        rig.advanceTo(NOON.plusSeconds(1));
        assertEquals(List.of(UnDefType.UNDEF), states("Meter_Age"), "no reading yet");
        assertEquals(List.of(UnDefType.UNDEF), states("Surplus"));

        rig.postWatts(GRID, -1234.4);
        rig.advanceTo(NOON.plus(Duration.ofSeconds(1 + 3 * 60 + 30)));

        assertEquals(List.of(UnDefType.UNDEF, minutes(0), minutes(1), minutes(2), minutes(3)), states("Meter_Age"));
        List<RuleRig.Update> ages = rig.updatesOf("Meter_Age");
        assertEquals(NOON.plusSeconds(1 + 60), ages.get(2).at(), "a minute after the reading, not at a step");
        assertEquals(NOON.plusSeconds(1 + 180), ages.get(4).at());
        assertEquals(List.of(UnDefType.UNDEF, new QuantityType<>(1234, Units.WATT), UnDefType.UNDEF),
                states("Surplus"), "the surplus in whole W, then unknown once the reading is older than staleAfter");

        rig.postWatts(GRID, -1500);
        assertEquals(minutes(0), last("Meter_Age"), "the meter is back");
        assertEquals(new QuantityType<>(1500, Units.WATT), last("Surplus"));
    }

    @Test
    void aPowerIsPostedAgainOnlyOnceItMovedAWatt() {
        Map<String, Object> boost = SurplusLoadTriggerHandlerTest.heatPump();
        boost.put("surplusItem", "Surplus");
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, boost);
        rig.advanceTo(NOON.plusSeconds(1));
        for (double export : new double[] { 1000.2, 1000.9, 1001.3, 1000.5, 999.9, 999.6 }) {
            rig.advanceTo(rig.clock.instant().plusSeconds(5));
            rig.postWatts(GRID, -export);
        }

        assertEquals(List.of(UnDefType.UNDEF, watts(1000), watts(1001), watts(1000)), states("Surplus"),
                "1000.2 W posted as 1000 W; 1000.9 W is within 1 W of it, 1001.3 W is not (1001 W); 1000.5 W is "
                        + "within 1 W of 1001.3 W, 999.9 W is not (1000 W), 999.6 W is within 1 W of that");
    }

    @Test
    void aManagersStatusItemMayBeNamedByAnyOneOfItsLoads() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump());
        rig.enableTrigger("boiler", SURPLUS_LOAD_TRIGGER, loadNamingTheSurplusItem("boiler", "Surplus"));
        rig.advanceTo(NOON.plusSeconds(1));
        rig.postWatts(GRID, -800);
        assertEquals(watts(800), last("Surplus"), "the boiler's rule names the manager's surplus item");
        rig.enableTrigger("pool", SURPLUS_LOAD_TRIGGER, loadNamingTheSurplusItem("pool", "Surplus"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rig.enableTrigger("car",
                SURPLUS_LOAD_TRIGGER, loadNamingTheSurplusItem("car", "Other_Surplus")));

        assertEquals("load 'car' does not fit energy manager 'house': surplusItem 'Other_Surplus' differs from "
                + "'Surplus' of its other loads [heatpump, boiler, pool]", e.getMessage());
        SurplusManagerAdapter manager = rig.registry.surplusManager("house");
        assertNotNull(manager);
        assertEquals(List.of("heatpump", "boiler", "pool"), manager.loadNames(),
                "the refused load left nothing behind");
    }

    /** @return another load of the heat pump's energy manager, of priority 2, that names the surplus item */
    private static Map<String, Object> loadNamingTheSurplusItem(String load, String surplusItem) {
        Map<String, Object> config = SurplusLoadTriggerHandlerTest.heatPump();
        config.putAll(Map.of("load", load, "priority", 2, "surplusItem", surplusItem));
        return config;
    }

    @Test
    void aStatusItemTheManagerReadsIsRefused() {
        Map<String, Object> guard = PeakLoadTriggerHandlerTest.heatPump("PEAK");
        guard.put("allowedPowerItem", GRID);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, guard));

        assertEquals("load 'heatpump' does not fit load manager 'grid': item 'Grid_Power' is a status item and an "
                + "item the manager reads; a status item must be an item of its own", e.getMessage());
        assertNull(rig.registry.peakManager("grid"), "a refused first load leaves no manager behind");
    }

    @Test
    void aLoadsStatusItemsAreUpdatedOnlyWhileItsRuleRuns() {
        Map<String, Object> guard = PeakLoadTriggerHandlerTest.heatPump("OVERLOAD");
        guard.put("stateItem", "Shed_State");
        RuleRig.Rule rule = rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, guard);
        rig.advanceTo(NOON.plusSeconds(1));
        rig.postWatts(GRID, 6000);
        rig.disable(rule);
        rig.postWatts(GRID, 1000);

        assertEquals(List.of(OnOffType.OFF, OnOffType.ON), states("Shed_State"), "OFF at the start, ON at the overload, nothing once the rule is disabled");
    }

    private List<State> states(String item) {
        return rig.updatesOf(item).stream().map(RuleRig.Update::state).toList();
    }

    private State last(String item) {
        List<State> states = states(item);
        assertFalse(states.isEmpty(), item + " was updated");
        return states.get(states.size() - 1);
    }

    private static QuantityType<?> minutes(long minutes) {
        return new QuantityType<>(minutes, Units.MINUTE);
    }

    private static QuantityType<?> watts(long watts) {
        return new QuantityType<>(watts, Units.WATT);
    }
}
