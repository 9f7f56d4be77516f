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

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.core.library.types.PointType;

/**
 * A configuration that cannot work is refused when the rule is enabled: the factory throws, so openHAB shows the
 * message in the rule's status, and the message names the parameter.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConfigErrorTest {

    private final RuleRig rig = new RuleRig(SurplusLoadTriggerHandlerTest.NOON, new PointType("50.85,4.35"));

    static Stream<Arguments> invalidSurplusLoads() {
        return Stream.of(Arguments.of("priority 13", (Consumer<Map<String, Object>>) c -> c.put("priority", 13),
                "priority must be between 1 and 12, was 13"),
                Arguments.of("no power", (Consumer<Map<String, Object>>) c -> c.remove("power"), "power is required"),
                Arguments.of("no grid item", (Consumer<Map<String, Object>>) c -> c.remove("gridItem"),
                        "give either gridItem (one signed grid power) or importItem and exportItem"),
                Arguments.of("an import item without its export item", (Consumer<Map<String, Object>>) c -> {
                    c.remove("gridItem");
                    c.put("importItem", "P1_Delivery");
                }, "give either gridItem (one signed grid power) or importItem and exportItem"),
                Arguments.of("both ways to read the meter", (Consumer<Map<String, Object>>) c -> {
                    c.put("importItem", "P1_Delivery");
                    c.put("exportItem", "P1_Production");
                }, "not both; was gridItem 'Grid_Power', importItem 'P1_Delivery', exportItem 'P1_Production'"),
                Arguments.of("no load name", (Consumer<Map<String, Object>>) c -> c.put("load", " "),
                        "load is required"),
                Arguments.of("a deadline that is no time",
                        (Consumer<Map<String, Object>>) c -> c.put("dailyDeadline", "dusk"),
                        "dailyDeadline must be SUNSET or a local time"),
                Arguments.of("minSoc 120 %", (Consumer<Map<String, Object>>) c -> c.put("minSoc", 120),
                        "minSoc must be between 0 and 100 %, was 120"),
                Arguments.of("negative min on time", (Consumer<Map<String, Object>>) c -> c.put("minOnTime", -1),
                        "minOnTime must be between 0 and 1440 min, was -1"),
                Arguments.of("a meter that is no item", (Consumer<Map<String, Object>>) c -> c.put("gridItem", "{{x}}"),
                        "gridItem must be the name of an item"),
                Arguments.of("a status item that is no item",
                        (Consumer<Map<String, Object>>) c -> c.put("surplusItem", "{{surplus}}"),
                        "surplusItem must be the name of an item"),
                Arguments.of("a load's status item that is no item",
                        (Consumer<Map<String, Object>>) c -> c.put("reasonItem", "Boost reason"),
                        "reasonItem must be the name of an item"),
                Arguments.of("staleAfter 0 s", (Consumer<Map<String, Object>>) c -> c.put("staleAfter", 0),
                        "staleAfter must be between 1 and 3600 s, was 0"),
                Arguments.of("a stop temperature without its item",
                        (Consumer<Map<String, Object>>) c -> c.put("stopTemperature", 60),
                        "stopTemperature needs a stopTemperatureItem"),
                Arguments.of("a stop temperature item without a stop temperature",
                        (Consumer<Map<String, Object>>) c -> c.put("stopTemperatureItem", "HeatPump_Tap_Water"),
                        "stopTemperatureItem needs a stopTemperature"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidSurplusLoads")
    void anInvalidSurplusLoadIsRefusedNamingTheParameter(String what, Consumer<Map<String, Object>> change,
            String expected) {
        Map<String, Object> config = SurplusLoadTriggerHandlerTest.heatPump();
        change.accept(config);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, config));

        assertTrue(String.valueOf(e.getMessage()).contains(expected),
                "the message names the parameter and its range: " + e.getMessage());
        assertNull(rig.registry.surplusManager("house"), "a refused first load leaves no manager behind");
    }

    @Test
    void twoLoadsOfOneManagerWithDifferentGridItemsAreRefused() {
        rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump());
        Map<String, Object> boiler = SurplusLoadTriggerHandlerTest.heatPump();
        boiler.put("load", "boiler");
        boiler.put("gridItem", "Other_Meter");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("boiler", SURPLUS_LOAD_TRIGGER, boiler));

        assertEquals("load 'boiler' does not fit energy manager 'house': gridItem 'Other_Meter' differs from "
                + "'Grid_Power' of its other loads [heatpump]", e.getMessage());
    }

    @Test
    void aDuplicateLoadNameInOneManagerIsRefusedAndTheFirstLoadKeepsRunning() {
        RuleRig.Rule first = rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("boost2", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump()));

        assertTrue(String.valueOf(e.getMessage()).contains("already has a load named 'heatpump'"), e.getMessage());
        rig.postWatts("Grid_Power", -3500);
        assertEquals("SURPLUS", first.reason(), "the first rule's load is still managed");
    }

    @Test
    void aDuplicateLoadNameInOneLoadManagerIsRefused() {
        rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, PeakLoadTriggerHandlerTest.heatPump("PEAK"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("guard2", PEAK_LOAD_TRIGGER, PeakLoadTriggerHandlerTest.heatPump("PEAK")));

        assertTrue(String.valueOf(e.getMessage()).contains("already has a load named 'heatpump'"), e.getMessage());
    }

    @Test
    void twoLoadsOfOneLoadManagerWithDifferentLimitsAreRefused() {
        rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, PeakLoadTriggerHandlerTest.heatPump("PEAK"));
        Map<String, Object> boiler = PeakLoadTriggerHandlerTest.heatPump("PEAK");
        boiler.put("load", "boiler");
        boiler.put("maxPower", 4000);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("boiler", PEAK_LOAD_TRIGGER, boiler));

        assertEquals("load 'boiler' does not fit load manager 'grid': maxPower 4000 W differs from 5000 W of its "
                + "other loads [heatpump]", e.getMessage());
    }

    @Test
    void aSunsetDeadlineWithoutOpenHabsLocationIsAClearError() {
        RuleRig noLocation = new RuleRig(Instant.parse("2026-06-21T10:00:00Z"), null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> noLocation.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, SurplusLoadTriggerHandlerTest.heatPump()));

        assertTrue(String.valueOf(e.getMessage()).contains("dailyDeadline SUNSET needs openHAB's location"),
                e.getMessage());
    }

    @Test
    void aLoadManagerWithoutMaxPowerIsRefused() {
        Map<String, Object> config = PeakLoadTriggerHandlerTest.heatPump("PEAK");
        config.remove("maxPower");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("guard", PEAK_LOAD_TRIGGER, config));

        assertEquals("maxPower is required", e.getMessage());
    }

    @Test
    void forceLoadWithANegativeDurationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rig.runAction(
                FORCE_LOAD_ACTION, Map.of("manager", "house", "load", "heatpump", "duration", -1)));
        assertEquals("duration must be 0 or more min, was -1", e.getMessage());
    }

    /** The example: a typo that would otherwise run silently with the default. */
    @Test
    void anUnknownParameterIsRefusedNamingTheNearestKnownOne() {
        Map<String, Object> config = SurplusLoadTriggerHandlerTest.heatPump();
        config.put("minOnTme", 30);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rig.enableTrigger("boost", SURPLUS_LOAD_TRIGGER, config));

        assertTrue(String.valueOf(e.getMessage()).startsWith(
                "unknown parameter 'minOnTme' for the SurplusLoad trigger (did you mean 'minOnTime'?); known: "
                        + "manager, load, gridItem, "),
                e.getMessage());
        assertNull(rig.registry.surplusManager("house"), "the rule does not run with the default min on time");
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is refused, naming ''{2}''")
    @CsvSource({ PEAK_LOAD_TRIGGER + ",shedFeedback,shedFeedbackItem",
            PEAK_LOAD_TRIGGER + ",feedbackTimout,feedbackTimeout", PEAK_LOAD_TRIGGER + ",maxpower,maxPower",
            FORCE_LOAD_ACTION + ",durration,duration", LOCK_MANAGER_ACTION + ",locked,lock",
            SURPLUS_AVAILABLE_CONDITION + ",powr,power" })
    void everyModuleRefusesAnUnknownParameter(String type, String typo, String nearest) {
        Map<String, Object> config = switch (type) {
            case PEAK_LOAD_TRIGGER -> PeakLoadTriggerHandlerTest.heatPump("PEAK");
            case SURPLUS_AVAILABLE_CONDITION -> new HashMap<>(Map.of("manager", "house", "power", 1000));
            case LOCK_MANAGER_ACTION -> new HashMap<>(Map.of("manager", "house"));
            default -> new HashMap<>(Map.of("manager", "house", "load", "heatpump"));
        };
        config.put(typo, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            switch (type) {
                case PEAK_LOAD_TRIGGER -> rig.enableTrigger("guard", type, config);
                case SURPLUS_AVAILABLE_CONDITION -> rig.condition(type, config);
                default -> rig.runAction(type, config);
            }
        });

        assertTrue(String.valueOf(e.getMessage()).contains("unknown parameter '" + typo + "'"), e.getMessage());
        assertTrue(String.valueOf(e.getMessage()).contains("(did you mean '" + nearest + "'?)"), e.getMessage());
    }
}
