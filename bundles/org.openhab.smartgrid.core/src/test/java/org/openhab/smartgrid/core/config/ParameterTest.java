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
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A parameter reads a value the way openHAB's configuration (BigDecimal, String, Boolean) and YAML (Integer, Double,
 * String, Boolean) give it, and refuses a wrong one naming itself, its rule and its unit.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ParameterTest {

    @ParameterizedTest(name = "minOnTime from {0}")
    @ValueSource(strings = { "int", "long", "bigdecimal", "double", "text" })
    void aDurationIsReadFromAnyNumberInItsUnit(String kind) {
        Object raw = switch (kind) {
            case "int" -> 5;
            case "long" -> 5L;
            case "bigdecimal" -> new BigDecimal("5");
            case "double" -> 5.0;
            default -> "5";
        };
        assertEquals(Duration.ofMinutes(5), SurplusLoadParameters.MIN_ON_TIME.parse(raw));
    }

    @Test
    void aValueOutsideTheRangeIsRefusedNamingTheParameterTheRangeAndTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.MIN_ON_TIME.parse(1500));
        assertEquals("minOnTime must be between 0 and 1440 min, was 1500", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SurplusLoadParameters.PRIORITY.parse(13));
        assertEquals("priority must be between 1 and 12, was 13", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EnergyManagerParameters.MIN_SOC.parse(120));
        assertEquals("minSoc must be between 0 and 100 %, was 120", e.getMessage(), "bounds written plainly");
    }

    @Test
    void aWholeNumberParameterRefusesAFraction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.MIN_ON_TIME.parse(1.5));
        assertEquals("minOnTime must be a whole number min, was 1.5", e.getMessage());
        assertEquals(Duration.ofMinutes(2), SurplusLoadParameters.MIN_ON_TIME.parse(2.0), "2.0 is whole");
    }

    @ParameterizedTest(name = "{0} is no number")
    @ValueSource(strings = { "five", "", "NaN" })
    void aWordIsNoNumber(String raw) {
        if (raw.isEmpty()) {
            assertEquals(Duration.ZERO, SurplusLoadParameters.MIN_ON_TIME.parse(raw), "empty: the default");
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.MIN_ON_TIME.parse(raw));
        assertTrue(e.getMessage().startsWith("minOnTime must be a number min, was"), e.getMessage());
    }

    @Test
    void anInfiniteNumberIsNoNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadManagerParameters.MAX_POWER.parse(Double.POSITIVE_INFINITY));
        assertEquals("maxPower must be a number W, was Infinity", e.getMessage());
    }

    @Test
    void aRequiredParameterSaysSoAndAnOptionalOneHasItsDefault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.POWER.parse(null));
        assertEquals("power is required", e.getMessage());
        assertTrue(SurplusLoadParameters.POWER.required());
        assertFalse(SurplusLoadParameters.MIN_ON_TIME.required());
        assertEquals("24:00", SurplusLoadParameters.DAILY_DEADLINE.defaultText());
        assertEquals(DailyDeadline.END_OF_DAY, SurplusLoadParameters.DAILY_DEADLINE.parse(null));
    }

    @Test
    void wordsAreReadInAnyCaseAndAWrongOneListsTheWords() {
        assertEquals(LoadManagerMode.PEAK, LoadManagerParameters.MODE.parse("peak"));
        assertEquals(java.util.List.of("OVERLOAD", "PEAK", "BOTH"), LoadManagerParameters.MODE.options());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadManagerParameters.MODE.parse("PEEK"));
        assertEquals("mode must be OVERLOAD, PEAK or BOTH, was 'PEEK'", e.getMessage());
        assertEquals(SgMode.COMFORT, GuardParameters.PV_SURPLUS_MODE.parse("comfort"));
        e = assertThrows(IllegalArgumentException.class, () -> GuardParameters.PV_SURPLUS_MODE.parse("EVU"));
        assertEquals("pvSurplusMode must be BOOST or COMFORT, was 'EVU'", e.getMessage());
    }

    @Test
    void aFlagIsTrueOrFalse() {
        assertTrue(LoadManagerParameters.FOLLOW_MONTH_PEAK.parse("TRUE"));
        assertFalse(LoadManagerParameters.FOLLOW_MONTH_PEAK.parse(Boolean.FALSE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadManagerParameters.FOLLOW_MONTH_PEAK.parse("yes"));
        assertEquals("followMonthPeak must be true or false, was 'yes'", e.getMessage());
    }

    @Test
    void theDeadlineIsReadByTheCoreParser() {
        assertEquals(DailyDeadline.sunset(), SurplusLoadParameters.DAILY_DEADLINE.parse("sunset"));
        assertEquals(DailyDeadline.END_OF_DAY, SurplusLoadParameters.DAILY_DEADLINE.parse("24:00"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.DAILY_DEADLINE.parse("25:00"));
        assertTrue(e.getMessage().startsWith("dailyDeadline must be SUNSET or a local time HH:mm"), e.getMessage());
    }

    @Test
    void aSetRefusesAnUnknownNameAndNamesTheNearestKnownOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurplusLoadParameters.LOAD.read(Map.of("power", 2000, "minOnTme", 30)));
        assertTrue(e.getMessage().startsWith(
                "unknown parameter 'minOnTme' for the energy manager load (did you mean 'minOnTime'?); known: "),
                e.getMessage());
    }

    @Test
    void aSetLeavesTheNamesTheCallerReadsToTheCaller() {
        ParameterValues values = SurplusLoadParameters.LOAD.read(Map.of("power", 2000, "gridItem", "Grid"),
                java.util.Set.of("gridItem"));
        assertEquals(2000.0, values.get(SurplusLoadParameters.POWER));
        assertEquals(2000.0, SurplusLoadParameters.config("heatpump", values).switchOnPower(),
                "switchOnPower -1 (the default): the same as the power");
    }

    @Test
    void aNameFarFromEveryParameterSuggestsNone() {
        assertNull(ParameterSet.nearest("colour", java.util.List.of("priority", "power", "minOnTime")));
        assertEquals("maxPower", ParameterSet.nearest("maxpower", java.util.List.of("maxPower", "power")));
    }

    @Test
    void theCanonicalFormIsWhatOpenhabAndTheSimulatorWrite() {
        ParameterValues values = SurplusLoadParameters.LOAD.read(Map.of("power", new BigDecimal("2000.0"),
                "switchOnPower", 2500.5, "dailyDeadline", " sunset ", "minOnTime", "5"));
        Map<String, Object> canonical = values.canonical();
        assertEquals(java.util.List.of("priority", "switchOnPower", "power", "activationDelay", "minOnTime",
                "minOffTime", "minOnTimePerDay", "dailyDeadline", "stopThreshold", "stopDelay",
                "stopTemperature"),
                java.util.List.copyOf(canonical.keySet()),
                "every parameter, in the set's order");
        assertEquals(2000, canonical.get("power"), "a whole decimal is written as a whole number");
        assertEquals(new BigDecimal("2500.5"), canonical.get("switchOnPower"));
        assertEquals(5, canonical.get("minOnTime"));
        assertEquals(1, canonical.get("priority"), "the default");
        assertEquals("sunset", canonical.get("dailyDeadline"), "a free text is trimmed, not rewritten");
        assertEquals("PEAK", LoadManagerParameters.MODE.canonical("peak"), "an option in its declared spelling");
        assertEquals("COMFORT", GuardParameters.PV_SURPLUS_MODE.canonical("Comfort"));
        assertEquals(Boolean.TRUE, LoadManagerParameters.FOLLOW_MONTH_PEAK.canonical("true"));
        assertEquals(-1, SurplusLoadParameters.SWITCH_ON_POWER.canonical(null));
        assertThrows(IllegalArgumentException.class, () -> SurplusLoadParameters.POWER.canonical(null));
        assertEquals(SurplusLoadParameters.LOAD.read(canonical).canonical(), canonical,
                "the canonical form reads back to itself");
    }

    @Test
    void anOptionalItemLeftOutIsTheEmptyText() {
        ParameterValues values = org.openhab.smartgrid.core.energy.EnergyManagerParameters.WIRING
                .read(Map.of("gridItem", "Grid_Power"));
        assertEquals("", values.get(org.openhab.smartgrid.core.energy.EnergyManagerParameters.BATTERY_ITEM));
        assertEquals("", values.canonical().get("batteryItem"));
        assertEquals("energy", values.canonical().get("manager"));
    }

    @Test
    void aDecimalRangeReadsWithoutTrailingZeros() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.openhab.smartgrid.core.energy.EnergyManagerParameters.MIN_SOC.parse(120));
        assertEquals("minSoc must be between 0 and 100 %, was 120", e.getMessage());
    }

    @Test
    void anItemNameFollowsOpenhabsRuleSoAnUnresolvedTemplateReferenceIsRefused() {
        assertEquals("Grid_Power", LoadManagerParameters.GRID_ITEM.parse(" Grid_Power "));
        assertEquals("", SheddableLoadParameters.SHED_FEEDBACK_ITEM.parse(""), "an optional item may be left out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SheddableLoadParameters.SHED_FEEDBACK_ITEM.parse("{{modeItem}}"));
        assertEquals("shedFeedbackItem must be the name of an item (letters, digits and _, not starting with a "
                + "digit), was '{{modeItem}}'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoadManagerParameters.GRID_ITEM.parse("Grid Power"));
        assertThrows(IllegalArgumentException.class, () -> LoadManagerParameters.GRID_ITEM.parse("1Grid"));
        assertTrue(LoadManagerParameters.GRID_ITEM.isItemName());
        assertTrue(SheddableLoadParameters.SHED_FEEDBACK_ITEM.isItemName());
        assertFalse(LoadManagerParameters.MANAGER_NAME.isItemName(), "a manager's name is no item");
    }

    @ParameterizedTest(name = "dailyDeadline ''{0}'' is refused by the pattern the UI checks, and by the engine")
    @ValueSource(strings = { "7:30", "12:00:30", "sun set" })
    void theDeadlinesPatternHoldsForEveryoneNotOnlyForTheUi(String raw) {
        String pattern = SurplusLoadParameters.DAILY_DEADLINE.pattern();
        assertNotNull(pattern);
        assertFalse(raw.matches(pattern));
        assertThrows(IllegalArgumentException.class, () -> SurplusLoadParameters.DAILY_DEADLINE.parse(raw));
    }

    @ParameterizedTest(name = "dailyDeadline ''{0}'' matches the pattern and is read")
    @ValueSource(strings = { "SUNSET", "Sunset", "sunset", "07:30", "00:00", "23:59", "24:00" })
    void everyDeadlineThePatternAcceptsIsRead(String raw) {
        String pattern = SurplusLoadParameters.DAILY_DEADLINE.pattern();
        assertNotNull(pattern);
        assertTrue(raw.matches(pattern));
        assertNotNull(SurplusLoadParameters.DAILY_DEADLINE.parse(raw));
    }

    @Test
    void suggestionsAreOfferedWithoutLimitingTheTextWhileWordsAreLimited() {
        assertEquals(java.util.List.of("SUNSET", "24:00"), SurplusLoadParameters.DAILY_DEADLINE.options());
        assertFalse(SurplusLoadParameters.DAILY_DEADLINE.limitToOptions(), "12:30 is a deadline too");
        assertEquals("Midnight", SurplusLoadParameters.DAILY_DEADLINE.optionLabel("24:00"));
        assertTrue(LoadManagerParameters.MODE.limitToOptions());
        assertEquals("Overload protection", LoadManagerParameters.MODE.optionLabel("OVERLOAD"));
        assertEquals("BOOST", GuardParameters.PV_SURPLUS_MODE.optionLabel("BOOST"), "without a label: the word");
        assertFalse(SurplusLoadParameters.MIN_ON_TIME.limitToOptions(), "a number has no options");
    }

    @Test
    void aLabelForAWordThatIsNoOptionIsAMistakeOfTheModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameter.word("mode", LoadManagerMode.class, null).optionLabel("PEEK", "Peek").build());
        assertEquals("mode: a label for 'PEEK', which is no option", e.getMessage());
    }

    @Test
    void theLoxoneNameIsKeptForLabelsAndDocs() {
        assertEquals("Prioriteit", SurplusLoadParameters.PRIORITY.loxone());
        assertEquals("MaxP", LoadManagerParameters.MAX_POWER.loxone());
        assertNull(LoadManagerParameters.STALE_AFTER.loxone(), "ours, no Loxone parameter");
    }

    @Test
    void anOptionalItemLeftOutIsReadAndWrittenAsEmptyText() {
        ParameterValues values = SheddableLoadParameters.WIRING.read(Map.of("load", "heatpump"));
        assertEquals("", values.get(SheddableLoadParameters.SHED_FEEDBACK_ITEM));
        assertEquals(Map.of("load", "heatpump", "shedFeedbackItem", "", "loadPowerItem", "", "stateItem", "",
                "reasonItem", "", "nextChangeItem", ""), values.canonical());
        assertEquals("", SheddableLoadParameters.SHED_FEEDBACK_ITEM.canonical(null));
        assertEquals("", SheddableLoadParameters.SHED_FEEDBACK_ITEM.canonical(" "));
    }

    @Test
    void aSetPlusAnotherHasBothInOrderAndRefusesANameInBoth() {
        ParameterSet wiring = new ParameterSet("load manager load",
                List.of(SheddableLoadParameters.LOAD_NAME, SheddableLoadParameters.SHED_FEEDBACK_ITEM));

        assertEquals(List.of("load", "shedFeedbackItem", "stateItem", "reasonItem", "nextChangeItem"), wiring
                .plus(SheddableLoadParameters.STATUS).parameters().stream().map(Parameter::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SheddableLoadParameters.WIRING.plus(SheddableLoadParameters.STATUS));
        assertEquals("load manager load: parameter stateItem is defined twice", e.getMessage());
    }
}
