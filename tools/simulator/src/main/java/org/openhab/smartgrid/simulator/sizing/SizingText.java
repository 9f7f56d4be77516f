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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.openhab.smartgrid.core.sizing.HeatPumpSizing;
import org.openhab.smartgrid.core.sizing.HotWaterDemand;
import org.openhab.smartgrid.core.sizing.IndoorPool;
import org.openhab.smartgrid.core.sizing.LockTimeFactor;
import org.openhab.smartgrid.core.sizing.OutdoorPool;
import org.openhab.smartgrid.core.sizing.Pool;

/**
 * The {@code size} command's console text: one line per figure (label, value with its unit, how it was found),
 * then the formula. Shared by the HTML page, which shows the same lines.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SizingText {

    /** The title of the breakdown. */
    public static final String TITLE = "Heat pump sizing (German planning guide on utility lock times)";

    /**
     * One line of the breakdown.
     *
     * @param label what the figure is
     * @param value the figure with its unit
     * @param how how it was found
     */
    public record Line(String label, String value, String how) {
    }

    private SizingText() {
    }

    /** @return the breakdown's lines, in the order shown */
    public static List<Line> lines(SizingReport report) {
        HeatPumpSizing sizing = report.sizing();
        HeatPumpSizing.Result result = report.result();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Heating", kw(result.heatingKw()), "building heat load"));
        lines.add(new Line("Hot water", kw(result.hotWaterKw()),
                num(HotWaterDemand.KW_PER_PERSON) + " kW × " + sizing.persons() + " persons"));
        for (int i = 0; i < sizing.pools().size(); i++) {
            Pool pool = sizing.pools().get(i);
            PoolCell cell = report.cells().get(i);
            lines.add(new Line("Pool " + (i + 1), kw(pool.heatDemandKw()),
                    describe(pool) + ": " + cell.wattsPerSquareMetre() + " W/m² × " + num(pool.areaSquareMetres())
                            + " m²; table cell " + cell.name() + " (" + cell.why() + ")"));
        }
        if (sizing.pools().isEmpty()) {
            lines.add(new Line("Pools", kw(0), "no pool"));
        }
        lines.add(new Line("Demand", kw(result.demandKw()), "heating + hot water + pools"));
        LockTimeFactor factor = result.factor();
        String table = factor.inTable()
                ? String.format(Locale.ROOT, "the guide's table: %.1f", factor.tableValue())
                : "the guide's table: no table row above 6 h";
        String applied = result.factorApplied() ? "" : "; not applied: a second heat source covers the locks";
        lines.add(new Line("Lock-time factor", String.format(Locale.ROOT, "%.3f", factor.exact()),
                "exact 24 h / (24 h − " + num(factor.lockHours()) + " h); " + table + applied));
        lines.add(new Line("Required capacity", kw(result.requiredKw()),
                result.factorApplied() ? "demand × factor" : "demand (second heat source covers the locks)"));
        SizingReport.Inverse inverse = report.inverse();
        if (inverse != null) {
            String how = String.format(Locale.ROOT, "a %.2f kW heat pump: 24 h − 24 h × %.2f kW / %.2f kW",
                    inverse.capacityKw(), result.demandKw(), inverse.capacityKw());
            if (inverse.capacityKw() <= result.demandKw()) {
                how = String.format(Locale.ROOT, "a %.2f kW heat pump does not exceed the demand of %.2f kW",
                        inverse.capacityKw(), result.demandKw());
            }
            lines.add(new Line("Bearable lock", String.format(Locale.ROOT, "%.2f h/day", inverse.bearableLockHours()),
                    how));
        }
        SizingReport.HeatUp heatUp = report.heatUp();
        if (heatUp != null) {
            lines.add(new Line("First heat-up", String.format(Locale.ROOT, "%.0f kWh", heatUp.energyKwh()),
                    num(heatUp.volumeCubicMetres()) + " m³ × " + num(Pool.FIRST_HEAT_UP_KWH_PER_M3)
                            + " kWh/m³ to over 20 °C"));
            double hours = heatUp.time().getSeconds() / 3600.0;
            lines.add(new Line("Heat-up time", String.format(Locale.ROOT, "%.1f h", hours),
                    String.format(Locale.ROOT, "%.0f kWh / %.2f kW pool heating power (%.1f days)",
                            heatUp.energyKwh(), heatUp.powerKw(), hours / 24)));
        }
        ControllableConsumer consumer = report.consumer();
        if (consumer != null) {
            lines.add(new Line("§ 14a EnWG", kw(consumer.connectionKw()), String.format(Locale.ROOT,
                    "%.2f kW heat pump + %.2f kW auxiliary heaters %s %s kW: %s", consumer.heatPumpKw(),
                    consumer.auxiliaryHeatersKw(), consumer.isControllable() ? ">" : "≤",
                    num(ControllableConsumer.THRESHOLD_KW),
                    consumer.isControllable() ? "controllable consumer" : "not a controllable consumer")));
        }
        return lines;
    }

    /** @return the whole console text, ending with a line break */
    public static String render(SizingReport report) {
        StringBuilder out = new StringBuilder(TITLE).append("\n\n");
        for (Line line : lines(report)) {
            out.append(String.format(Locale.ROOT, "  %-18s %11s   %s\n", line.label(), line.value(), line.how()));
        }
        out.append('\n').append("Formula: ").append(report.result().formula()).append('\n');
        return out.toString();
    }

    static String describe(Pool pool) {
        if (pool instanceof OutdoorPool outdoor) {
            return "outdoor, " + PoolCell.coverLabel(outdoor.cover()) + ", " + num(outdoor.waterTemperature())
                    + " °C water";
        }
        IndoorPool indoor = (IndoorPool) pool;
        return "indoor, room " + num(indoor.roomTemperature()) + " °C, " + num(indoor.waterTemperature())
                + " °C water";
    }

    private static String kw(double value) {
        return String.format(Locale.ROOT, "%.2f kW", value);
    }
}
