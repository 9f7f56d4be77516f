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
package org.openhab.smartgrid.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.ConfigOverride;

/**
 * One {@code --param NAME=FROM:TO:STEP} of a sweep: a configuration key named as in the YAML
 * ({@code loadManager.maxPower}, {@code guard.minLockMinutes}, {@code energyManager.loads.<load>.switchOnPower},
 * {@code loadManager.loads.<load>.power}, {@code house.heatPump.tankLiters}; {@code energy.} and {@code load.}
 * abbreviate the two managers; a load is named by its {@code load} key) and the values to try, FROM to TO
 * inclusive. Each value goes into the configuration as a {@link ConfigOverride}, checked by the loader like a value
 * of the file.
 *
 * @param name the key as given
 * @param path the key's path in the YAML tree; a {@code loads} step is followed by the load's name
 * @param values the values, in increasing order
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
record SweepParam(String name, List<String> path, List<BigDecimal> values) {

    /** What a parameter without a unit shows instead, so that every column says what its numbers are. */
    static final String NO_UNIT = "no unit";
    /** More runs than this is almost certainly a typo in a step. */
    static final int MAX_VALUES = 1000;
    /** FROM, TO and STEP are below this in size... */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    /** ...and have at most this many decimals, so that a typo cannot make the arithmetic huge. */
    private static final int MAX_DECIMALS = 9;

    SweepParam {
        path = List.copyOf(path);
        values = List.copyOf(values);
    }

    /**
     * @throws IllegalArgumentException naming the option and the rule when the text is not NAME=FROM:TO:STEP
     */
    static SweepParam parse(String text) {
        int equals = text.indexOf('=');
        String rule = "--param " + text + ": expected NAME=FROM:TO:STEP, like loadManager.maxPower=4000:6000:500";
        if (equals <= 0) {
            throw new IllegalArgumentException(rule);
        }
        String name = text.substring(0, equals).trim();
        String[] range = text.substring(equals + 1).split(":", -1);
        if (range.length != 3) {
            throw new IllegalArgumentException(rule);
        }
        BigDecimal from = number(text, range[0], rule);
        BigDecimal to = number(text, range[1], rule);
        BigDecimal step = number(text, range[2], rule);
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("--param " + text + ": STEP must be more than 0 and TO at least FROM");
        }
        if (to.subtract(from).divide(step, 0, RoundingMode.FLOOR).compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            throw new IllegalArgumentException("--param " + text + ": more than " + MAX_VALUES + " values");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            values.add(v);
        }
        return new SweepParam(name, path(name), values);
    }

    private static BigDecimal number(String text, String part, String rule) {
        BigDecimal number;
        try {
            number = new BigDecimal(part.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule, e);
        }
        if (number.abs().compareTo(LIMIT) >= 0 || number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("--param " + text + ": FROM, TO and STEP must be numbers below "
                    + LIMIT.toPlainString() + " with at most " + MAX_DECIMALS + " decimals, was " + part.trim());
        }
        return number;
    }

    private static List<String> path(String name) {
        List<String> parts = new ArrayList<>(List.of(name.split("\\.", -1)));
        if (parts.get(0).equals("energy")) {
            parts.set(0, "energyManager");
        } else if (parts.get(0).equals("load")) {
            parts.set(0, "loadManager");
        }
        // a load's name may contain dots: everything between "loads" and the last part is the name
        int loads = parts.indexOf("loads");
        if (loads >= 0 && parts.size() > loads + 2) {
            String load = String.join(".", parts.subList(loads + 1, parts.size() - 1));
            List<String> joined = new ArrayList<>(parts.subList(0, loads + 1));
            joined.add(load);
            joined.add(parts.get(parts.size() - 1));
            parts = joined;
        }
        if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--param " + name + ": expected a key like loadManager.maxPower or "
                    + "energyManager.loads.<load>.switchOnPower");
        }
        return parts;
    }

    /**
     * @return the parameter's unit as its definition gives it (W, min, °C), the same the add-ons' descriptors show;
     *         {@link #NO_UNIT} for a factor, a count or a word
     */
    String unit() {
        Parameter<?> parameter = ConfigLoader.parameterAt(path);
        String unit = parameter == null ? null : parameter.unit();
        return unit == null ? NO_UNIT : unit;
    }

    /** @return the key with its unit, as a column header or a chart's axis, e.g. "loadManager.maxPower (W)" */
    String header() {
        return name + " (" + unit() + ")";
    }

    /** @return this parameter set to {@code value}, for the configuration loader */
    ConfigOverride override(BigDecimal value) {
        return new ConfigOverride(path, value.toPlainString(), "--param " + name + "=" + value.toPlainString());
    }
}
