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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.handler.TriggerOutputs;
import org.openhab.core.automation.Visibility;
import org.openhab.core.automation.type.ActionType;
import org.openhab.core.automation.type.ConditionType;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.ModuleTypeProvider;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.common.registry.ProviderChangeListener;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionParameter.Type;
import org.openhab.core.config.core.ConfigDescriptionParameterBuilder;
import org.openhab.core.config.core.ParameterOption;
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
        translator = new ModuleTypeTranslator(i18n, bundle);
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
        List<ConfigDescriptionParameter> p = new ArrayList<>();
        p.add(text("manager", "Energy Manager", "Loads with the same manager name are arbitrated together.", true,
                "energy"));
        p.add(text("load", "Load Name", "Unique within the manager, e.g. heatpump.", true, null));
        p.add(item("gridItem", "Grid Power Item",
                "Grid power in W (or any power unit); import positive unless the sign is changed below.", true));
        p.add(sign("gridSign", "Grid Meter Sign", "How the grid meter signs its power."));
        p.add(item("batteryItem", "Battery Power Item", "Optional: the battery's power.", false));
        p.add(sign("batterySign", "Battery Sign",
                "IMPORT_POSITIVE: charging positive; EXPORT_POSITIVE: discharging positive."));
        p.add(item("socItem", "Battery State of Charge Item", "Optional: the battery's state of charge in %.", false));
        p.add(item("loadPowerItem", "Load Power Item", "Optional: this load's measured power.", false));
        p.add(integer("priority", "Priority (Loxone: Prioriteit)", "1 is the highest, 12 the lowest.", "1", 1, 12));
        p.add(decimal("switchOnPower", "Switch-on Power (Loxone: Inschakelvermogen)",
                "W of surplus needed to start. -1: the same as the power.", "-1", "W"));
        p.add(decimalBuilder("power", "Power (Loxone: Vermogen)", "W the load draws when on.", null, "W").withRequired(true).build());
        p.add(integer("activationDelay", "Activation Delay (Loxone: Activeringsduur)",
                "s the start condition must hold.", "0", 0, null));
        p.add(integer("minOnTime", "Min On Time", "min the load stays on once started.", "0", 0, null));
        p.add(integer("minOffTime", "Min Off Time", "min the load stays off once stopped.", "0", 0, null));
        p.add(integer("minOnTimePerDay", "Min On Time per Day",
                "min of runtime every local day, from grid power if need be; 0: none.", "0", 0, 1440));
        p.add(ConfigDescriptionParameterBuilder.create("dailyDeadline", Type.TEXT).withLabel("Daily Deadline")
                .withDescription("When the daily minimum must be reached: HH:mm, 24:00 or SUNSET (openHAB's location).")
                .withDefault("24:00").withPattern("^(SUNSET|sunset|([01]?[0-9]|2[0-3]):[0-5][0-9]|24:00)$")
                .withOptions(List.of(new ParameterOption("SUNSET", "Sunset"), new ParameterOption("24:00", "Midnight")))
                .withLimitToOptions(false).build());
        p.add(decimal("offset", "Offset (Loxone: Offset)",
                "Manager level, W: positive allows that much import, negative keeps that much export.", "0", "W"));
        p.add(decimal("minSoc", "Min SoC (Loxone: Min SoC)",
                "Manager level, %: below it the battery charges first.", "0", "%"));
        return new TriggerType(SURPLUS_LOAD_TRIGGER, p, "a load should run on PV surplus",
                "One load of an energy manager (Loxone Energiemanager). Fires when the load should switch on or off.",
                null, Visibility.VISIBLE, outputs("ON: run the load"));
    }

    private static TriggerType peakLoad() {
        List<ConfigDescriptionParameter> p = new ArrayList<>();
        p.add(text("manager", "Load Manager", "Loads with the same manager name are arbitrated together.", true,
                "grid"));
        p.add(text("load", "Load Name", "Unique within the manager, e.g. heatpump.", true, null));
        p.add(item("gridItem", "Grid Power Item (Loxone: Gpwr)", "Grid power, import positive unless changed below.",
                true));
        p.add(sign("gridSign", "Grid Meter Sign", "How the grid meter signs its power."));
        p.add(item("energyItem", "Grid Import Counter Item (Loxone: Gi)",
                "Optional: total grid import in kWh; quarter-hour energy then comes from it.", false));
        p.add(ConfigDescriptionParameterBuilder.create("mode", Type.TEXT).withLabel("Mode")
                .withDescription("OVERLOAD: instantaneous import; PEAK: quarter-hour average (capacity tariff); BOTH.")
                .withDefault("OVERLOAD")
                .withOptions(List.of(new ParameterOption("OVERLOAD", "Overload protection"),
                        new ParameterOption("PEAK", "Peak load manager"),
                        new ParameterOption("BOTH", "Peak load manager and overload protection")))
                .withLimitToOptions(true).build());
        p.add(decimalBuilder("maxPower", "Max Power (Loxone: MaxP)", "Manager level, W: the limit.", null, "W").withRequired(true).build());
        p.add(decimalBuilder("overloadPower", "Overload Power",
                "Manager level, BOTH mode only, W: the instantaneous limit; 0: the same as max power.", "0", "W").withAdvanced(true).build());
        p.add(ConfigDescriptionParameterBuilder.create("followMonthPeak", Type.BOOLEAN).withLabel("Follow Month Peak")
                .withDescription("Never shave below this month's highest quarter-hour: it is billed anyway.")
                .withDefault("false").build());
        p.add(integer("priority", "Priority", "1 = shed last, restored first; 12 = shed first.", "1", 1, 12));
        p.add(decimalBuilder("power", "Power", "W shedding this load frees.", null, "W").withRequired(true).build());
        p.add(decimalBuilder("restoreHysteresis", "Restore Hysteresis",
                "W of headroom needed beyond the power before the load comes back.", "200", "W").withAdvanced(true).build());
        p.add(integer("minShedTime", "Min Shed Time", "min a shed holds (utility lock: 10).", "10", 0, null));
        p.add(integer("minReleaseTime", "Min Release Time", "min after a restore before the next shed (10).", "10", 0,
                null));
        return new TriggerType(PEAK_LOAD_TRIGGER, p, "a load should be shed to limit grid import",
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
        List<ConfigDescriptionParameter> p = managerAndLoad();
        p.add(integer("duration", "Duration", "min the load is forced on, from its switch-on.", "60", 1, null));
        return new ActionType(FORCE_LOAD_ACTION, p, "force an energy-manager load on",
                "Forces the load on for a duration (Loxone: Tr), as soon as its min off time and the lock allow.", null,
                Visibility.VISIBLE, null, null);
    }

    private static ActionType releaseLoad() {
        return new ActionType(RELEASE_LOAD_ACTION, managerAndLoad(), "release a forced energy-manager load",
                "Ends a force; the load returns to automatic (its min on time still applies).", null,
                Visibility.VISIBLE, null, null);
    }

    private static ActionType lockManager() {
        List<ConfigDescriptionParameter> p = new ArrayList<>();
        p.add(text("manager", "Energy Manager", "The manager's name.", true, "energy"));
        p.add(ConfigDescriptionParameterBuilder.create("lock", Type.BOOLEAN).withLabel("Lock")
                .withDescription("true: nothing starts, running loads stop once their min on time allows; false: unlock.")
                .withDefault("true").build());
        return new ActionType(LOCK_MANAGER_ACTION, p, "lock or unlock an energy manager",
                "Loxone's Off input: a locked manager starts nothing.", null, Visibility.VISIBLE, null, null);
    }

    private static ConditionType surplusAvailable() {
        List<ConfigDescriptionParameter> p = new ArrayList<>();
        p.add(text("manager", "Energy Manager", "The manager's name.", true, "energy"));
        p.add(decimalBuilder("power", "Surplus", "W of surplus at least.", null, "W").withRequired(true).build());
        p.add(integer("duration", "For at Least", "s the surplus must have held (0 to 3600).", "0", 0, 3600));
        return new ConditionType(SURPLUS_AVAILABLE_CONDITION, p, "PV surplus is available",
                "The energy manager's surplus was at least the given power during the given time.", null,
                Visibility.VISIBLE, null);
    }

    private static List<ConfigDescriptionParameter> managerAndLoad() {
        List<ConfigDescriptionParameter> p = new ArrayList<>();
        p.add(text("manager", "Energy Manager", "The manager's name.", true, "energy"));
        p.add(text("load", "Load Name", "The load's name in the manager.", true, null));
        return p;
    }

    // ------------------------------------------------------------------ parameter helpers

    private static ConfigDescriptionParameter text(String name, String label, String description, boolean required,
            @Nullable String defaultValue) {
        return ConfigDescriptionParameterBuilder.create(name, Type.TEXT).withLabel(label).withDescription(description)
                .withRequired(required).withDefault(defaultValue).build();
    }

    private static ConfigDescriptionParameter item(String name, String label, String description, boolean required) {
        return ConfigDescriptionParameterBuilder.create(name, Type.TEXT).withLabel(label).withDescription(description)
                .withContext("item").withRequired(required).build();
    }

    private static ConfigDescriptionParameter sign(String name, String label, String description) {
        return ConfigDescriptionParameterBuilder.create(name, Type.TEXT).withLabel(label).withDescription(description)
                .withDefault("IMPORT_POSITIVE").withAdvanced(true)
                .withOptions(List.of(new ParameterOption("IMPORT_POSITIVE", "Import positive"),
                        new ParameterOption("EXPORT_POSITIVE", "Export positive")))
                .withLimitToOptions(true).build();
    }

    private static ConfigDescriptionParameter integer(String name, String label, String description,
            @Nullable String defaultValue, int min, @Nullable Integer max) {
        return ConfigDescriptionParameterBuilder.create(name, Type.INTEGER).withLabel(label)
                .withDescription(description).withDefault(defaultValue).withMinimum(BigDecimal.valueOf(min))
                .withMaximum(max == null ? null : BigDecimal.valueOf(max)).build();
    }

    private static ConfigDescriptionParameter decimal(String name, String label, String description,
            @Nullable String defaultValue, String unit) {
        return decimalBuilder(name, label, description, defaultValue, unit).build();
    }

    private static ConfigDescriptionParameterBuilder decimalBuilder(String name, String label, String description,
            @Nullable String defaultValue, String unit) {
        return ConfigDescriptionParameterBuilder.create(name, Type.DECIMAL).withLabel(label)
                .withDescription(description).withDefault(defaultValue).withUnitLabel(unit);
    }
}
