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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.output.EventsCsvWriter;
import org.openhab.smartgrid.simulator.output.ReportHtmlWriter;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;
import org.openhab.smartgrid.simulator.output.TimelineCsvWriter;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Runs one simulation into an output folder: {@code timeline.csv}, {@code events.csv}, {@code summary.json} and
 * {@code report.html}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class RunOutputs {

    /** The files a run writes, in the order a user would open them. */
    public static final List<String> FILES = List.of("report.html", "summary.json", "timeline.csv", "events.csv");

    private RunOutputs() {
    }

    /**
     * Simulates {@code samples} with {@code engine} and writes the four files into {@code folder} (created when
     * missing; existing files are replaced).
     *
     * @return the run's summary
     * @throws IOException when a file cannot be written
     */
    public static Summary write(Path folder, SimulationConfig config, ControlEngine engine, RunInfo info,
            Iterator<HouseSample> samples) throws IOException {
        Files.createDirectories(folder);
        SummaryAccumulator summary = new SummaryAccumulator();
        Writer timeline = Files.newBufferedWriter(folder.resolve("timeline.csv"), StandardCharsets.UTF_8);
        Writer events = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8);
        Writer report = Files.newBufferedWriter(folder.resolve("report.html"), StandardCharsets.UTF_8);
        try {
            new Simulation(config, engine, List.of(summary, new TimelineCsvWriter(timeline),
                    new EventsCsvWriter(events), new ReportHtmlWriter(report, summary::summary))).run(info, samples);
        } finally {
            // the sinks close their writers in finish(); closing again is harmless and covers a failed run
            timeline.close();
            events.close();
            report.close();
        }
        Summary result = summary.summary();
        Files.writeString(folder.resolve("summary.json"), result.toJson(), StandardCharsets.UTF_8);
        return result;
    }
}
