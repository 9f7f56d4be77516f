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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.ConfigTranslator;
import org.openhab.core.automation.template.RuleTemplate;

/**
 * Translates a rule template's label and description and its parameters' texts, with openHAB's keys for rule
 * templates: {@code rule-template.<uid>.label}, {@code rule-template.<uid>.description} and
 * {@code rule-template.<uid>.config.<parameter>.label} and {@code ....description} (the colon of the UID escaped in
 * the properties files). A missing key keeps the English.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RuleTemplateTranslator {

    private final ConfigTranslator texts;

    RuleTemplateTranslator(ConfigTranslator texts) {
        this.texts = texts;
    }

    RuleTemplate translate(RuleTemplate template, @Nullable Locale locale) {
        if (locale == null) {
            return template;
        }
        String prefix = "rule-template." + template.getUID() + ".";
        return new RuleTemplate(template.getUID(), texts.text(prefix + "label", template.getLabel(), locale),
                texts.text(prefix + "description", template.getDescription(), locale), template.getTags(),
                template.getTriggers(), template.getConditions(), template.getActions(),
                texts.parameters(prefix, template.getConfigurationDescriptions(), locale), template.getVisibility());
    }
}
