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

import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.ConfigTranslator;
import org.openhab.automation.energymanager.internal.handler.TriggerOutputs;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.Visibility;
import org.openhab.core.automation.template.RuleTemplate;
import org.openhab.core.automation.template.RuleTemplateProvider;
import org.openhab.core.automation.util.ModuleBuilder;
import org.openhab.core.common.registry.ProviderChangeListener;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionParameter.Type;
import org.openhab.core.config.core.ConfigDescriptionParameterBuilder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Two ready-made rules for the Dutch seed's setup: "PV surplus → heat pump boost" (the energy manager's Q1 with the
 * seed's parameters, driving the item of the Thermia Thing's {@code pv-boost} channel) and "Capacity tariff guard"
 * (a load manager in PEAK mode at 5 kW, driving {@code peak-shed}, with the item of {@code sg-mode} as shed feedback
 * when the user gives it). The user picks the items; {@code {{name}}} in a module's configuration takes the template
 * parameter of that name. Their texts are translated like the module types' (see {@link RuleTemplateTranslator}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = RuleTemplateProvider.class)
public class EnergyManagerRuleTemplateProvider implements RuleTemplateProvider {

    public static final String PV_BOOST_TEMPLATE = AUTOMATION_NAME + ":pv-surplus-heatpump-boost";
    public static final String CAPACITY_GUARD_TEMPLATE = AUTOMATION_NAME + ":capacity-tariff-guard";
    /** The capacity guard's parameter for the item of the Thermia Thing's sg-mode channel: the shed feedback. */
    public static final String MODE_ITEM = "modeItem";

    private final Map<String, RuleTemplate> templates = Map.of(PV_BOOST_TEMPLATE, pvBoost(), CAPACITY_GUARD_TEMPLATE,
            capacityGuard());
    private final RuleTemplateTranslator translator;

    @Activate
    public EnergyManagerRuleTemplateProvider(@Reference TranslationProvider i18n, BundleContext context) {
        this(i18n, context.getBundle());
    }

    /**
     * @param i18n the translations; the English texts are the defaults
     * @param bundle the bundle whose {@code OH-INF/i18n} files hold the translations; null in unit tests
     */
    public EnergyManagerRuleTemplateProvider(TranslationProvider i18n, @Nullable Bundle bundle) {
        translator = new RuleTemplateTranslator(new ConfigTranslator(i18n, bundle));
    }

    @Override
    public @Nullable RuleTemplate getTemplate(String UID, @Nullable Locale locale) {
        RuleTemplate template = templates.get(UID);
        return template == null ? null : translator.translate(template, locale);
    }

    @Override
    public Collection<RuleTemplate> getTemplates(@Nullable Locale locale) {
        return templates.values().stream().map(template -> translator.translate(template, locale)).toList();
    }

    @Override
    public Collection<RuleTemplate> getAll() {
        return List.copyOf(templates.values());
    }

    @Override
    public void addProviderChangeListener(ProviderChangeListener<RuleTemplate> listener) {
        // the templates never change
    }

    @Override
    public void removeProviderChangeListener(ProviderChangeListener<RuleTemplate> listener) {
        // the templates never change
    }

    private static RuleTemplate pvBoost() {
        Trigger trigger = ModuleBuilder.createTrigger().withId("1").withTypeUID(SURPLUS_LOAD_TRIGGER)
                .withConfiguration(new Configuration(Map.ofEntries(Map.entry("manager", "{{manager}}"),
                        Map.entry("load", "heatpump"), Map.entry("gridItem", "{{gridItem}}"),
                        Map.entry("switchOnPower", 3000), Map.entry("power", 2000), Map.entry("activationDelay", 0),
                        Map.entry("minOnTime", 5), Map.entry("minOffTime", 10), Map.entry("minOnTimePerDay", 0),
                        Map.entry("dailyDeadline", "SUNSET"))))
                .build();
        List<ConfigDescriptionParameter> parameters = List.of(
                item("gridItem", "Grid Power Item", "The grid meter's power, import positive."),
                item("boostItem", "Heat Pump PV Boost Item", "The item linked to the Thermia Thing's pv-boost channel."),
                text("manager", "Energy Manager", "The energy manager's name.", "Q"));
        return new RuleTemplate(PV_BOOST_TEMPLATE, "PV surplus → heat pump boost",
                "Boosts the heat pump when at least 3 kW are exported (power 2 kW, min on 5 min, min off 10 min, "
                        + "activation 0 s, until sunset): output Q1 of the energy manager in the Loxone example installation the tutorial follows.",
                Set.of("Energy", "HeatPump"), List.of(trigger), List.of(), List.of(forward("boostItem")), parameters,
                Visibility.VISIBLE);
    }

    private static RuleTemplate capacityGuard() {
        Trigger trigger = ModuleBuilder.createTrigger().withId("1").withTypeUID(PEAK_LOAD_TRIGGER)
                .withConfiguration(new Configuration(Map.ofEntries(Map.entry("manager", "{{manager}}"),
                        Map.entry("load", "heatpump"), Map.entry("gridItem", "{{gridItem}}"),
                        Map.entry("mode", "PEAK"), Map.entry("maxPower", "{{maxPower}}"),
                        Map.entry("priority", "{{priority}}"),
                        Map.entry("power", 2000), Map.entry("minShedTime", 10), Map.entry("minReleaseTime", 10),
                        // the Thing's default lock budget, so the manager knows which locks the Thing still allows
                        Map.entry("maxShedTime", 120), Map.entry("maxShedsPerDay", 3),
                        Map.entry("maxShedTimePerDay", 360), Map.entry("shedFeedbackItem", "{{modeItem}}"))))
                .build();
        List<ConfigDescriptionParameter> parameters = List.of(
                item("gridItem", "Grid Power Item", "The grid meter's power, import positive."),
                item("shedItem", "Heat Pump Peak Shed Item", "The item linked to the Thermia Thing's peak-shed channel."),
                // openHAB puts an empty default into the rule's configuration when the user leaves it out, so that
                // {{modeItem}} becomes empty text (no feedback) rather than staying the reference itself
                ConfigDescriptionParameterBuilder.create(MODE_ITEM, Type.TEXT).withLabel("Heat Pump Mode Item")
                        .withDescription("Optional: the item linked to the Thermia Thing's sg-mode channel. With it a "
                                + "shed counts once the heat pump is in EVU; a shed its guards defer is not counted, "
                                + "and the next load is shed instead.")
                        .withContext("item").withRequired(false).withDefault("").build(),
                ConfigDescriptionParameterBuilder.create("maxPower", Type.DECIMAL).withLabel("Max Power")
                        .withDescription("W the quarter-hour average must stay under.").withDefault("5000")
                        .withMinimum(BigDecimal.ONE).withUnitLabel("W").build(),
                ConfigDescriptionParameterBuilder.create("priority", Type.INTEGER).withLabel("Heat Pump Priority")
                        .withDescription("Among the load manager's loads: 1 = shed last, 12 = shed first.")
                        .withDefault("1").withMinimum(BigDecimal.ONE).withMaximum(BigDecimal.valueOf(12)).build(),
                text("manager", "Load Manager", "The load manager's name.", "grid"));
        return new RuleTemplate(CAPACITY_GUARD_TEMPLATE, "Capacity tariff guard",
                "Sheds the heat pump when the quarter-hour average import would exceed the maximum (5 kW by default),"
                        + " holding each shed 10 min and re-arming after 10 min: the Lastmanager of the Loxone example installation. With"
                        + " the heat pump's mode item, a shed counts only once the heat pump is really in EVU.",
                Set.of("Energy", "HeatPump"), List.of(trigger), List.of(), List.of(forward("shedItem")), parameters,
                Visibility.VISIBLE);
    }

    /** An action that sends the trigger's command output to the item of the named template parameter. */
    private static Action forward(String itemParameter) {
        return ModuleBuilder.createAction().withId("2").withTypeUID("core.ItemCommandAction")
                .withConfiguration(new Configuration(Map.of("itemName", "{{" + itemParameter + "}}")))
                .withInputs(Map.of("command", "1." + TriggerOutputs.COMMAND)).build();
    }

    private static ConfigDescriptionParameter item(String name, String label, String description) {
        return ConfigDescriptionParameterBuilder.create(name, Type.TEXT).withLabel(label).withDescription(description)
                .withContext("item").withRequired(true).build();
    }

    private static ConfigDescriptionParameter text(String name, String label, String description,
            String defaultValue) {
        return ConfigDescriptionParameterBuilder.create(name, Type.TEXT).withLabel(label).withDescription(description)
                .withDefault(defaultValue).build();
    }
}
