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
import java.util.List;
import java.util.Set;

/**
 * The description of one configuration parameter (name, type, limits, options, UI hints). Built with
 * {@link ConfigDescriptionParameterBuilder}. Like openHAB's own class it carries no {@code @NonNullByDefault}: most
 * getters answer {@code null} when the attribute is not set.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public class ConfigDescriptionParameter {

    /** The data type of a parameter. */
    public enum Type {
        /** A text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    // the unit symbols openHAB accepts in a parameter's "unit" attribute
    private static final Set<String> UNITS = Set.of("A", "cd", "K", "kg", "m", "mol", "s", "g", "rad", "sr", "Hz",
            "N", "Pa", "J", "W", "C", "V", "F", "Ω", "S", "Wb", "T", "H", "Cel", "lm", "lx", "Bq", "Gy", "Sv", "kat",
            "m/s2", "m2v", "m3", "kph", "%", "l", "ms", "min", "h", "d", "week", "y");

    private String name;
    private Type type;
    private String groupName;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal step;
    private String pattern;
    private boolean required;
    private boolean readOnly;
    private boolean multiple;
    private Integer multipleLimit;
    private String unit;
    private String unitLabel;
    private String context;
    private String defaultValue;
    private String label;
    private String description;
    private List<ParameterOption> options = List.of();
    private boolean limitToOptions = true;
    private boolean advanced;
    private boolean verify;

    /** For deserialization only. */
    public ConfigDescriptionParameter() {
    }

    // filled by the builder; checks what openHAB checks
    ConfigDescriptionParameter(ConfigDescriptionParameterBuilder builder) {
        if (builder.name == null || builder.name.isEmpty()) {
            throw new IllegalArgumentException("The name must neither be null nor empty!");
        }
        if (builder.type == null) {
            throw new IllegalArgumentException("The type must not be null!");
        }
        if ((builder.type == Type.TEXT || builder.type == Type.BOOLEAN)
                && (builder.unit != null || builder.unitLabel != null)) {
            throw new IllegalArgumentException(
                    "Unit or unit label must only be set for integer or decimal configuration parameters");
        }
        if (builder.unit != null && !UNITS.contains(builder.unit)) {
            throw new IllegalArgumentException("The given unit is invalid: " + builder.unit);
        }
        name = builder.name;
        type = builder.type;
        groupName = builder.groupName;
        min = builder.min;
        max = builder.max;
        step = builder.step;
        pattern = builder.pattern;
        required = Boolean.TRUE.equals(builder.required);
        readOnly = Boolean.TRUE.equals(builder.readOnly);
        multiple = Boolean.TRUE.equals(builder.multiple);
        multipleLimit = builder.multipleLimit;
        unit = builder.unit;
        unitLabel = builder.unitLabel;
        context = builder.context;
        defaultValue = builder.defaultValue;
        label = builder.label;
        description = builder.description;
        options = builder.options == null ? List.of() : List.copyOf(builder.options);
        limitToOptions = builder.limitToOptions == null || builder.limitToOptions;
        advanced = Boolean.TRUE.equals(builder.advanced);
        verify = Boolean.TRUE.equals(builder.verify);
    }

    /** @return the parameter name */
    public String getName() {
        return name;
    }

    /** @return the data type */
    public Type getType() {
        return type;
    }

    /** @return the minimum (value, length or number of selected options), or {@code null} */
    public BigDecimal getMinimum() {
        return min;
    }

    /** @return the maximum (value, length or number of selected options), or {@code null} */
    public BigDecimal getMaximum() {
        return max;
    }

    /** @return the step of a numeric value, or {@code null} */
    public BigDecimal getStepSize() {
        return step;
    }

    /** @return the regular expression a text must match, or {@code null} */
    public String getPattern() {
        return pattern;
    }

    /** @return whether the value is read-only */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** @return whether several options may be selected */
    public boolean isMultiple() {
        return multiple;
    }

    /** @return how many options may be selected at most, or {@code null} */
    public Integer getMultipleLimit() {
        return multipleLimit;
    }

    /** @return the UI context (e.g. {@code item} for an item picker), or {@code null} */
    public String getContext() {
        return context;
    }

    /** @return whether the parameter must be set */
    public boolean isRequired() {
        return required;
    }

    /** @return the default value as text, or {@code null} */
    public String getDefault() {
        return defaultValue;
    }

    /** @return the label, or {@code null} */
    public String getLabel() {
        return label;
    }

    /** @return the group, or {@code null} */
    public String getGroupName() {
        return groupName;
    }

    /** @return whether only the options are allowed */
    public boolean getLimitToOptions() {
        return limitToOptions;
    }

    /** @return whether the parameter is advanced (hidden by default) */
    public boolean isAdvanced() {
        return advanced;
    }

    /** @return the description, or {@code null} */
    public String getDescription() {
        return description;
    }

    /** @return the static options */
    public List<ParameterOption> getOptions() {
        return options;
    }

    /** @return the unit symbol, or {@code null} */
    public String getUnit() {
        return unit;
    }

    /** @return the unit label, or {@code null} */
    public String getUnitLabel() {
        return unitLabel;
    }

    /** @return whether the UI must ask for confirmation */
    public boolean isVerifyable() {
        return verify;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " [name=" + name + ", type=" + type + ", required=" + required
                + ", default=" + defaultValue + ", context=" + context + "]";
    }
}
