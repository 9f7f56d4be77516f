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
package org.openhab.automation.energymanager.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionParameterBuilder;
import org.openhab.core.config.core.ParameterOption;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The add-on's texts in the user's language, from its {@code OH-INF/i18n} files: a text by its key, and the
 * parameters of a module type or rule template with openHAB's keys {@code <prefix>config.<parameter>.label},
 * {@code ....description} and, for each word a parameter takes, {@code ....option.<word>}. A missing key keeps the
 * English.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigTranslator {

    private final TranslationProvider i18n;
    private final @Nullable Bundle bundle;

    /**
     * @param i18n the translations; the English texts are the defaults
     * @param bundle the bundle whose {@code OH-INF/i18n} files hold the translations; null in unit tests
     */
    public ConfigTranslator(TranslationProvider i18n, @Nullable Bundle bundle) {
        this.i18n = i18n;
        this.bundle = bundle;
    }

    /** @return the text of the key in the locale's language, the English when there is none */
    public @Nullable String text(String key, @Nullable String english, Locale locale) {
        return i18n.getText(bundle, key, english, locale);
    }

    /**
     * @param prefix the module type's or template's key prefix, e.g. {@code module-type.<uid>.}
     * @return the parameters with their labels, descriptions and option labels translated, all else the same
     */
    public List<ConfigDescriptionParameter> parameters(String prefix, List<ConfigDescriptionParameter> parameters,
            Locale locale) {
        List<ConfigDescriptionParameter> translated = new ArrayList<>();
        for (ConfigDescriptionParameter p : parameters) {
            String key = prefix + "config." + p.getName() + ".";
            List<ParameterOption> options = new ArrayList<>();
            for (ParameterOption option : p.getOptions()) {
                String optionLabel = text(key + "option." + option.getValue(), option.getLabel(), locale);
                options.add(new ParameterOption(option.getValue(),
                        optionLabel == null ? option.getLabel() : optionLabel));
            }
            translated.add(ConfigDescriptionParameterBuilder.create(p.getName(), p.getType())
                    .withLabel(text(key + "label", p.getLabel(), locale))
                    .withDescription(text(key + "description", p.getDescription(), locale))
                    .withDefault(p.getDefault()).withUnit(p.getUnit()).withUnitLabel(p.getUnitLabel())
                    .withMinimum(p.getMinimum()).withMaximum(p.getMaximum()).withRequired(p.isRequired())
                    .withAdvanced(p.isAdvanced()).withContext(p.getContext()).withPattern(p.getPattern())
                    .withOptions(options).withLimitToOptions(p.getLimitToOptions()).build());
        }
        return translated;
    }
}
