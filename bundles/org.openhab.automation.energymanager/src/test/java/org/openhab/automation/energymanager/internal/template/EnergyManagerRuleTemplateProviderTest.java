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
package org.openhab.automation.energymanager.internal.template;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.manager.PeakLoadSpec;
import org.openhab.automation.energymanager.internal.manager.SurplusLoadSpec;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.template.RuleTemplate;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.testkit.Translations;
import org.osgi.framework.Bundle;

/**
 * The two rule templates carry the seed's parameters, ask for the items, forward the trigger's command, and show
 * their texts in English, Dutch and German.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class EnergyManagerRuleTemplateProviderTest {

    private final EnergyManagerRuleTemplateProvider provider = new EnergyManagerRuleTemplateProvider(
            translationsFromTheBundlesFiles(), (Bundle) null);

    /** A translation provider that answers from the add-on's own i18n files, like openHAB's does. */
    private static TranslationProvider translationsFromTheBundlesFiles() {
        TranslationProvider i18n = mock(TranslationProvider.class);
        when(i18n.getText(any(), anyString(), any(), any(Locale.class))).thenAnswer(invocation -> {
            Locale locale = invocation.getArgument(3);
            String suffix = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "" : "_" + locale.getLanguage();
            String value = load("energymanager" + suffix + ".properties").getProperty(invocation.getArgument(1));
            return value != null ? value : invocation.getArgument(2);
        });
        return i18n;
    }

    private static Properties load(String file) {
        return Translations.load(EnergyManagerRuleTemplateProviderTest.class, file);
    }

    /** The template's trigger configuration with the parameters filled in as openHAB would. */
    private static Configuration resolved(Trigger trigger, Map<String, Object> values) {
        Map<String, Object> result = new HashMap<>();
        trigger.getConfiguration().getProperties().forEach((key, value) -> {
            String text = value.toString();
            result.put(key, text.startsWith("{{") ? values.get(text.substring(2, text.length() - 2)) : value);
        });
        return new Configuration(result);
    }

    @Test
    void thePvBoostTemplateIsTheSeedsEnergyManagerQ1() {
        RuleTemplate template = provider.getTemplate(EnergyManagerRuleTemplateProvider.PV_BOOST_TEMPLATE, null);
        assertNotNull(template);
        Trigger trigger = template.getTriggers().get(0);
        assertEquals(SURPLUS_LOAD_TRIGGER, trigger.getTypeUID());

        SurplusLoadSpec spec = SurplusLoadSpec.from(ModuleParameters.SURPLUS_LOAD
                .read(resolved(trigger, Map.of("manager", "Q", "gridItem", "Grid")).getProperties()));

        SurplusLoadConfig seed = SurplusLoadConfig.builder("heatpump", 2000).switchOnPower(3000)
                .minOnTime(java.time.Duration.ofMinutes(5)).minOffTime(java.time.Duration.ofMinutes(10))
                .dailyDeadline(DailyDeadline.sunset()).build();
        assertEquals(seed, spec.load(), "activation 0 s, min on 5, min off 10, per day 0, sunset, 3 kW, 2 kW");
        assertForwardsTheCommandTo("boostItem", template);
    }

    @Test
    void theCapacityGuardTemplateIsTheSeedsLoadManagerAtFiveKilowatts() {
        RuleTemplate template = provider.getTemplate(EnergyManagerRuleTemplateProvider.CAPACITY_GUARD_TEMPLATE, null);
        assertNotNull(template);
        Trigger trigger = template.getTriggers().get(0);
        assertEquals(PEAK_LOAD_TRIGGER, trigger.getTypeUID());
        String maxPower = defaultOf(template, "maxPower");
        assertEquals("5000", maxPower);

        PeakLoadSpec spec = PeakLoadSpec.from(ModuleParameters.PEAK_LOAD.read(resolved(trigger,
                Map.of("manager", "grid", "gridItem", "Grid", "maxPower", new java.math.BigDecimal(maxPower),
                        "modeItem", "HeatPump_Mode", "priority", defaultOf(template, "priority")))
                .getProperties()));

        assertEquals(LoadManagerMode.PEAK, spec.settings().get(LoadManagerParameters.MODE));
        assertEquals(5000, spec.settings().get(LoadManagerParameters.MAX_POWER));
        assertEquals(java.time.Duration.ofMinutes(10), spec.load().minShedTime());
        assertEquals(1, spec.load().priority(), "by default the heat pump is shed last");
        assertEquals("HeatPump_Mode", spec.shedFeedbackItem(), "the mode item is the heat pump's shed feedback");
        assertTrue(spec.load().shedFeedback());
        assertForwardsTheCommandTo("shedItem", template);
    }

    /**
     * openHAB fills a template parameter the user leaves out with its default before it resolves the references:
     * the empty default makes {@code {{modeItem}}} empty text, so the heat pump's sheds count at once.
     */
    @Test
    void theCapacityGuardWithoutAModeItemHasNoShedFeedback() {
        RuleTemplate template = provider.getTemplate(EnergyManagerRuleTemplateProvider.CAPACITY_GUARD_TEMPLATE, null);
        assertNotNull(template);
        ConfigDescriptionParameter modeItem = template.getConfigurationDescriptions().stream()
                .filter(p -> p.getName().equals(EnergyManagerRuleTemplateProvider.MODE_ITEM)).findFirst()
                .orElseThrow();
        assertEquals("", modeItem.getDefault());
        assertFalse(modeItem.isRequired());
        assertEquals("item", modeItem.getContext());

        PeakLoadSpec spec = PeakLoadSpec.from(ModuleParameters.PEAK_LOAD.read(resolved(template.getTriggers().get(0),
                Map.of("manager", "grid", "gridItem", "Grid", "maxPower", 5000, "modeItem", "", "priority", 1))
                .getProperties()));

        assertNull(spec.shedFeedbackItem());
        assertFalse(spec.load().shedFeedback(), "without the mode item a shed counts at once");
    }

    private static void assertForwardsTheCommandTo(String itemParameter, RuleTemplate template) {
        Action action = template.getActions().get(0);
        assertEquals("core.ItemCommandAction", action.getTypeUID());
        assertEquals("{{" + itemParameter + "}}", action.getConfiguration().get("itemName"));
        assertEquals(Map.of("command", "1.command"), action.getInputs(), "the trigger's command output is sent");
        assertEquals("item", template.getConfigurationDescriptions().stream()
                .filter(p -> p.getName().equals(itemParameter)).findFirst().orElseThrow().getContext());
    }

    private static String defaultOf(RuleTemplate template, String parameter) {
        return String.valueOf(template.getConfigurationDescriptions().stream()
                .filter(p -> p.getName().equals(parameter)).findFirst().orElseThrow().getDefault());
    }

    @Test
    void theEnglishFileHoldsExactlyTheTextsOfTheCode() {
        Properties english = load("energymanager.properties");
        for (RuleTemplate template : provider.getAll()) {
            for (Map.Entry<String, @Nullable String> text : texts(template).entrySet()) {
                assertEquals(text.getValue(), english.getProperty(text.getKey()), text.getKey());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "nl", "de" })
    void everyTextOfBothTemplatesIsTranslated(String language) {
        for (RuleTemplate english : provider.getAll()) {
            RuleTemplate translated = provider.getTemplate(english.getUID(), Locale.forLanguageTag(language));
            assertNotNull(translated);
            Map<String, @Nullable String> englishTexts = texts(english);
            texts(translated).forEach((key, text) -> assertNotEquals(englishTexts.get(key), text, key));
            assertEquals(english.getTriggers(), translated.getTriggers(), "only the texts are translated");
            assertEquals(english.getConfigurationDescriptions().stream().map(ConfigDescriptionParameter::getDefault)
                    .toList(), translated.getConfigurationDescriptions().stream()
                            .map(ConfigDescriptionParameter::getDefault).toList());
        }
    }

    /** @return the template's texts by their translation keys */
    private static Map<String, @Nullable String> texts(RuleTemplate template) {
        Map<String, @Nullable String> texts = new LinkedHashMap<>();
        String prefix = "rule-template." + template.getUID() + ".";
        texts.put(prefix + "label", template.getLabel());
        texts.put(prefix + "description", template.getDescription());
        for (ConfigDescriptionParameter parameter : template.getConfigurationDescriptions()) {
            String key = prefix + "config." + parameter.getName() + ".";
            texts.put(key + "label", parameter.getLabel());
            texts.put(key + "description", parameter.getDescription());
        }
        return texts;
    }
}
