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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionParameter.Type;
import org.openhab.core.config.core.ConfigDescriptionParameterBuilder;
import org.openhab.core.config.core.ParameterOption;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;

/**
 * The parameters of the core's model as openHAB's rule editor shows them: type, unit, default, range, words,
 * whether required or advanced, an item picker for an item's name, and the Loxone name in the label.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigDescriptions {

    /** openHAB's context for a text that names an item: the UI offers an item picker. */
    static final String ITEM_CONTEXT = "item";

    private ConfigDescriptions() {
    }

    static List<ConfigDescriptionParameter> of(ParameterSet set) {
        List<ConfigDescriptionParameter> descriptions = new ArrayList<>();
        set.parameters().forEach(parameter -> descriptions.add(of(parameter)));
        return descriptions;
    }

    static ConfigDescriptionParameter of(Parameter<?> parameter) {
        ConfigDescriptionParameterBuilder builder = ConfigDescriptionParameterBuilder
                .create(parameter.name(), type(parameter)).withLabel(label(parameter))
                .withDescription(parameter.description()).withRequired(parameter.required())
                .withAdvanced(parameter.advanced()).withMinimum(parameter.min()).withMaximum(parameter.max())
                .withPattern(parameter.pattern());
        String defaultText = parameter.defaultText();
        // an optional item's default is "none": openHAB's UI would show an empty default as a value
        if (defaultText != null && !defaultText.isEmpty()) {
            builder.withDefault(defaultText);
        }
        String unit = parameter.unit();
        if (unit != null) {
            builder.withUnit(openhabUnit(unit)).withUnitLabel(unit);
        }
        if (parameter.isItemName()) {
            builder.withContext(ITEM_CONTEXT);
        }
        if (!parameter.options().isEmpty()) {
            List<ParameterOption> options = new ArrayList<>();
            parameter.options().forEach(word -> options.add(new ParameterOption(word, parameter.optionLabel(word))));
            builder.withOptions(options).withLimitToOptions(parameter.limitToOptions());
        }
        return builder.build();
    }

    /** @return the unit as openHAB's configuration takes it: a UCUM symbol, so degrees Celsius are "Cel" */
    static String openhabUnit(String unit) {
        return "°C".equals(unit) ? "Cel" : unit;
    }

    /** @return the label, with the Loxone parameter's name when there is one, e.g. "Priority (Loxone: Prioriteit)" */
    static String label(Parameter<?> parameter) {
        String loxone = parameter.loxone();
        return loxone == null ? parameter.label() : parameter.label() + " (Loxone: " + loxone + ")";
    }

    private static Type type(Parameter<?> parameter) {
        return switch (parameter.type()) {
            case TEXT -> Type.TEXT;
            case INTEGER -> Type.INTEGER;
            case DECIMAL -> Type.DECIMAL;
            case BOOLEAN -> Type.BOOLEAN;
        };
    }
}
