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
import static org.mockito.Mockito.*;
import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.automation.energymanager.internal.console.EnergyManagerConsoleCommandExtension;
import org.openhab.core.io.console.Console;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.StringType;

/**
 * {@code energymanager list} and {@code status} print what the managers decided, with the figures behind it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConsoleTest {

    private final RuleRig rig = new RuleRig(SurplusLoadTriggerHandlerTest.NOON, new PointType("50.85,4.35"));
    private final List<String> lines = new ArrayList<>();
    private final Console console = mock(Console.class);

    ConsoleTest() {
        doAnswer(i -> lines.add(i.getArgument(0))).when(console).println(anyString());
        doAnswer(i -> lines.add(i.getArgument(0))).when(console).printUsage(anyString());
    }

    private String run(String... args) {
        lines.clear();
        new EnergyManagerConsoleCommandExtension(rig.registry, rig.timeZoneProvider).execute(args, console);
        return String.join("\n", lines);
    }

    @Test
    void withoutRulesTheConsoleSaysSo() {
        assertEquals("No manager: no rule with an energymanager trigger is enabled.", run("list"));
    }

    @Test
    void listAndStatusShowEveryManagerAndLoadWithReasonTimerRuntimeAndQuarterBudget() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump());
        rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, PeakLoadTriggerHandlerTest.heatPump("PEAK"));
        rig.postWatts("Grid_Power", -3500);
        rig.advanceTo(SurplusLoadTriggerHandlerTest.NOON.plus(Duration.ofMinutes(3)));
        rig.postWatts("Grid_Power", -1500);

        String list = run("list");
        assertEquals("energy manager 'house'\n  heatpump: ON\nload manager 'grid'\n  heatpump: running", list);

        String status = run("status");
        assertTrue(status.contains("heatpump: ON, SURPLUS, next change 12:05, runtime today 3 min"), status);
        assertTrue(status.contains("surplus 1500 W"), status);
        assertTrue(status.contains("load manager 'grid', PEAK 5000 W"), status);
        assertTrue(status.contains("allowed"), status);
        assertTrue(status.contains("month peak"), status);

        assertTrue(status.contains("  gridItem 'Grid_Power', gridSign IMPORT_POSITIVE, importItem '', exportItem '', "
                + "energyItem '', meterMonthPeakItem '', meterQuarterDemandItem '', quarterSyncItem '', mode PEAK, "
                + "maxPower 5000 W, overloadPower 0 W, followMonthPeak false, monthPeakFloor 2500 W, staleAfter 60 s, "
                + "staleRestoreAfter 15 min, feedbackTimeout 15 s, quarterOffset 0 s"),
                "the manager's parameters: " + status);
        assertTrue(status.contains("offset 0 W, minSoc 0 %, staleAfter 60 s, settleTime 30 s"), status);

        String grid = run("status", "grid");
        assertFalse(grid.contains("energy manager"), "status <manager> shows only that manager: " + grid);
        assertEquals("No manager named 'garage'.", run("status", "garage"));
    }

    @Test
    void statusShowsWhatTheShedFeedbackItemSaid() {
        Map<String, Object> config = PeakLoadTriggerHandlerTest.heatPump("OVERLOAD");
        config.put("shedFeedbackItem", "HeatPump_Mode");
        rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, config);
        rig.postWatts("Grid_Power", 3000);
        assertTrue(run("status").contains("    shed feedback from HeatPump_Mode: no report"), run("status"));

        rig.post("HeatPump_Mode", new StringType("EVU"));

        assertTrue(run("status").contains("    shed feedback from HeatPump_Mode: in effect"), run("status"));
    }

    @Test
    void unknownArgumentsPrintTheUsage() {
        assertTrue(run("frobnicate").contains("energymanager status [<manager>]"));
    }
}
