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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.meter.GridMeterParameters;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The parameters of a load manager itself (not of one load), once for openHAB's PeakLoad trigger (where every load of
 * a manager gives the same values) and the simulator's {@code loadManager}: names, units, defaults and ranges, and the
 * {@link LoadManagerConfig} they make.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class LoadManagerParameters {

    public static final Parameter<LoadManagerMode> MODE = Parameter
            .word("mode", LoadManagerMode.class, LoadManagerConfig.DEFAULT_MODE)
            .text("Mode",
                    "Manager level. OVERLOAD: instantaneous import; PEAK: quarter-hour average (capacity tariff); "
                            + "BOTH.")
            .optionLabel("OVERLOAD", "Overload protection").optionLabel("PEAK", "Peak load manager")
            .optionLabel("BOTH", "Peak load manager and overload protection").build();
    public static final Parameter<Double> MAX_POWER = Parameter.decimal("maxPower", "W", null, 1.0, null)
            .text("Max Power", "Manager level, W: the limit.").loxone("MaxP").build();
    public static final Parameter<Double> OVERLOAD_POWER = Parameter.decimal("overloadPower", "W", 0.0, 0.0, null)
            .text("Overload Power",
                    "Manager level, BOTH mode only, W: the instantaneous limit; 0: the same as max power.")
            .advanced().build();
    public static final Parameter<Boolean> FOLLOW_MONTH_PEAK = Parameter.flag("followMonthPeak", false)
            .text("Follow Month Peak",
                    "Manager level: never shave below this month's highest quarter-hour (it is billed anyway) nor "
                            + "below the month peak floor.")
            .build();
    public static final Parameter<Double> MONTH_PEAK_FLOOR = Parameter
            .decimal("monthPeakFloor", "W", LoadManagerConfig.DEFAULT_MONTH_PEAK_FLOOR, 0.0, null)
            .text("Month Peak Floor",
                    "Manager level, W: the month peak followed is never below this (Flanders bills at least 2.5 kW).")
            .advanced().build();
    public static final Parameter<Duration> STALE_AFTER = Parameter
            .duration("staleAfter", "s", (int) LoadManagerConfig.DEFAULT_STALE_AFTER.toSeconds(), 1,
                    (int) LoadManagerConfig.MAX_STALE_AFTER.toSeconds())
            .text("Stale After",
                    "Manager level, s: a grid reading older than this is stale; sheds are kept (until restore after "
                            + "stale meter), nothing is shed.")
            .advanced().build();
    public static final Parameter<Duration> STALE_RESTORE_AFTER = Parameter
            .duration("staleRestoreAfter", "min", (int) LoadManagerConfig.DEFAULT_STALE_RESTORE_AFTER.toMinutes(), 1,
                    (int) LoadManagerConfig.MAX_STALE_RESTORE_AFTER.toMinutes())
            .text("Restore After Stale Meter",
                    "Manager level, min: when the grid reading has been missing, undefined or stale this long, the "
                            + "loads shed are restored (after their minimum shed time), so that a silent meter never "
                            + "keeps a load off without end.")
            .advanced().build();
    public static final Parameter<Duration> FEEDBACK_TIMEOUT = Parameter
            .duration("feedbackTimeout", "s", (int) LoadManagerConfig.DEFAULT_FEEDBACK_TIMEOUT.toSeconds(), 0, 3600)
            .text("Feedback Timeout",
                    "Manager level, s: how long a shed of a load with a feedback item counts as done while the "
                            + "device has not confirmed it; then only the device's report counts.")
            .advanced().build();

    public static final Parameter<Duration> QUARTER_OFFSET = Parameter
            .duration("quarterOffset", "s", 0, 0, (int) LoadManagerConfig.MAX_QUARTER_OFFSET.toSeconds())
            .text("Quarter-Hour Offset",
                    "Manager level, s: how long after the clock's quarter-hours (:00, :15, :30, :45) the meter's "
                            + "quarter-hours start, for a meter whose averaging interval is not the clock's; 0: clock "
                            + "quarter-hours. A quarter-hour sync item sets it from its first pulse on.")
            .advanced().build();

    /** Every parameter of the manager, in the order a user reads them. */
    public static final ParameterSet MANAGER = new ParameterSet("load manager", List.of(MODE, MAX_POWER,
            OVERLOAD_POWER, FOLLOW_MONTH_PEAK, MONTH_PEAK_FLOOR, STALE_AFTER, STALE_RESTORE_AFTER, FEEDBACK_TIMEOUT,
            QUARTER_OFFSET));

    public static final Parameter<String> MANAGER_NAME = Parameter.name("manager", "grid")
            .text("Load Manager", "Loads with the same manager name are arbitrated together.").build();
    public static final Parameter<String> GRID_ITEM = GridMeterParameters.GRID_ITEM;
    public static final Parameter<SignConvention> GRID_SIGN = GridMeterParameters.GRID_SIGN;
    public static final Parameter<String> ENERGY_ITEM = Parameter.optionalItem("energyItem").text(
            "Grid Import Counter Item", "Optional: total grid import in kWh; quarter-hour energy then comes from it.")
            .loxone("Gi").build();

    public static final Parameter<String> METER_MONTH_PEAK_ITEM = Parameter.optionalItem("meterMonthPeakItem").text(
            "Meter Month Peak Item",
            "Optional: the month peak the meter itself reports (Belgian meters: the highest quarter-hour average "
                    + "demand of this month, in kW). The manager's month peak is never below it, so it is right "
                    + "from the first day, also after installing or resetting the add-on.")
            .advanced().build();
    public static final Parameter<String> METER_QUARTER_DEMAND_ITEM = Parameter.optionalItem("meterQuarterDemandItem")
            .text("Meter Quarter-Hour Demand Item",
                    "Optional: the running quarter-hour average demand the meter itself reports (Belgian meters: the "
                            + "DSMR binding's emeter_actual_demand, in kW). Its last value in a quarter-hour is the "
                            + "meter's figure for it: the month peak is never below it.")
            .advanced().build();
    public static final Parameter<String> QUARTER_SYNC_ITEM = Parameter.optionalItem("quarterSyncItem").text(
            "Quarter-Hour Sync Item",
            "Optional: a pulse of the meter at the start of its quarter-hour (a Switch updated to ON, or any update "
                    + "of a DateTime or Number item; OFF, UNDEF and NULL do nothing) starts a quarter-hour then and "
                    + "keeps that offset from the clock's quarter-hours from then on.")
            .loxone("Tr").advanced().build();
    public static final Parameter<String> ALLOWED_POWER_ITEM = StatusItemParameters
            .powerItem("allowedPowerItem", "Allowed Power Item",
                    "the import allowed now: in PEAK mode what the rest of the quarter-hour may still average "
                            + "(UNDEF while the meter is stale)")
            .loxone("Ap").build();
    public static final Parameter<String> QUARTER_AVERAGE_ITEM = StatusItemParameters
            .powerItem("quarterAverageItem", "Quarter-Hour Average Item",
                    "the running clock quarter-hour's average import so far")
            .loxone("AvgP").build();
    public static final Parameter<String> LAST_QUARTER_AVERAGE_ITEM = StatusItemParameters
            .powerItem("lastQuarterAverageItem", "Last Quarter-Hour Average Item",
                    "the average import of the last finished quarter-hour, as the capacity tariff bills it (UNDEF "
                            + "until one has ended)")
            .build();
    public static final Parameter<String> MONTH_PEAK_ITEM = StatusItemParameters
            .powerItem("monthPeakItem", "Month Peak Item", "this month's highest quarter-hour average").build();
    public static final Parameter<String> EXCESS_ITEM = StatusItemParameters
            .powerItem("excessItem", "Excess Item",
                    "the excess import no load could be shed for (0 when every excess is covered)")
            .loxone("MaxPe").build();

    /** The items openHAB keeps up to date with the manager's state (see {@link StatusItemParameters}). */
    public static final ParameterSet STATUS = new ParameterSet("load manager", List.of(ALLOWED_POWER_ITEM,
            QUARTER_AVERAGE_ITEM, LAST_QUARTER_AVERAGE_ITEM, MONTH_PEAK_ITEM, EXCESS_ITEM,
            StatusItemParameters.METER_AGE_ITEM));

    /**
     * Where the manager's data comes from and goes to: its name, its meter's items and sign, and its status items.
     * openHAB reads and updates the items; the simulator reads its data from the trace and carries the names into the
     * configuration it writes for openHAB.
     */
    public static final ParameterSet WIRING = new ParameterSet("load manager",
            List.of(MANAGER_NAME, GRID_ITEM, GRID_SIGN, GridMeterParameters.IMPORT_ITEM, GridMeterParameters.EXPORT_ITEM,
                    ENERGY_ITEM, METER_MONTH_PEAK_ITEM, METER_QUARTER_DEMAND_ITEM, QUARTER_SYNC_ITEM)).plus(STATUS);

    private LoadManagerParameters() {
    }

    /**
     * @param gridSign how the grid meter signs its power
     * @param zone the time zone of the clock quarter-hours and the month
     * @param loads the manager's loads
     * @throws IllegalArgumentException naming the rule the values break together
     */
    public static LoadManagerConfig config(ParameterValues values, SignConvention gridSign, ZoneId zone,
            List<SheddableLoadConfig> loads) {
        return new LoadManagerConfig(values.get(MAX_POWER), values.get(MODE), values.get(OVERLOAD_POWER),
                values.get(FOLLOW_MONTH_PEAK), values.get(MONTH_PEAK_FLOOR), values.get(STALE_AFTER),
                values.get(STALE_RESTORE_AFTER), values.get(FEEDBACK_TIMEOUT), zone, gridSign, loads,
                values.get(QUARTER_OFFSET));
    }
}
