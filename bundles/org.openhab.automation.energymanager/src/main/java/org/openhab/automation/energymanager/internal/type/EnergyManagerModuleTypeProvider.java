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

import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.ConfigTranslator;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.handler.TriggerOutputs;
import org.openhab.core.automation.Visibility;
import org.openhab.core.automation.type.ActionType;
import org.openhab.core.automation.type.ConditionType;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.ModuleTypeProvider;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.common.registry.ProviderChangeListener;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The add-on's module types for the rule editor: the two load triggers, the three actions and the condition, with
 * labels, descriptions, defaults and item pickers. Parameter names match the core's (see the README, which also
 * gives each one's Loxone name). Labels and descriptions are translated with the keys of
 * {@link ModuleTypeTranslator}; the English texts here are the defaults.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ModuleTypeProvider.class)
public class EnergyManagerModuleTypeProvider implements ModuleTypeProvider {

    private final Map<String, ModuleType> types;
    private final ModuleTypeTranslator translator;

    @Activate
    public EnergyManagerModuleTypeProvider(@Reference TranslationProvider i18n, BundleContext context) {
        this(i18n, context.getBundle());
    }

    /**
     * @param i18n the translations; the English texts are the defaults
     * @param bundle the bundle whose {@code OH-INF/i18n} files hold the translations; null in unit tests
     */
    public EnergyManagerModuleTypeProvider(TranslationProvider i18n, @Nullable Bundle bundle) {
        List<ModuleType> all = List.of(surplusLoad(), peakLoad(), forceLoad(), releaseLoad(), lockManager(),
                surplusAvailable());
        types = all.stream().collect(Collectors.toUnmodifiableMap(ModuleType::getUID, Function.identity()));
        translator = new ModuleTypeTranslator(new ConfigTranslator(i18n, bundle));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ModuleType> @Nullable T getModuleType(String UID, @Nullable Locale locale) {
        ModuleType type = types.get(UID);
        return type == null ? null : (T) translator.translate(type, locale);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ModuleType> Collection<T> getModuleTypes(@Nullable Locale locale) {
        return (Collection<T>) types.values().stream().map(type -> translator.translate(type, locale)).toList();
    }

    @Override
    public Collection<ModuleType> getAll() {
        return List.copyOf(types.values());
    }

    @Override
    public void addProviderChangeListener(ProviderChangeListener<ModuleType> listener) {
        // the types never change
    }

    @Override
    public void removeProviderChangeListener(ProviderChangeListener<ModuleType> listener) {
        // the types never change
    }

    // ------------------------------------------------------------------ triggers

    private static TriggerType surplusLoad() {
        return new TriggerType(SURPLUS_LOAD_TRIGGER, ConfigDescriptions.of(ModuleParameters.SURPLUS_LOAD),
                "a load should run on PV surplus",
                "One load of an energy manager (Loxone Energiemanager). Fires when the load should switch on or off.",
                null, Visibility.VISIBLE, outputs("ON: run the load"));
    }

    private static TriggerType peakLoad() {
        return new TriggerType(PEAK_LOAD_TRIGGER, ConfigDescriptions.of(ModuleParameters.PEAK_LOAD),
                "a load should be shed to limit grid import",
                "One load of a load manager (Loxone Lastmanager). Fires when the load should be shed (ON) or restored (OFF).",
                null, Visibility.VISIBLE, outputs("ON: shed the load"));
    }

    /**
     * The trigger's outputs, typed as openHAB's own modules type theirs: {@code command} connects to the input of
     * {@code core.ItemCommandAction}, {@code state} to that of {@code core.ItemStateUpdateAction}. openHAB's rule
     * validation compares these type names as strings, so a Java class name here makes the rule invalid.
     */
    private static List<Output> outputs(String on) {
        return List.of(
                new Output(TriggerOutputs.COMMAND, TriggerOutputs.TYPE_COMMAND, "Command", on + ", OFF otherwise",
                        null, null, null),
                new Output(TriggerOutputs.REASON, TriggerOutputs.TYPE_STATE, "Reason",
                        "Why, e.g. SURPLUS or SHED_PEAK (a String state)", null, null, null),
                new Output(TriggerOutputs.NEXT_CHANGE, TriggerOutputs.TYPE_STATE, "Next Change",
                        "When the output could change next (a DateTime state), UNDEF when nothing is planned", null,
                        null, null),
                new Output(TriggerOutputs.DETAIL, TriggerOutputs.TYPE_STATE, "Detail",
                        "The arithmetic behind the decision (a String state)", null, null, null));
    }

    // ------------------------------------------------------------------ actions and condition

    private static ActionType forceLoad() {
        return new ActionType(FORCE_LOAD_ACTION, ConfigDescriptions.of(ModuleParameters.FORCE_LOAD),
                "force an energy-manager load on",
                "Forces the load on for a duration (Loxone: Tr), as soon as its min off time and the lock allow.", null,
                Visibility.VISIBLE, null, null);
    }

    private static ActionType releaseLoad() {
        return new ActionType(RELEASE_LOAD_ACTION, ConfigDescriptions.of(ModuleParameters.RELEASE_LOAD),
                "release a forced energy-manager load",
                "Ends a force; the load returns to automatic (its min on time still applies).", null,
                Visibility.VISIBLE, null, null);
    }

    private static ActionType lockManager() {
        return new ActionType(LOCK_MANAGER_ACTION, ConfigDescriptions.of(ModuleParameters.LOCK_MANAGER),
                "lock or unlock an energy or load manager",
                "Loxone's Off input: a locked energy manager starts nothing, a load manager that is off sheds nothing.",
                null,
                Visibility.VISIBLE, null, null);
    }

    private static ConditionType surplusAvailable() {
        return new ConditionType(SURPLUS_AVAILABLE_CONDITION,
                ConfigDescriptions.of(ModuleParameters.SURPLUS_AVAILABLE), "PV surplus is available",
                "The energy manager's surplus was at least the given power during the given time.", null,
                Visibility.VISIBLE, null);
    }
}
