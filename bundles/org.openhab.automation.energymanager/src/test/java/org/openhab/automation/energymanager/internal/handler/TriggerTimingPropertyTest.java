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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * Over random grid traces (random walk with jumps, UNDEF and silent gaps), what a rule receives from the triggers
 * keeps the timing rules: the command alternates, an energy-manager load keeps every ON for its min on time and
 * every OFF after a run for its min off time, and a load-manager load keeps every shed for its min shed time and
 * is not shed again within its min release time of a restore.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class TriggerTimingPropertyTest {

    private static final Instant START = Instant.parse("2026-06-21T08:00:00Z");

    @Test
    void theRulesReceiveCommandsThatKeepEveryTimingRule() {
        PropertyCheck.forAll("trigger timing through the handlers", 60, random -> {
            RuleRig rig = new RuleRig(START, new PointType("50.85,4.35"));
            int minOn = random.nextInt(0, 12);
            int minOff = random.nextInt(0, 12);
            int minShed = random.nextInt(0, 12);
            int minRelease = random.nextInt(0, 12);
            Map<String, Object> boost = SurplusLoadTriggerHandlerTest.heatPump();
            boost.put("minOnTime", minOn);
            boost.put("minOffTime", minOff);
            boost.put("activationDelay", random.nextInt(0, 120));
            Map<String, Object> boiler = SurplusLoadTriggerHandlerTest.heatPump();
            boiler.put("load", "boiler");
            boiler.put("priority", 2);
            boiler.put("switchOnPower", 1000);
            boiler.put("power", 1500);
            Map<String, Object> guard = PeakLoadTriggerHandlerTest.heatPump(random.nextBoolean() ? "PEAK" : "OVERLOAD");
            guard.put("minShedTime", minShed);
            guard.put("minReleaseTime", minRelease);
            RuleRig.Rule boostRule = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, boost);
            rig.enableTrigger("boiler", SURPLUS_LOAD_TRIGGER, boiler);
            RuleRig.Rule guardRule = rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, guard);

            double grid = random.nextDouble(-6000, 6000);
            Instant t = START;
            Instant end = START.plus(Duration.ofHours(3));
            while (t.isBefore(end)) {
                rig.advanceTo(t);
                double dice = random.nextDouble();
                if (dice < 0.02) {
                    rig.post(SurplusLoadTriggerHandlerTest.GRID, UnDefType.UNDEF);
                } else {
                    grid = dice > 0.97 ? random.nextDouble(-7000, 9000)
                            : Math.max(-8000, Math.min(10000, grid + random.nextDouble(-400, 400)));
                    rig.postWatts(SurplusLoadTriggerHandlerTest.GRID, grid);
                }
                // a silent gap now and then lets the meter go stale
                t = t.plusSeconds(random.nextDouble() < 0.01 ? random.nextInt(60, 300) : 30);
            }
            rig.advanceTo(end);

            assertTiming(boostRule, Duration.ofMinutes(minOn), Duration.ofMinutes(minOff), "energy manager load");
            assertTiming(guardRule, Duration.ofMinutes(minShed), Duration.ofMinutes(minRelease), "load manager load");
        });
    }

    /** ON must last {@code onHold}; an OFF that follows an ON must last {@code offHold}. */
    private static void assertTiming(RuleRig.Rule rule, Duration onHold, Duration offHold, String what) {
        assertFalse(rule.firings.isEmpty(), what + ": the rule is told the load's state at least once");
        for (int i = 1; i < rule.firings.size(); i++) {
            Object previous = rule.firings.get(i - 1).get(TriggerOutputs.COMMAND);
            Object current = rule.firings.get(i).get(TriggerOutputs.COMMAND);
            assertNotEquals(previous, current, what + ": a trigger fires only on a change, at " + rule.firedAt.get(i));
            Duration held = Duration.between(rule.firedAt.get(i - 1), rule.firedAt.get(i));
            boolean afterRun = previous == OnOffType.OFF && i >= 2;
            Duration minimum = previous == OnOffType.ON ? onHold : afterRun ? offHold : Duration.ZERO;
            assertTrue(held.compareTo(minimum) >= 0, what + ": " + previous + " from " + rule.firedAt.get(i - 1)
                    + " held only " + held + ", less than " + minimum + " (" + rule.firings.get(i) + ")");
        }
    }
}
