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
package org.openhab.automation.energymanager.internal.type;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ParameterOption;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.osgi.framework.Bundle;

/**
 * The module types the rule editor shows: every type, its parameters as the core's model describes them (with item
 * pickers for the items), every text in English, Dutch and German, and the trigger outputs.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class EnergyManagerModuleTypeProviderTest {

    private final EnergyManagerModuleTypeProvider provider = new EnergyManagerModuleTypeProvider(
            translationsFromTheBundlesFiles(), (Bundle) null);

    /** A translation provider that answers from the add-on's own i18n files, like openHAB's does. */
    static TranslationProvider translationsFromTheBundlesFiles() {
        TranslationProvider i18n = mock(TranslationProvider.class);
        when(i18n.getText(any(), anyString(), any(), any(Locale.class))).thenAnswer(invocation -> {
            Locale locale = invocation.getArgument(3);
            String suffix = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "" : "_" + locale.getLanguage();
            Properties properties = load("energymanager" + suffix + ".properties");
            String value = properties.getProperty(invocation.getArgument(1));
            return value != null ? value : invocation.getArgument(2);
        });
        return i18n;
    }

    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = EnergyManagerModuleTypeProviderTest.class.getResourceAsStream("/OH-INF/i18n/" + name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void theEnglishFileHoldsExactlyTheTextsOfTheCode() {
        Properties english = load("energymanager.properties");
        for (ModuleType type : provider.getAll()) {
            String prefix = "module-type." + type.getUID() + ".";
            assertEquals(type.getLabel(), english.getProperty(prefix + "label"), prefix + "label");
            assertEquals(type.getDescription(), english.getProperty(prefix + "description"), prefix + "description");
            for (ConfigDescriptionParameter p : type.getConfigurationDescriptions()) {
                String key = prefix + "config." + p.getName() + ".";
                assertEquals(p.getLabel(), english.getProperty(key + "label"), key + "label");
                assertEquals(p.getDescription(), english.getProperty(key + "description"), key + "description");
                for (ParameterOption option : p.getOptions()) {
                    assertEquals(option.getLabel(), english.getProperty(key + "option." + option.getValue()),
                            key + "option." + option.getValue());
                }
            }
            if (type instanceof TriggerType trigger) {
                for (Output output : trigger.getOutputs()) {
                    String key = prefix + "output." + output.getName() + ".";
                    assertEquals(output.getLabel(), english.getProperty(key + "label"), key + "label");
                    assertEquals(output.getDescription(), english.getProperty(key + "description"),
                            key + "description");
                }
            }
        }
    }

    @ParameterizedTest(name = "energymanager{0}.properties labels and describes every parameter and word")
    @ValueSource(strings = { "", "_nl", "_de" })
    void everyParameterHasALabelAndADescriptionInEveryLanguage(String suffix) {
        Properties file = load("energymanager" + suffix + ".properties");
        List<String> missing = new java.util.ArrayList<>();
        for (ModuleType type : provider.getAll()) {
            String prefix = "module-type." + type.getUID() + ".";
            for (ConfigDescriptionParameter p : type.getConfigurationDescriptions()) {
                String key = prefix + "config." + p.getName() + ".";
                List<String> keys = new java.util.ArrayList<>(List.of(key + "label", key + "description"));
                p.getOptions().forEach(option -> keys.add(key + "option." + option.getValue()));
                keys.stream().filter(k -> file.getProperty(k, "").isBlank()).forEach(missing::add);
            }
        }
        assertEquals(List.of(), missing, "keys without a text in energymanager" + suffix + ".properties");
    }

    @Test
    void labelsDescriptionsAndWordsAreTranslatedAndEverythingElseIsKept() {
        TriggerType dutch = provider.getModuleType(PEAK_LOAD_TRIGGER, Locale.forLanguageTag("nl"));
        TriggerType english = provider.getModuleType(PEAK_LOAD_TRIGGER, null);
        assertNotNull(dutch);
        assertNotNull(english);

        assertEquals("een verbruiker moet afgeschakeld worden om de netafname te beperken", dutch.getLabel());
        ConfigDescriptionParameter grid = parameter(dutch, "gridItem");
        assertEquals("Item netvermogen (Gpwr)", grid.getLabel());
        assertEquals("item", grid.getContext(), "the translated parameter is still an item picker");
        assertEquals("Wachttijd terugmelding", parameter(dutch, "feedbackTimeout").getLabel());
        assertEquals(List.of("Overbelastingsbeveiliging", "Piekbelastingsmanager",
                "Piekbelastingsmanager en overbelastingsbeveiliging"),
                parameter(dutch, "mode").getOptions().stream().map(ParameterOption::getLabel).toList());
        assertEquals(outputs(english, Output::getName), outputs(dutch, Output::getName));
        assertEquals(outputs(english, Output::getType), outputs(dutch, Output::getType),
                "the connection types are openHAB's, never translated");
        assertEquals(List.of("Commando", "Reden", "Volgende wijziging", "Toelichting"),
                outputs(dutch, Output::getLabel));
        assertEquals("ON: schakel de verbruiker af, anders OFF", dutch.getOutputs().get(0).getDescription());
        for (ConfigDescriptionParameter translated : dutch.getConfigurationDescriptions()) {
            ConfigDescriptionParameter original = parameter(english, translated.getName());
            assertEquals(allButTexts(original), allButTexts(translated),
                    translated.getName() + ": only label, description and option labels are translated");
        }
        assertEquals(english.getConfigurationDescriptions().size(), dutch.getConfigurationDescriptions().size());
    }

    private static List<@Nullable String> outputs(TriggerType type,
            java.util.function.Function<Output, @Nullable String> part) {
        return type.getOutputs().stream().map(part).toList();
    }

    /** @return what a translation must keep of a parameter */
    private static List<@Nullable Object> allButTexts(ConfigDescriptionParameter p) {
        return java.util.Arrays.asList(p.getName(), p.getType(), p.getDefault(), p.getUnit(), p.getUnitLabel(),
                p.getMinimum(), p.getMaximum(), p.isRequired(), p.isAdvanced(), p.getContext(), p.getPattern(),
                p.getLimitToOptions(), p.getOptions().stream().map(ParameterOption::getValue).toList());
    }

    @Test
    void everyModuleTypeOfTheAddOnIsProvided() {
        Set<String> uids = provider.getAll().stream().map(ModuleType::getUID).collect(Collectors.toSet());

        assertEquals(Set.of(SURPLUS_LOAD_TRIGGER, PEAK_LOAD_TRIGGER, FORCE_LOAD_ACTION, RELEASE_LOAD_ACTION,
                LOCK_MANAGER_ACTION, SURPLUS_AVAILABLE_CONDITION), uids);
        assertNotNull(provider.getModuleType(SURPLUS_LOAD_TRIGGER, Locale.GERMAN));
        assertNull(provider.getModuleType("energymanager.Unknown", null));
        provider.getAll().forEach(type -> assertNotNull(type.getLabel(), type.getUID() + " has a label"));
    }

    @ParameterizedTest(name = "{0} has item pickers for its meters and the four outputs")
    @ValueSource(strings = { SURPLUS_LOAD_TRIGGER, PEAK_LOAD_TRIGGER })
    void triggersHaveItemPickersAndOutputs(String uid) {
        TriggerType type = provider.getModuleType(uid, null);
        assertNotNull(type);
        Map<String, ConfigDescriptionParameter> parameters = type.getConfigurationDescriptions().stream()
                .collect(Collectors.toMap(ConfigDescriptionParameter::getName, p -> p));

        parameters.values().stream().filter(p -> p.getName().endsWith("Item"))
                .forEach(p -> assertEquals("item", p.getContext(), p.getName() + " is an item picker"));
        // the meter is the grid item or the import and export items: a rule between fields (ConfigErrorTest)
        assertFalse(parameters.get("gridItem").isRequired(), "the grid item may give way to import and export");
        assertFalse(parameters.get("importItem").isRequired());
        assertEquals(List.of("command", "reason", "nextChange", "detail"),
                type.getOutputs().stream().map(Output::getName).toList());
    }

    /**
     * openHAB refuses a rule whose connection types differ (its ConnectionValidator compares the type names when
     * they are no loadable classes): the inputs of {@code core.ItemCommandAction} and
     * {@code core.ItemStateUpdateAction} are typed {@code command} and {@code state} in openHAB 4.3 and 5.x.
     */
    @ParameterizedTest(name = "{0}: outputs typed as openHAB's item actions take them")
    @ValueSource(strings = { SURPLUS_LOAD_TRIGGER, PEAK_LOAD_TRIGGER })
    void outputsAreTypedAsOpenhabsItemActionsTakeThem(String uid) {
        TriggerType type = provider.getModuleType(uid, null);
        assertNotNull(type);
        assertEquals(Map.of("command", "command", "reason", "state", "nextChange", "state", "detail", "state"),
                type.getOutputs().stream().collect(Collectors.toMap(Output::getName, Output::getType)));
    }

    /**
     * The triggers take the core's model as it is: the manager's wiring, the load's wiring, the load's and the
     * manager's parameters, with the two names first; the status items, what the trigger gives back rather than what
     * it takes, last (the load's, then the manager's).
     */
    @Test
    void theTriggersParametersAreTheCoresModelInReadingOrder() {
        assertEquals(statusLast(names(List.of(EnergyManagerParameters.MANAGER_NAME, SurplusLoadParameters.LOAD_NAME),
                EnergyManagerParameters.WIRING, SurplusLoadParameters.WIRING, SurplusLoadParameters.LOAD,
                EnergyManagerParameters.MANAGER), SurplusLoadParameters.STATUS, EnergyManagerParameters.STATUS),
                namesOf(SURPLUS_LOAD_TRIGGER));
        assertEquals(statusLast(names(List.of(LoadManagerParameters.MANAGER_NAME, SheddableLoadParameters.LOAD_NAME),
                LoadManagerParameters.WIRING, SheddableLoadParameters.WIRING, SheddableLoadParameters.LOAD,
                LoadManagerParameters.MANAGER), SheddableLoadParameters.STATUS, LoadManagerParameters.STATUS),
                namesOf(PEAK_LOAD_TRIGGER));
        assertTrue(namesOf(SURPLUS_LOAD_TRIGGER).containsAll(List.of("staleAfter", "settleTime", "surplusItem")));
        assertTrue(namesOf(PEAK_LOAD_TRIGGER).containsAll(List.of("monthPeakFloor", "staleAfter", "feedbackTimeout",
                "shedFeedbackItem", "allowedPowerItem", "meterAgeItem")));
    }

    private static List<String> statusLast(List<String> names, ParameterSet... status) {
        List<String> ordered = new java.util.ArrayList<>(names);
        List<String> last = names(List.of(), status);
        ordered.removeAll(last);
        ordered.addAll(last);
        return ordered;
    }

    @ParameterizedTest(name = "{0}: every parameter as the model says")
    @ValueSource(strings = { SURPLUS_LOAD_TRIGGER, PEAK_LOAD_TRIGGER, FORCE_LOAD_ACTION, RELEASE_LOAD_ACTION,
            LOCK_MANAGER_ACTION, SURPLUS_AVAILABLE_CONDITION })
    void everyParameterIsDescribedAsTheModelSays(String uid) {
        ModuleType type = provider.getModuleType(uid, null);
        assertNotNull(type);
        ParameterSet set = ModuleParameters.BY_MODULE_TYPE.get(uid);
        assertNotNull(set);
        assertEquals(set.parameters().stream().map(Parameter::name).toList(), namesOf(uid));
        for (ConfigDescriptionParameter description : type.getConfigurationDescriptions()) {
            Parameter<?> model = set.get(description.getName());
            assertNotNull(model);
            String name = description.getName();
            assertEquals(model.type().name(), description.getType().name(), name + " type");
            assertEquals(model.required(), description.isRequired(), name + " required");
            assertEquals(model.advanced(), description.isAdvanced(), name + " advanced");
            String defaultText = model.defaultText();
            assertEquals(defaultText == null || defaultText.isEmpty() ? null : defaultText, description.getDefault(),
                    name + " default (an optional item has none)");
            assertEquals(model.min(), description.getMinimum(), name + " minimum");
            assertEquals(model.max(), description.getMaximum(), name + " maximum");
            String unit = model.unit();
            assertEquals(unit == null ? null : ConfigDescriptions.openhabUnit(unit), description.getUnit(),
                    name + " unit");
            assertEquals(model.unit(), description.getUnitLabel(), name + " unit label");
            assertEquals(model.isItemName() ? "item" : null, description.getContext(), name + " item picker");
            assertEquals(model.pattern(), description.getPattern(), name + " pattern");
            assertEquals(model.options(), description.getOptions().stream().map(ParameterOption::getValue).toList(),
                    name + " words");
            if (!model.options().isEmpty()) {
                assertEquals(model.limitToOptions(), description.getLimitToOptions(), name + " limited to its words");
            }
            String loxone = model.loxone();
            assertEquals(loxone == null ? model.label() : model.label() + " (Loxone: " + loxone + ")",
                    description.getLabel(), name + " label with the Loxone name");
            assertEquals(model.description(), description.getDescription(), name + " description");
        }
    }

    @Test
    void theMetersAndTheShedFeedbackAreItemPickersAndTheDeadlineKeepsItsPattern() {
        TriggerType peak = provider.getModuleType(PEAK_LOAD_TRIGGER, null);
        assertNotNull(peak);
        assertEquals("item", parameter(peak, "shedFeedbackItem").getContext());
        assertFalse(parameter(peak, "shedFeedbackItem").isRequired());
        assertNull(parameter(peak, "shedFeedbackItem").getDefault(), "no feedback item unless one is picked");
        assertEquals("10", parameter(peak, "minShedTime").getDefault(), "a shed holds 10 min by default");
        assertEquals("10", parameter(peak, "minReleaseTime").getDefault(), "re-arm after 10 min by default");
        TriggerType surplus = provider.getModuleType(SURPLUS_LOAD_TRIGGER, null);
        assertNotNull(surplus);
        ConfigDescriptionParameter deadline = parameter(surplus, "dailyDeadline");
        assertFalse(deadline.getLimitToOptions(), "SUNSET and midnight are suggestions; 21:30 is a deadline too");
        assertNotNull(deadline.getPattern());
        assertEquals("60", parameter(surplus, "staleAfter").getDefault());
        assertEquals("s", parameter(surplus, "staleAfter").getUnitLabel());
    }

    private List<String> namesOf(String uid) {
        ModuleType type = provider.getModuleType(uid, null);
        assertNotNull(type);
        return type.getConfigurationDescriptions().stream().map(ConfigDescriptionParameter::getName).toList();
    }

    private static List<String> names(List<Parameter<?>> first, ParameterSet... sets) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        first.forEach(p -> names.add(p.name()));
        for (ParameterSet set : sets) {
            set.parameters().forEach(p -> names.add(p.name()));
        }
        return List.copyOf(names);
    }

    private static ConfigDescriptionParameter parameter(ModuleType type, String name) {
        return type.getConfigurationDescriptions().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getUID() + " has no parameter " + name));
    }
}
