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
package org.openhab.smartgrid.simulator.sizing;

import static org.openhab.smartgrid.simulator.sizing.PoolCell.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;

/**
 * The Thermia heat pump Thing's settings a sizing implies: the lock time the heat pump was sized for
 * ({@code designLockHours}), a lock budget of the guards that stays within it (so that the Thing does not warn that
 * peak shedding may lock the heat pump longer than it was sized for), and, when given, the powers of the § 14a
 * classification. The names are the Thing's configuration parameters; the guards' come from the core's parameter
 * model, which the binding reads its configuration with.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class OpenhabSettings {

    /** The Thing's parameter of the daily lock time the heat pump was sized for, in hours. */
    public static final String DESIGN_LOCK_HOURS = "designLockHours";
    /** The Thing's parameter of the heat pump's electrical connection power, in kW. */
    public static final String HEAT_PUMP_POWER_KW = "heatPumpPowerKw";
    /** The Thing's parameter of the auxiliary and emergency heaters' power, in kW. */
    public static final String AUXILIARY_HEATER_POWER_KW = "auxiliaryHeaterPowerKw";
    /** What a setting without a unit (a number of lock blocks) says instead. */
    public static final String COUNT = "count";
    /** The step of {@code designLockHours} in the Thing's descriptor: the UI offers half hours. */
    private static final BigDecimal DESIGN_LOCK_STEP = new BigDecimal("0.5");

    /**
     * One setting.
     *
     * @param name the Thing's configuration parameter
     * @param value the value as openHAB stores it: an Integer or a BigDecimal
     * @param unit the value's unit, or {@link #COUNT}
     * @param why where the value comes from
     */
    public record Setting(String name, Object value, String unit, String why) {

        /** @return the value as the UI's Code tab and a .things file write it */
        public String text() {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
    }

    private OpenhabSettings() {
    }

    /** @return the settings, in the order of the Thing's configuration page */
    public static List<Setting> of(SizingReport report) {
        List<Setting> settings = new ArrayList<>();
        SizingReport.Inverse inverse = report.inverse();
        double lockHours = report.sizing().lockHours();
        String designWhy;
        if (report.sizing().secondHeatSourceCoversLocks()) {
            designWhy = "the lock hours a day given; a second heat source covers them";
        } else if (inverse != null) {
            lockHours = inverse.bearableLockHours();
            designWhy = String.format(Locale.ROOT, "the lock a %.2f kW heat pump bears (%.2f h/day)",
                    inverse.capacityKw(), inverse.bearableLockHours());
        } else {
            designWhy = "the lock hours a day the capacity above is sized for";
        }
        // down to the descriptor's half hours: the Thing must not assume more lock than the heat pump bears
        BigDecimal design = plain(BigDecimal.valueOf(Math.min(24, lockHours))
                .divide(DESIGN_LOCK_STEP, 0, RoundingMode.FLOOR).multiply(DESIGN_LOCK_STEP));
        if (design.compareTo(BigDecimal.valueOf(lockHours)) != 0) {
            designWhy += ", down to the Thing's half hours";
        }
        settings.add(new Setting(DESIGN_LOCK_HOURS, design, "h", designWhy));
        guards(settings, design);
        ControllableConsumer consumer = report.consumer();
        if (consumer != null) {
            settings.add(new Setting(HEAT_PUMP_POWER_KW, plain(BigDecimal.valueOf(consumer.heatPumpKw())), "kW",
                    "--heat-pump-kw: the § 14a EnWG classification"));
            settings.add(new Setting(AUXILIARY_HEATER_POWER_KW,
                    plain(BigDecimal.valueOf(consumer.auxiliaryHeatersKw())), "kW",
                    "--aux-heaters-kw: counts towards the " + num(ControllableConsumer.THRESHOLD_KW) + " kW"));
        }
        return settings;
    }

    /**
     * The guards' lock budget within the design lock: the budget is the smaller of blocks × block length and the
     * daily minutes, so the daily minutes are the design lock, and a block no longer than that.
     */
    private static void guards(List<Setting> settings, BigDecimal designHours) {
        int designMinutes = designHours.multiply(BigDecimal.valueOf(60)).intValue();
        if (designMinutes == 0) {
            settings.add(guard(GuardParameters.MAX_LOCKS_PER_DAY, 0, "sized for no lock: peak shedding never locks "
                    + "the heat pump (the grid operator's lock still does)"));
            return;
        }
        int perBlock = Math.min(GuardConfig.DEFAULT_MAX_LOCK_MINUTES, designMinutes);
        settings.add(guard(GuardParameters.MAX_LOCKS_PER_DAY, GuardConfig.DEFAULT_MAX_LOCKS_PER_DAY, "the default"));
        settings.add(guard(GuardParameters.MAX_LOCK, perBlock, perBlock == GuardConfig.DEFAULT_MAX_LOCK_MINUTES
                ? "the default" : "no longer than the daily lock"));
        settings.add(guard(GuardParameters.MAX_LOCK_PER_DAY, designMinutes, "designLockHours × 60 min/h: the lock "
                + "budget stays within the sizing"));
    }

    /** @return {@code value} without trailing zeros, as a user writes it: 4 rather than 4.0, 10 rather than 1E+1 */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Setting guard(Parameter<?> parameter, int value, String why) {
        String unit = parameter.unit();
        return new Setting(parameter.name(), value, unit == null ? COUNT : unit, why);
    }

    /** @return the Thing as the Code tab of openHAB's Thing page shows it, with these settings as configuration */
    public static Map<String, Object> thing(List<Setting> settings) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        settings.forEach(s -> configuration.put(s.name(), s.value()));
        return OpenhabFiles.thing(configuration);
    }

    /** @return the Thing as a line of a {@code .things} file */
    public static String thingsLine(List<Setting> settings) {
        List<String> pairs = settings.stream().map(s -> s.name() + "=" + s.text()).toList();
        return "Thing " + OpenhabFiles.THING_UID + " \"" + OpenhabFiles.THING_LABEL + "\" [ " + String.join(", ", pairs)
                + " ]";
    }
}
