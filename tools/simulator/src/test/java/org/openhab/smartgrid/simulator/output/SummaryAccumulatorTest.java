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
package org.openhab.smartgrid.simulator.output;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.EventKind;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Summary arithmetic on a tiny hand-computed timeline.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SummaryAccumulatorTest {

    /**
     * Four one-minute steps from 12:00 local (one quarter-hour):
     * <ul>
     * <li>12:00 import 6000 W, PV 0, NORMAL</li>
     * <li>12:01 export 3000 W, PV 6000, BOOST, boost on, boiler on</li>
     * <li>12:02 export 1200 W, PV 6000, BOOST, boost on, boiler off</li>
     * <li>12:03 import 3000 W, PV 0, EVU</li>
     * </ul>
     * import = (6000 + 3000) W·min = 0.15 kWh; export = (3000 + 1200) W·min = 0.07 kWh; PV = 12000 W·min = 0.2 kWh;
     * self-consumption = (0.2 − 0.07) / 0.2 = 65 %; peak quarter-hour = 9000 W·min / 15 min = 0.6 kW;
     * relay switches: NORMAL→BOOST toggles SG-1 and SG-2 (2), BOOST→EVU toggles SG-2 (1), the boiler relay
     * goes on and off again (2) = 5 (the heat pump boost load has no relay of its own: it acts through the SG
     * contacts); EVU 1 min; boost on 2 min, boiler on 1 min.
     */
    @Test
    void theSummaryOfATinyTimelineMatchesTheHandComputedFigures() {
        SummaryAccumulator summary = new SummaryAccumulator();
        summary.start(Steps.info());
        List<SimulationStep> steps = List.of(Steps.step(0, 6000, 0, SgMode.NORMAL, false, false),
                Steps.step(1, -3000, 6000, SgMode.BOOST, true, true),
                Steps.step(2, -1200, 6000, SgMode.BOOST, true, false),
                Steps.step(3, 3000, 0, SgMode.EVU, false, false));
        summary.event(new EngineEvent(Steps.NOON, "guard", EventKind.DEFERRAL, Reason.LOCK_HOLD, "held"));
        summary.event(new EngineEvent(Steps.NOON, "arbiter", EventKind.DECISION, Reason.PV_SURPLUS, "boost"));
        steps.forEach(summary::step);
        summary.finish();
        Summary s = summary.summary();

        assertEquals(4, s.samples());
        assertEquals(0.15, s.importKwh(), 1e-9, "import kWh");
        assertEquals(0.07, s.exportKwh(), 1e-9, "export kWh");
        assertEquals(0.2, s.pvKwh(), 1e-9, "PV kWh");
        assertEquals(65.0, s.selfConsumptionPct().orElseThrow(), 1e-9, "self-consumption %");
        assertEquals(0.6, s.peakQuarterHourKw(), 1e-9, "peak quarter-hour kW");
        assertEquals(5, s.relaySwitches(), "SG contacts 2 + 1, boiler relay 2");
        assertEquals(1.0, s.evuLockMinutes(), 1e-9, "EVU minutes");
        assertEquals(1, s.guardDeferrals(), "one deferral event, decisions do not count");
        assertEquals(2.0, s.loadOnMinutes().get("heatpump boost"), 1e-9);
        assertEquals(1.0, s.loadOnMinutes().get("boiler"), 1e-9);
        assertEquals(50.0, s.minTankC(), 1e-9);
        assertEquals(53.0, s.maxTankC(), 1e-9);
    }

    @Test
    void withoutPvTheSelfConsumptionIsNullInTheJson() {
        SummaryAccumulator summary = new SummaryAccumulator();
        summary.start(Steps.info());
        summary.step(Steps.step(0, 500, 0, SgMode.NORMAL, false, false));
        String json = summary.summary().toJson();
        assertTrue(json.contains("\"self_consumption_pct\": null"), json);
        assertTrue(json.contains("\"import_kwh\": 0.008"), "500 W for a minute is 0.00833 kWh: " + json);
    }

    @Test
    void theJsonHasEveryRequiredKey() {
        SummaryAccumulator summary = new SummaryAccumulator();
        summary.start(Steps.info());
        summary.step(Steps.step(0, -500, 1000, SgMode.NORMAL, true, false));
        String json = summary.summary().toJson();
        for (String key : List.of("import_kwh", "export_kwh", "self_consumption_pct", "peak_quarter_hour_kw",
                "relay_switches", "evu_lock_minutes", "guard_deferrals", "on_minutes", "engine")) {
            assertTrue(json.contains("\"" + key + "\""), "summary.json has " + key + ": " + json);
        }
        assertTrue(json.contains("\"heatpump boost\": { \"on_minutes\": 1.000 }"), json);
        assertFalse(json.contains("placeholder"), json);
    }
}
