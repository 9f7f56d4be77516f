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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.openhab.smartgrid.core.sizing.HeatPumpSizing;
import org.openhab.smartgrid.core.sizing.Pool;
import org.openhab.smartgrid.simulator.sizing.PoolSpec;
import org.openhab.smartgrid.simulator.sizing.SizingHtml;
import org.openhab.smartgrid.simulator.sizing.SizingReport;
import org.openhab.smartgrid.simulator.sizing.SizingText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code size}: the heat pump capacity needed for a number of lock hours a day, with its breakdown (see
 * docs/sizing.md). The figures all come from the core's {@code org.openhab.smartgrid.core.sizing}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "size", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Heat pump capacity needed when it may be locked some hours a day (German planning guide): "
                + "(heating + 0.2 kW per person + pools) × 24 h / (24 h - lock hours). Prints the breakdown and "
                + "the formula; optionally writes the same as a self-contained HTML page.")
final class SizeCommand implements Callable<Integer> {

    @Option(names = "--heating-kw", paramLabel = "KW", required = true,
            description = "Building heat load in kW (from a heat load calculation), 0 or more.")
    double heatingKw;

    @Option(names = "--persons", paramLabel = "N", required = true,
            description = "Persons using hot water, 0 or more (0.2 kW each).")
    int persons;

    @Option(names = "--lock-hours", paramLabel = "H", required = true,
            description = "Utility lock hours per day, at least 0 and less than 24.")
    double lockHours;

    @Option(names = "--pool", paramLabel = "SPEC", converter = PoolSpec.Converter.class,
            description = "A pool the heat pump heats (repeatable): outdoor:COVER:WATER_C:AREA_M2 with COVER one of "
                    + "covered, sheltered, partly-sheltered, exposed, or indoor:ROOM_C:WATER_C:AREA_M2. Water 20 to "
                    + "28 °C, room 23 to 28 °C; between table points the next warmer water column and the next "
                    + "colder room row are taken. Example: outdoor:sheltered:24:20.")
    List<PoolSpec> pools = new ArrayList<>();

    @Option(names = "--pool-volume", paramLabel = "M3",
            description = "Pool water volume in m³: shows the first heat-up energy (12 kWh/m³) and how long it takes "
                    + "at the pools' heating power. Needs --pool.")
    @Nullable
    Double poolVolume;

    @Option(names = "--second-heat-source",
            description = "A second heat source (boiler, back-up heater) covers the lock periods: the lock-time "
                    + "factor is not applied.")
    boolean secondHeatSource;

    @Option(names = "--capacity-kw", paramLabel = "KW",
            description = "A heat pump capacity in kW: shows the lock hours per day it can bear for this demand.")
    @Nullable
    Double capacityKw;

    @Option(names = "--heat-pump-kw", paramLabel = "KW",
            description = "Electrical connection power of the heat pump in kW: shows the § 14a EnWG classification "
                    + "(controllable consumer above 4.2 kW, auxiliary heaters included).")
    @Nullable
    Double heatPumpKw;

    @Option(names = "--aux-heaters-kw", paramLabel = "KW",
            description = "Electrical power of auxiliary and emergency heaters in kW (default 0). Needs --heat-pump-kw.")
    @Nullable
    Double auxHeatersKw;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the breakdown and the guide's pool tables (used cells highlighted) as a "
                    + "self-contained HTML page.")
    @Nullable
    Path html;

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Double heatPump = heatPumpKw;
        Double aux = auxHeatersKw;
        if (aux != null && heatPump == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--aux-heaters-kw needs --heat-pump-kw");
        }
        List<Pool> corePools = pools.stream().map(PoolSpec::toPool).toList();
        HeatPumpSizing sizing = new HeatPumpSizing(heatingKw, persons, lockHours, corePools, secondHeatSource);
        ControllableConsumer consumer = heatPump == null ? null
                : new ControllableConsumer(heatPump, aux == null ? 0 : aux);
        SizingReport report = SizingReport.calculate(sizing, capacityKw, poolVolume, consumer);
        spec.commandLine().getOut().print(SizingText.render(report));
        spec.commandLine().getOut().flush();
        Path file = html;
        if (file != null) {
            Files.writeString(file, SizingHtml.render(report), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("\nSizing page: " + file.toAbsolutePath());
        }
        return 0;
    }
}
