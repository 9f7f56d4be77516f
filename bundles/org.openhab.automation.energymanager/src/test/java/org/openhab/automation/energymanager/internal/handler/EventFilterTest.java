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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.events.EventFilter;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;

/**
 * openHAB hands the add-on only the state events of the items its managers read: the registry's event filter, kept
 * current as rules are enabled and disabled.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class EventFilterTest {

    private static final String GRID = "Grid_Power";
    private static final String MODE = "HeatPump_Mode";

    private final RuleRig rig = new RuleRig(PeakLoadTriggerHandlerTest.SIX_PM, null);

    @Test
    void onlyTheStateEventsOfItemsAManagerReadsPassAsRulesComeAndGo() {
        EventFilter filter = rig.registry.getEventFilter();
        assertFalse(passes(GRID), "no rule, no item read");

        RuleRig.Rule boost = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER,
                Map.of("manager", "energy", "load", "heatpump boost", "gridItem", GRID, "power", 2000));
        Map<String, Object> shed = new HashMap<>(PeakLoadTriggerHandlerTest.heatPump("PEAK"));
        shed.put("shedFeedbackItem", MODE);
        RuleRig.Rule guard = rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, shed);
        assertTrue(passes(GRID), "both managers' meter");
        assertTrue(passes(MODE), "the load manager's shed feedback");
        assertFalse(passes("Kitchen_Light"), "an item no manager reads");
        assertFalse(filter.apply(ItemEventFactory.createCommandEvent(GRID, OnOffType.ON)), "a command is no state");

        rig.disable(guard);
        assertFalse(passes(MODE), "the load manager went with its last rule");
        assertTrue(passes(GRID), "the energy manager still reads the meter");
        rig.disable(boost);
        assertFalse(passes(GRID));
        assertSame(filter, rig.registry.getEventFilter(), "openHAB asks at every event: one filter, not one each");
    }

    private boolean passes(String item) {
        return rig.registry.getEventFilter().apply(ItemEventFactory.createStateEvent(item, new DecimalType(1)));
    }
}
