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
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationTest {

    enum Mode {
        AUTO,
        MANUAL
    }

    static class Base {
        int inherited = 1;
    }

    /** A configuration class as bindings write them: public fields with defaults. */
    static class HeatPumpConfig extends Base {
        public int minLockMinutes = 10;
        public long holdSeconds = 600;
        public double maxPowerWatts = 5000.0;
        public float factor = 1.0f;
        public @Nullable Integer optionalCount;
        public @Nullable Long optionalLong;
        public @Nullable Double optionalDouble;
        public BigDecimal limit = BigDecimal.ONE;
        public String relayItem = "";
        public boolean enabled = true;
        public @Nullable Boolean optionalFlag;
        public Mode mode = Mode.AUTO;
        public List<String> items = List.of();
        public List<Integer> priorities = List.of();
        public Set<String> tags = Set.of();
        private String privateField = "default";
        public final String finalField = "untouched";
        public static String staticField = "untouched";

        String privateField() {
            return privateField;
        }
    }

    @Test
    void numbersAreNormalizedToBigDecimalKeepingTheirDecimalText() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("int", 10);
        raw.put("long", 600L);
        raw.put("double", 0.1);
        raw.put("float", 2.5f);
        raw.put("text", "x");
        raw.put("flag", true);
        raw.put("list", List.of(1, 2));
        Configuration configuration = new Configuration(raw);
        assertEquals(new BigDecimal("10"), configuration.get("int"));
        assertEquals(new BigDecimal("600"), configuration.get("long"));
        assertEquals(new BigDecimal("0.1"), configuration.get("double"), "0.1d must stay 0.1, not its binary value");
        assertEquals(new BigDecimal("2.5"), configuration.get("float"));
        assertEquals("x", configuration.get("text"));
        assertEquals(Boolean.TRUE, configuration.get("flag"));
        assertEquals(List.of(BigDecimal.ONE, new BigDecimal(2)), configuration.get("list"));
        configuration.put("later", 7);
        assertEquals(new BigDecimal(7), configuration.get("later"), "put normalizes too");
    }

    @Test
    void aValueOfAnUnsupportedTypeIsRejected() {
        Configuration configuration = new Configuration();
        assertThrows(IllegalArgumentException.class, () -> configuration.put("when", new Object()));
    }

    @Test
    void absentKeysAnswerNullAndCopiesAreIndependent() {
        Configuration original = new Configuration(Map.of("a", 1));
        Configuration copy = new Configuration(original);
        copy.put("a", 2);
        assertNull(original.get("missing"));
        assertFalse(original.containsKey("missing"));
        assertEquals(BigDecimal.ONE, original.get("a"), "changing a copy leaves the original");
        assertEquals(Set.of("a"), copy.keySet());
        assertEquals(new Configuration(Map.of("a", 2)), copy, "equal parameters, equal configurations");
        assertEquals(new BigDecimal(2), copy.remove("a"));
        assertTrue(copy.getProperties().isEmpty());
    }

    @Test
    void getConfigAsConvertsEveryParameterToItsFieldType() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("minLockMinutes", 15);
        raw.put("holdSeconds", new BigDecimal("900"));
        raw.put("maxPowerWatts", 4200);
        raw.put("factor", 0.5);
        raw.put("optionalCount", 3);
        raw.put("optionalLong", 4);
        raw.put("optionalDouble", 1.25);
        raw.put("limit", 7.5);
        raw.put("relayItem", "Relay_SG1");
        raw.put("enabled", false);
        raw.put("optionalFlag", "true");
        raw.put("mode", "MANUAL");
        raw.put("items", List.of("A", "B"));
        raw.put("priorities", List.of(3, 1));
        raw.put("tags", List.of("x", "y", "x"));
        raw.put("privateField", "set");
        raw.put("finalField", "changed");
        raw.put("staticField", "changed");
        raw.put("inherited", 2);
        HeatPumpConfig config = new Configuration(raw).as(HeatPumpConfig.class);
        assertEquals(15, config.minLockMinutes);
        assertEquals(900L, config.holdSeconds);
        assertEquals(4200.0, config.maxPowerWatts);
        assertEquals(0.5f, config.factor);
        assertEquals(3, config.optionalCount);
        assertEquals(4L, config.optionalLong);
        assertEquals(1.25, config.optionalDouble);
        assertEquals(new BigDecimal("7.5"), config.limit);
        assertEquals("Relay_SG1", config.relayItem);
        assertFalse(config.enabled);
        assertEquals(Boolean.TRUE, config.optionalFlag, "the text \"true\" becomes a Boolean");
        assertEquals(Mode.MANUAL, config.mode, "an enum field takes the constant of that name");
        assertEquals(List.of("A", "B"), config.items);
        assertEquals(List.of(3, 1), config.priorities, "list elements take the element type");
        assertEquals(Set.of("x", "y"), config.tags);
        assertEquals("set", config.privateField(), "private fields are filled too");
        assertEquals(2, config.inherited, "fields of superclasses are filled too");
        assertEquals("untouched", config.finalField, "final fields are left alone");
        assertEquals("untouched", HeatPumpConfig.staticField, "static fields are left alone");
    }

    @Test
    void fieldsKeepTheirDefaultsWhenTheKeyIsAbsent() {
        HeatPumpConfig config = new Configuration().as(HeatPumpConfig.class);
        assertEquals(10, config.minLockMinutes);
        assertEquals(600L, config.holdSeconds);
        assertEquals(5000.0, config.maxPowerWatts);
        assertEquals("", config.relayItem);
        assertTrue(config.enabled);
        assertNull(config.optionalCount, "an absent optional parameter stays null");
        assertEquals(Mode.AUTO, config.mode);
        assertEquals(1, config.inherited);
    }

    @Test
    void aValueThatCannotBeConvertedLeavesTheDefault() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("minLockMinutes", "ten");
        raw.put("mode", "TURBO");
        raw.put("enabled", "maybe");
        HeatPumpConfig config = new Configuration(raw).as(HeatPumpConfig.class);
        assertEquals(10, config.minLockMinutes);
        assertEquals(Mode.AUTO, config.mode);
        assertTrue(config.enabled);
    }

    @Test
    void numbersAndTextsConvertBothWays() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("minLockMinutes", "12");
        raw.put("relayItem", 42);
        HeatPumpConfig config = new Configuration(raw).as(HeatPumpConfig.class);
        assertEquals(12, config.minLockMinutes, "a numeric text fills an int field");
        assertEquals("42", config.relayItem, "a number fills a String field with its plain text");
    }
}
