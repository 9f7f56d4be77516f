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
package org.openhab.core.config.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescriptionParameter.Type;

/**
 * Builds a {@link ConfigDescriptionParameter}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigDescriptionParameterBuilder {

    // read by ConfigDescriptionParameter's constructor
    final String name;
    final Type type;
    @Nullable
    String groupName;
    @Nullable
    BigDecimal min;
    @Nullable
    BigDecimal max;
    @Nullable
    BigDecimal step;
    @Nullable
    String pattern;
    @Nullable
    Boolean required;
    @Nullable
    Boolean readOnly;
    @Nullable
    Boolean multiple;
    @Nullable
    Integer multipleLimit;
    @Nullable
    String unit;
    @Nullable
    String unitLabel;
    @Nullable
    String context;
    @Nullable
    String defaultValue;
    @Nullable
    String label;
    @Nullable
    String description;
    @Nullable
    Boolean limitToOptions;
    @Nullable
    Boolean advanced;
    @Nullable
    Boolean verify;
    @Nullable
    List<ParameterOption> options = new ArrayList<>();

    private ConfigDescriptionParameterBuilder(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    /** @return a builder for a parameter of this name and type */
    public static ConfigDescriptionParameterBuilder create(String name, Type type) {
        return new ConfigDescriptionParameterBuilder(name, type);
    }

    /** @return this builder, with the minimum */
    public ConfigDescriptionParameterBuilder withMinimum(@Nullable BigDecimal min) {
        this.min = min;
        return this;
    }

    /** @return this builder, with the maximum */
    public ConfigDescriptionParameterBuilder withMaximum(@Nullable BigDecimal max) {
        this.max = max;
        return this;
    }

    /** @return this builder, with the step */
    public ConfigDescriptionParameterBuilder withStepSize(@Nullable BigDecimal step) {
        this.step = step;
        return this;
    }

    /** @return this builder, with the pattern */
    public ConfigDescriptionParameterBuilder withPattern(@Nullable String pattern) {
        this.pattern = pattern;
        return this;
    }

    /** @return this builder, read-only or not */
    public ConfigDescriptionParameterBuilder withReadOnly(@Nullable Boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    /** @return this builder, multiple selection or not */
    public ConfigDescriptionParameterBuilder withMultiple(@Nullable Boolean multiple) {
        this.multiple = multiple;
        return this;
    }

    /** @return this builder, with the selection limit */
    public ConfigDescriptionParameterBuilder withMultipleLimit(@Nullable Integer multipleLimit) {
        this.multipleLimit = multipleLimit;
        return this;
    }

    /** @return this builder, with the UI context (e.g. {@code item}) */
    public ConfigDescriptionParameterBuilder withContext(@Nullable String context) {
        this.context = context;
        return this;
    }

    /** @return this builder, required or not */
    public ConfigDescriptionParameterBuilder withRequired(@Nullable Boolean required) {
        this.required = required;
        return this;
    }

    /** @return this builder, with the default value */
    public ConfigDescriptionParameterBuilder withDefault(@Nullable String defaultValue) {
        this.defaultValue = defaultValue;
        return this;
    }

    /** @return this builder, with the label */
    public ConfigDescriptionParameterBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /** @return this builder, with the description */
    public ConfigDescriptionParameterBuilder withDescription(@Nullable String description) {
        this.description = description;
        return this;
    }

    /** @return this builder, with the options */
    public ConfigDescriptionParameterBuilder withOptions(@Nullable List<ParameterOption> options) {
        this.options = options;
        return this;
    }

    /** @return this builder, advanced or not */
    public ConfigDescriptionParameterBuilder withAdvanced(@Nullable Boolean advanced) {
        this.advanced = advanced;
        return this;
    }

    /** @return this builder, needing confirmation or not */
    public ConfigDescriptionParameterBuilder withVerify(@Nullable Boolean verify) {
        this.verify = verify;
        return this;
    }

    /** @return this builder, limited to the options or not */
    public ConfigDescriptionParameterBuilder withLimitToOptions(@Nullable Boolean limitToOptions) {
        this.limitToOptions = limitToOptions;
        return this;
    }

    /** @return this builder, with the group */
    public ConfigDescriptionParameterBuilder withGroupName(@Nullable String groupName) {
        this.groupName = groupName;
        return this;
    }

    /** @return this builder, with the unit symbol */
    public ConfigDescriptionParameterBuilder withUnit(@Nullable String unit) {
        this.unit = unit;
        return this;
    }

    /** @return this builder, with the unit label */
    public ConfigDescriptionParameterBuilder withUnitLabel(@Nullable String unitLabel) {
        this.unitLabel = unitLabel;
        return this;
    }

    /**
     * @return the parameter
     * @throws IllegalArgumentException when the name is empty, a text or boolean has a unit, or the unit is unknown
     */
    public ConfigDescriptionParameter build() throws IllegalArgumentException {
        return new ConfigDescriptionParameter(this);
    }
}
