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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.automation.energymanager.internal.config.PeakLoadTriggerConfig;
import org.openhab.automation.energymanager.internal.config.SurplusLoadTriggerConfig;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The module types the rule editor shows: every type, item pickers for the meters, defaults that match the typed
 * configuration classes, and the trigger outputs.
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
                assertEquals(p.getLabel(), english.getProperty(prefix + "config." + p.getName() + ".label"),
                        prefix + "config." + p.getName() + ".label");
            }
        }
    }

    @Test
    void labelsAreTranslatedAndEverythingElseIsKept() {
        TriggerType dutch = provider.getModuleType(SURPLUS_LOAD_TRIGGER, Locale.forLanguageTag("nl"));
        TriggerType english = provider.getModuleType(SURPLUS_LOAD_TRIGGER, null);
        assertNotNull(dutch);
        assertNotNull(english);

        assertEquals("een verbruiker moet draaien op PV-overschot", dutch.getLabel());
        ConfigDescriptionParameter grid = dutch.getConfigurationDescriptions().stream()
                .filter(p -> p.getName().equals("gridItem")).findFirst().orElseThrow();
        assertEquals("Item netvermogen", grid.getLabel());
        assertEquals("item", grid.getContext(), "the translated parameter is still an item picker");
        assertEquals(english.getOutputs(), dutch.getOutputs());
        assertEquals(english.getConfigurationDescriptions().size(), dutch.getConfigurationDescriptions().size());
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
        assertTrue(parameters.get("gridItem").isRequired(), "the grid item is required");
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

    @Test
    void theSurplusLoadParametersAreTheConfigClassFieldsWithTheSameDefaults() {
        TriggerType type = provider.getModuleType(SURPLUS_LOAD_TRIGGER, null);
        assertNotNull(type);
        SurplusLoadTriggerConfig empty = new Configuration().as(SurplusLoadTriggerConfig.class);
        Map<String, Object> defaults = new java.util.HashMap<>();
        type.getConfigurationDescriptions().forEach(p -> {
            if (p.getDefault() != null) {
                defaults.put(p.getName(), p.getDefault());
            }
        });
        SurplusLoadTriggerConfig fromDefaults = new Configuration(defaults).as(SurplusLoadTriggerConfig.class);

        assertEquals(empty.minOnTime, fromDefaults.minOnTime);
        assertEquals(empty.switchOnPower, fromDefaults.switchOnPower);
        assertEquals(empty.dailyDeadline, fromDefaults.dailyDeadline);
        assertEquals(empty.gridSign, fromDefaults.gridSign);
        assertEquals(empty.priority, fromDefaults.priority);
        Set<String> fields = java.util.Arrays.stream(SurplusLoadTriggerConfig.class.getFields())
                .map(java.lang.reflect.Field::getName).collect(Collectors.toSet());
        assertEquals(fields, type.getConfigurationDescriptions().stream().map(ConfigDescriptionParameter::getName)
                .collect(Collectors.toSet()), "every parameter maps to a field of the config class and back");
    }

    @Test
    void thePeakLoadParametersAreTheConfigClassFieldsWithTheUtilityLockDefaults() {
        TriggerType type = provider.getModuleType(PEAK_LOAD_TRIGGER, null);
        assertNotNull(type);
        Set<String> fields = java.util.Arrays.stream(PeakLoadTriggerConfig.class.getFields())
                .map(java.lang.reflect.Field::getName).collect(Collectors.toSet());
        assertEquals(fields, type.getConfigurationDescriptions().stream().map(ConfigDescriptionParameter::getName)
                .collect(Collectors.toSet()));
        Map<String, String> defaults = new java.util.HashMap<>();
        type.getConfigurationDescriptions().forEach(p -> {
            if (p.getDefault() != null) {
                defaults.put(p.getName(), p.getDefault());
            }
        });
        assertEquals("10", defaults.get("minShedTime"), "a shed holds 10 min by default");
        assertEquals("10", defaults.get("minReleaseTime"), "re-arm after 10 min by default");
    }
}
