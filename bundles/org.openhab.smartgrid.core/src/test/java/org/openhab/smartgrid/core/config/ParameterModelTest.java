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
package org.openhab.smartgrid.core.config;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.smartgrid.core.energy.EnergyManagerConfig;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.openhab.smartgrid.core.meter.SignConvention;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The parameter model and the configuration records agree: the defaults make the records' own defaults, and every
 * value a parameter accepts on its own is one the record accepts too, unless a rule between two parameters refuses
 * it (and then the message names that rule).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ParameterModelTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    static Stream<ParameterSet> sets() {
        return Stream.of(SurplusLoadParameters.LOAD, SurplusLoadParameters.WIRING, EnergyManagerParameters.MANAGER,
                EnergyManagerParameters.WIRING, SheddableLoadParameters.LOAD, SheddableLoadParameters.WIRING,
                LoadManagerParameters.MANAGER, LoadManagerParameters.WIRING, GuardParameters.GUARDS);
    }

    @Test
    void aTriggerTakesEachNameOnce() {
        // openHAB's triggers take a load's and its manager's parameters and wiring in one configuration
        assertDisjoint(SurplusLoadParameters.LOAD, SurplusLoadParameters.WIRING, EnergyManagerParameters.MANAGER,
                EnergyManagerParameters.WIRING);
        assertDisjoint(SheddableLoadParameters.LOAD, SheddableLoadParameters.WIRING, LoadManagerParameters.MANAGER,
                LoadManagerParameters.WIRING);
    }

    private static void assertDisjoint(ParameterSet... sets) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParameterSet set : sets) {
            for (Parameter<?> parameter : set.parameters()) {
                assertTrue(seen.add(parameter.name()), parameter.name() + " is in two sets of one trigger");
            }
        }
    }

    @ParameterizedTest(name = "{0}: every default is valid for its own parameter")
    @MethodSource("sets")
    void everyDefaultIsValid(ParameterSet set) {
        for (Parameter<?> parameter : set.parameters()) {
            if (!parameter.required()) {
                assertNotNull(parameter.parse(null), parameter.name());
            }
            assertFalse(parameter.label().isBlank(), parameter.name() + " has a label");
            assertFalse(parameter.description().isBlank(), parameter.name() + " has a description");
        }
    }

    @ParameterizedTest(name = "{0}: read with only the required names given, and its canonical form reads back")
    @MethodSource("sets")
    void everySetReadsItsDefaults(ParameterSet set) {
        Map<String, Object> required = new HashMap<>();
        for (Parameter<?> parameter : set.parameters()) {
            if (parameter.required()) {
                required.put(parameter.name(), switch (parameter.type()) {
                    case TEXT -> "Grid_Power";
                    case BOOLEAN -> true;
                    case INTEGER, DECIMAL -> 1000;
                });
            }
        }
        ParameterValues values = set.read(required);
        assertEquals(values.canonical(), set.read(values.canonical()).canonical());
    }

    @Test
    void theDefaultsAreTheRecordsDefaults() {
        assertEquals(GuardConfig.DEFAULTS, GuardParameters.config(GuardParameters.GUARDS.read(Map.of())));
        assertEquals(SurplusLoadConfig.builder("boost", 2000).build(), SurplusLoadParameters.config("boost",
                SurplusLoadParameters.LOAD.read(Map.of("power", 2000))));
        assertEquals(EnergyManagerConfig.defaults(ZONE), EnergyManagerParameters.config(
                EnergyManagerParameters.MANAGER.read(Map.of()), SignConvention.IMPORT_POSITIVE,
                SignConvention.IMPORT_POSITIVE, ZONE, null));
        SheddableLoadConfig shed = SheddableLoadParameters.config("heatpump",
                SheddableLoadParameters.LOAD.read(Map.of("power", 2000)), false);
        assertEquals(SheddableLoadConfig.of("heatpump", 1, 2000), shed);
        assertEquals(LoadManagerConfig.of(5000, ZONE, List.of(shed)), LoadManagerParameters.config(
                LoadManagerParameters.MANAGER.read(Map.of("maxPower", 5000)), SignConvention.IMPORT_POSITIVE, ZONE,
                List.of(shed)));
    }

    @Test
    void whatTheParametersAcceptTheRecordsAcceptExceptForTheirCrossFieldRules() {
        PropertyCheck.forAll("values in every parameter's range build the record or break a cross-field rule", 2000,
                random -> {
                    check(random, GuardParameters.GUARDS, v -> GuardParameters.config(v), List.of(
                            "minLockMinutes must be between", "maxLockMinutesPerDay must be between",
                            "minModeDwellSeconds must be between"));
                    check(random, SurplusLoadParameters.LOAD, v -> SurplusLoadParameters.config("load", v), List.of());
                    check(random, EnergyManagerParameters.MANAGER, v -> EnergyManagerParameters.config(v,
                            SignConvention.IMPORT_POSITIVE, SignConvention.IMPORT_POSITIVE, ZONE, null), List.of());
                    check(random, SheddableLoadParameters.LOAD, v -> SheddableLoadParameters.config("load", v, false),
                            List.of("load 'load': maxShedTime must be", "load 'load': maxShedTimePerDay must be"));
                    check(random, LoadManagerParameters.MANAGER,
                            v -> LoadManagerParameters.config(v, SignConvention.IMPORT_POSITIVE, ZONE, List.of()),
                            List.of());
                });
    }

    private static void check(SplittableRandom random, ParameterSet set,
            java.util.function.Function<ParameterValues, ?> build, List<String> crossFieldRules) {
        Map<String, Object> raw = new HashMap<>();
        for (Parameter<?> parameter : set.parameters()) {
            Object value = sample(random, parameter);
            if (value != null) {
                raw.put(parameter.name(), value);
            }
        }
        ParameterValues values = set.read(raw);
        try {
            build.apply(values);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            assertTrue(crossFieldRules.stream().anyMatch(message::startsWith),
                    set.subject() + ": values each parameter accepts were refused by a rule that is no cross-field "
                            + "rule: " + message + " for " + raw);
        }
    }

    /** @return a value within the parameter's own rules, null for the default */
    private static @Nullable Object sample(SplittableRandom random, Parameter<?> parameter) {
        if (!parameter.required() && random.nextInt(3) == 0) {
            return null;
        }
        if (!parameter.options().isEmpty()) {
            return parameter.options().get(random.nextInt(parameter.options().size()));
        }
        return switch (parameter.type()) {
            case BOOLEAN -> random.nextBoolean();
            case TEXT -> parameter.defaultText();
            case INTEGER, DECIMAL -> {
                BigDecimal min = parameter.min();
                BigDecimal max = parameter.max();
                long low = min == null ? -100_000 : min.longValue();
                long high = max == null ? low + 100_000 : max.longValue();
                yield random.nextLong(low, high + 1);
            }
        };
    }
}
