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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.ConfigTranslator;
import org.openhab.core.automation.type.ActionType;
import org.openhab.core.automation.type.ConditionType;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.config.core.ConfigDescriptionParameter;

/**
 * Translates a module type's label and description, its parameters' labels and descriptions and a trigger's
 * outputs' labels and descriptions, with openHAB's keys for module types: {@code module-type.<uid>.label},
 * {@code module-type.<uid>.description}, {@code module-type.<uid>.config.<parameter>.label}, {@code ....description}
 * and, for each word it takes, {@code ....option.<word>}, and {@code module-type.<uid>.output.<output>.label} and
 * {@code ....description} (the keys openHAB's own module type translation reads). A missing key keeps the English.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ModuleTypeTranslator {

    private final ConfigTranslator texts;

    ModuleTypeTranslator(ConfigTranslator texts) {
        this.texts = texts;
    }

    ModuleType translate(ModuleType type, @Nullable Locale locale) {
        if (locale == null) {
            return type;
        }
        String prefix = "module-type." + type.getUID() + ".";
        String label = texts.text(prefix + "label", type.getLabel(), locale);
        String description = texts.text(prefix + "description", type.getDescription(), locale);
        List<ConfigDescriptionParameter> parameters = texts.parameters(prefix, type.getConfigurationDescriptions(),
                locale);
        if (type instanceof TriggerType trigger) {
            return new TriggerType(type.getUID(), parameters, label, description, type.getTags(),
                    type.getVisibility(), outputs(prefix, trigger.getOutputs(), locale));
        }
        if (type instanceof ActionType action) {
            return new ActionType(type.getUID(), parameters, label, description, type.getTags(), type.getVisibility(),
                    action.getInputs(), action.getOutputs());
        }
        if (type instanceof ConditionType condition) {
            return new ConditionType(type.getUID(), parameters, label, description, type.getTags(),
                    type.getVisibility(), condition.getInputs());
        }
        return type;
    }

    /** @return the outputs with their labels and descriptions translated, all else the same */
    private List<Output> outputs(String prefix, List<Output> outputs, Locale locale) {
        List<Output> translated = new ArrayList<>();
        for (Output output : outputs) {
            String key = prefix + "output." + output.getName() + ".";
            translated.add(new Output(output.getName(), output.getType(),
                    texts.text(key + "label", output.getLabel(), locale),
                    texts.text(key + "description", output.getDescription(), locale), output.getTags(),
                    output.getReference(), output.getDefaultValue()));
        }
        return translated;
    }
}
