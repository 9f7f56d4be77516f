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
package org.openhab.smartgrid.simulator.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.output.SummaryAccumulator;

/**
 * Streams a replay as server-sent events ({@code start}, {@code engine}, {@code step}, {@code end}), paced so
 * that simulated time runs {@code speed} times faster than wall time.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class EventStreamSink implements org.openhab.smartgrid.simulator.output.SimulationSink {

    private final OutputStream out;
    private final double speed;
    private final SummaryAccumulator summary = new SummaryAccumulator();
    private ZoneId zone = ZoneId.of("UTC");
    private @Nullable Instant firstStep;
    private long wallStartNanos;

    /**
     * @param out the response body
     * @param speed simulated seconds per wall second (at least 1)
     */
    EventStreamSink(OutputStream out, double speed) {
        this.out = out;
        this.speed = speed;
    }

    @Override
    public void start(RunInfo info) throws IOException {
        zone = info.zone();
        summary.start(info);
        send("start", Json.info(info));
    }

    @Override
    public void event(EngineEvent event) throws IOException {
        summary.event(event);
        send("engine", Json.event(event, zone));
    }

    @Override
    public void quarter(org.openhab.smartgrid.core.load.FinishedQuarter quarter) {
        summary.quarter(quarter);
    }

    @Override
    public void step(SimulationStep step) throws IOException {
        pace(step.time());
        summary.step(step);
        send("step", Json.step(step, zone));
    }

    @Override
    public void finish() throws IOException {
        Summary result = summary.summary();
        send("end", result.toJson().replace("\n", ""));
    }

    private void send(String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Waits until the wall clock has caught up with simulated time; this is a live view, not the engine. */
    private void pace(Instant time) throws IOException {
        Instant first = firstStep;
        if (first == null) {
            firstStep = time;
            wallStartNanos = System.nanoTime();
            return;
        }
        long dueNanos = wallStartNanos + (long) (Duration.between(first, time).toNanos() / speed);
        long waitMillis = (dueNanos - System.nanoTime()) / 1_000_000;
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("replay interrupted", e);
            }
        }
    }
}
