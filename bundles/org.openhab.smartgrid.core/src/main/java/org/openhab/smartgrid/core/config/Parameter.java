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
package org.openhab.smartgrid.core.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One parameter of the engine, once for everything that configures it: its name (as openHAB's module types and Thing
 * configuration and the simulator's YAML spell it), its type and unit, its default, its range or its words, what it
 * means, and the parser that turns a raw value (a number, a word or a flag, from openHAB's configuration or from YAML)
 * into its value. Cross-field rules stay with the configuration records the values build (for example
 * {@code GuardConfig}). What openHAB's UI needs besides (an item picker for an item's name, a pattern, the labels of
 * the words, the name of the Loxone parameter it corresponds to) is part of it too, so that no adapter repeats it.
 *
 * @param <T> the value's type
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Parameter<T> {

    /**
     * openHAB's rule for item names (its {@code ItemUtil.isValidItemName}): a typo, or a rule template's reference
     * left unresolved ({@code {{item}}}), is refused here rather than read as an item that never reports.
     */
    private static final Pattern ITEM_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final String name;
    private final ParameterType type;
    private final @Nullable String unit;
    private final @Nullable String defaultText;
    private final @Nullable BigDecimal min;
    private final @Nullable BigDecimal max;
    private final List<String> options;
    private final String label;
    private final String description;
    private final boolean advanced;
    private final @Nullable String loxone;
    private final boolean itemName;
    private final @Nullable String pattern;
    private final boolean limitToOptions;
    private final Map<String, String> optionLabels;
    private final Function<Object, T> parser;
    private final @Nullable T defaultValue;

    private Parameter(Builder<T> builder) {
        this.name = builder.name;
        this.type = builder.type;
        this.unit = builder.unit;
        this.defaultText = builder.defaultText;
        this.min = builder.min;
        this.max = builder.max;
        this.options = List.copyOf(builder.options);
        this.label = builder.label;
        this.description = builder.description;
        this.advanced = builder.advanced;
        this.loxone = builder.loxone;
        this.itemName = builder.itemName;
        this.pattern = builder.pattern;
        this.limitToOptions = builder.limitToOptions;
        this.optionLabels = Map.copyOf(builder.optionLabels);
        this.parser = builder.parser;
        String text = defaultText;
        this.defaultValue = text == null ? null : checked(text);
    }

    /** @return the name, as openHAB and the simulator spell it */
    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    /** @return the unit of the number (openHAB's unit symbol: W, s, min, %), null when it has none */
    public @Nullable String unit() {
        return unit;
    }

    /** @return the default as openHAB's configuration writes it, null when the parameter is required */
    public @Nullable String defaultText() {
        return defaultText;
    }

    /** @return whether a value must be given */
    public boolean required() {
        return defaultText == null;
    }

    /** @return the smallest number allowed, null when there is no lower bound */
    public @Nullable BigDecimal min() {
        return min;
    }

    /** @return the largest number allowed, null when there is no upper bound */
    public @Nullable BigDecimal max() {
        return max;
    }

    /** @return the words allowed (a text parameter limited to them), empty for any value of the type */
    public List<String> options() {
        return options;
    }

    /** @return a short English label */
    public String label() {
        return label;
    }

    /** @return what the parameter means, in English, with its unit */
    public String description() {
        return description;
    }

    /** @return whether openHAB's UI shows it only on request */
    public boolean advanced() {
        return advanced;
    }

    /** @return the name of the Loxone parameter it corresponds to (as Loxone's Dutch UI shows it), null for none */
    public @Nullable String loxone() {
        return loxone;
    }

    /** @return whether the value is the name of an openHAB item (openHAB's UI offers an item picker) */
    public boolean isItemName() {
        return itemName;
    }

    /** @return a regular expression a given text must match (openHAB's UI checks it as the user types), or null */
    public @Nullable String pattern() {
        return pattern;
    }

    /** @return whether the value must be one of {@link #options()}; false when they are only suggestions */
    public boolean limitToOptions() {
        return limitToOptions && !options.isEmpty();
    }

    /** @return the English label of one of {@link #options()}: its own label, else the word itself */
    public String optionLabel(String option) {
        return optionLabels.getOrDefault(option, option);
    }

    /**
     * @param raw the value as given (a {@link Number}, {@link String} or {@link Boolean}), null when not given
     * @return the value; the default when not given
     * @throws IllegalArgumentException naming the parameter, the rule and the value given
     */
    public T parse(@Nullable Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            T fallback = defaultValue;
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            return fallback;
        }
        return checked(raw);
    }

    /**
     * @param raw the value as given, null when not given
     * @return the value as openHAB's configuration and the simulator's YAML write it: an {@link Integer} for a whole
     *         number, a {@link BigDecimal} for a number, a {@link Boolean}, or a {@link String} (an option in its
     *         declared spelling, a suggestion or other free text as given, trimmed); the default's form when not
     *         given
     * @throws IllegalArgumentException as {@link #parse}
     */
    public Object canonical(@Nullable Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            String fallback = defaultText;
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            // an optional text's default is the empty text, which is its own canonical form
            return fallback.isBlank() ? fallback : canonical(fallback);
        }
        checked(raw);
        return switch (type) {
            case INTEGER, DECIMAL -> canonicalNumber(number(raw));
            case BOOLEAN -> raw instanceof Boolean flag ? flag
                    : Boolean.valueOf(raw.toString().trim().toLowerCase(Locale.ROOT));
            case TEXT -> limitToOptions() ? option(raw.toString().trim()) : raw.toString().trim();
        };
    }

    /** A whole number that fits an int as an Integer (YAML and openHAB's UI write 2000, not 2000.0). */
    private static Object canonicalNumber(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        boolean whole = plain.scale() <= 0;
        if (whole && plain.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && plain.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return plain.intValueExact();
        }
        return whole ? plain.setScale(0) : plain;
    }

    private String option(String text) {
        for (String option : options) {
            if (option.equalsIgnoreCase(text)) {
                return option;
            }
        }
        return text;
    }

    private T checked(Object raw) {
        if (type == ParameterType.INTEGER || type == ParameterType.DECIMAL) {
            BigDecimal number = number(raw);
            if (type == ParameterType.INTEGER && number.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException(name + " must be a whole number" + inUnit() + ", was " + raw);
            }
            BigDecimal low = min;
            BigDecimal high = max;
            if ((low != null && number.compareTo(low) < 0) || (high != null && number.compareTo(high) > 0)) {
                throw new IllegalArgumentException(name + " must be " + range() + inUnit() + ", was " + raw);
            }
            return parser.apply(number);
        }
        if (type == ParameterType.BOOLEAN) {
            if (raw instanceof Boolean flag) {
                return parser.apply(flag);
            }
            String text = raw.toString().trim().toLowerCase(Locale.ROOT);
            if (!"true".equals(text) && !"false".equals(text)) {
                throw new IllegalArgumentException(name + " must be true or false, was '" + raw + "'");
            }
            return parser.apply(Boolean.valueOf(text));
        }
        if (!(raw instanceof String) && !(raw instanceof Number)) {
            throw new IllegalArgumentException(name + " must be a text, was " + raw);
        }
        String text = raw.toString().trim();
        T value = parser.apply(text);
        // the pattern openHAB's UI checks holds here too, so a file or YAML accepts what the UI accepts, no more
        String regex = pattern;
        if (regex != null && !text.matches(regex)) {
            throw new IllegalArgumentException(name + " must match " + regex + ", was '" + raw + "'");
        }
        return value;
    }

    private BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number number) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must be a number" + inUnit() + ", was " + raw);
            }
            return new BigDecimal(number.toString());
        }
        if (raw instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number" + inUnit() + ", was '" + raw + "'", e);
            }
        }
        throw new IllegalArgumentException(name + " must be a number" + inUnit() + ", was " + raw);
    }

    /** @return the range in words, e.g. "between 1 and 12" or "0 or more" */
    public String range() {
        BigDecimal low = min;
        BigDecimal high = max;
        if (low != null && high != null) {
            return "between " + low.toPlainString() + " and " + high.toPlainString();
        }
        if (low != null) {
            return low.toPlainString() + " or more";
        }
        return high == null ? "a number" : high.toPlainString() + " or less";
    }

    private String inUnit() {
        return unit == null ? "" : " " + unit;
    }

    @Override
    public String toString() {
        return name;
    }

    // ------------------------------------------------------------------ building

    /** A whole number, with its unit, default and bounds (either may be null). */
    public static Builder<Integer> integer(String name, @Nullable String unit, @Nullable Integer defaultValue,
            @Nullable Integer min, @Nullable Integer max) {
        return new Builder<Integer>(name, ParameterType.INTEGER, BigDecimal::intValueExact).unit(unit)
                .defaultText(defaultValue == null ? null : defaultValue.toString()).bounds(decimal(min), decimal(max));
    }

    /** A number, with its unit, default and bounds (either may be null). */
    public static Builder<Double> decimal(String name, @Nullable String unit, @Nullable Double defaultValue,
            @Nullable Double min, @Nullable Double max) {
        return new Builder<Double>(name, ParameterType.DECIMAL, BigDecimal::doubleValue).unit(unit)
                .defaultText(defaultValue == null ? null : plain(defaultValue)).bounds(decimal(min), decimal(max));
    }

    /** A duration given as a whole number of seconds or minutes ({@code unit} "s" or "min"). */
    public static Builder<Duration> duration(String name, String unit, @Nullable Integer defaultValue,
            @Nullable Integer min, @Nullable Integer max) {
        Function<BigDecimal, Duration> parse = switch (unit) {
            case "s" -> n -> Duration.ofSeconds(n.longValueExact());
            case "min" -> n -> Duration.ofMinutes(n.longValueExact());
            default -> throw new IllegalArgumentException("a duration is in s or min, not " + unit);
        };
        return new Builder<Duration>(name, ParameterType.INTEGER, parse).unit(unit)
                .defaultText(defaultValue == null ? null : defaultValue.toString()).bounds(decimal(min), decimal(max));
    }

    /** {@code true} or {@code false}. */
    public static Builder<Boolean> flag(String name, boolean defaultValue) {
        Function<Boolean, Boolean> same = Function.identity();
        return new Builder<Boolean>(name, ParameterType.BOOLEAN, same).defaultText(Boolean.toString(defaultValue));
    }

    /** One of the constants of an enum, by name, any case. */
    public static <E extends Enum<E>> Builder<E> word(String name, Class<E> type, @Nullable E defaultValue) {
        E[] constants = type.getEnumConstants();
        List<String> words = Arrays.stream(constants).map(Enum::name).toList();
        Function<String, E> parse = text -> {
            for (E constant : constants) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(name + " must be " + alternatives(words) + ", was '" + text + "'");
        };
        return new Builder<E>(name, ParameterType.TEXT, parse).options(words)
                .defaultText(defaultValue == null ? null : defaultValue.name());
    }

    /** A name that must not be blank: a manager's or a load's, or an item's when {@code defaultValue} is null. */
    public static Builder<String> name(String name, @Nullable String defaultValue) {
        return text(name, defaultValue, text -> text);
    }

    /** The name of an openHAB item that must be given. openHAB's UI offers an item picker. */
    public static Builder<String> item(String name) {
        return text(name, null, text -> itemName(name, text)).itemName();
    }

    /**
     * An item's name that may be left out (read as the empty text): the adapter then does without it. openHAB's UI
     * offers an item picker.
     */
    public static Builder<String> optionalItem(String name) {
        return text(name, "", text -> text.isEmpty() ? text : itemName(name, text)).itemName();
    }

    private static String itemName(String name, String text) {
        if (!ITEM_NAME.matcher(text).matches()) {
            throw new IllegalArgumentException(name + " must be the name of an item (letters, digits and _, not "
                    + "starting with a digit), was '" + text + "'");
        }
        return text;
    }

    /** A text read by {@code parser} (which throws IllegalArgumentException naming the parameter). */
    public static <V> Builder<V> text(String name, @Nullable String defaultValue, Function<String, V> parser) {
        return new Builder<V>(name, ParameterType.TEXT, parser).defaultText(defaultValue);
    }

    /** @return "A, B or C" */
    private static String alternatives(List<String> words) {
        int last = words.size() - 1;
        return last <= 0 ? String.join("", words) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    /** @return the number as written plainly: 100.0 as 100, 0.5 as 0.5 */
    private static @Nullable BigDecimal decimal(@Nullable Number value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = new BigDecimal(value.toString()).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Builds a {@link Parameter}.
     *
     * @param <T> the value's type
     */
    public static final class Builder<T> {
        private final String name;
        private final ParameterType type;
        private final Function<Object, T> parser;
        private @Nullable String unit;
        private @Nullable String defaultText;
        private @Nullable BigDecimal min;
        private @Nullable BigDecimal max;
        private List<String> options = List.of();
        private String label = "";
        private String description = "";
        private boolean advanced;
        private @Nullable String loxone;
        private boolean itemName;
        private @Nullable String pattern;
        private boolean limitToOptions = true;
        private final Map<String, String> optionLabels = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        private <R> Builder(String name, ParameterType type, Function<R, T> parser) {
            this.name = name;
            this.type = type;
            this.parser = raw -> parser.apply((R) raw);
        }

        Builder<T> unit(@Nullable String value) {
            unit = value;
            return this;
        }

        Builder<T> defaultText(@Nullable String value) {
            defaultText = value;
            return this;
        }

        Builder<T> bounds(@Nullable BigDecimal low, @Nullable BigDecimal high) {
            min = low;
            max = high;
            return this;
        }

        /** Limits a text to these words (any case); openHAB's UI offers them. */
        public Builder<T> options(List<String> words) {
            options = words;
            limitToOptions = true;
            return this;
        }

        /** Offers these words in openHAB's UI without limiting the text to them (its parser decides). */
        public Builder<T> suggestions(List<String> words) {
            options = words;
            limitToOptions = false;
            return this;
        }

        /** The English label of one of the options, as openHAB's UI shows it. */
        public Builder<T> optionLabel(String option, String optionLabel) {
            optionLabels.put(option, optionLabel);
            return this;
        }

        /** The name of the Loxone parameter this one corresponds to. */
        public Builder<T> loxone(String loxoneName) {
            loxone = loxoneName;
            return this;
        }

        /** A regular expression (as JavaScript and Java read it alike) a given text must match. */
        public Builder<T> pattern(String regex) {
            pattern = regex;
            return this;
        }

        Builder<T> itemName() {
            itemName = true;
            return this;
        }

        /** The English label and meaning. */
        public Builder<T> text(String shortLabel, String meaning) {
            label = shortLabel;
            description = meaning;
            return this;
        }

        /** Shown in openHAB's UI only on request. */
        public Builder<T> advanced() {
            advanced = true;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the default breaks the parameter's own rules, or an option label
         *             names no option
         */
        public Parameter<T> build() {
            for (String option : optionLabels.keySet()) {
                if (!options.contains(option)) {
                    throw new IllegalArgumentException(name + ": a label for '" + option + "', which is no option");
                }
            }
            return new Parameter<>(this);
        }
    }
}
