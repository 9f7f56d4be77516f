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
package org.openhab.smartgrid.simulator.trace;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * Any valid trace, written in any of the forms the format allows (column order, ISO or epoch times, blanks around
 * fields, empty optional fields, comments and blank lines), reads back as exactly the samples it was written from.
 */
@NonNullByDefault
class CsvTraceRoundTripPropertyTest {

    private static final TraceColumn[] OPTIONAL = { TraceColumn.PV_W, TraceColumn.BATTERY_W, TraceColumn.SOC,
            TraceColumn.HEATPUMP_W, TraceColumn.GRID_LOCK };

    @Test
    void everyWrittenTraceReadsBackAsTheSamplesItWasWrittenFrom() {
        PropertyCheck.forAll("a written trace reads back unchanged", 2_000, random -> {
            List<TraceColumn> header = randomHeader(random);
            List<TraceSample> samples = randomSamples(random, header);
            String csv = write(random, header, samples);
            try {
                assertEquals(samples, CsvTraceReaderTest.readAll(csv), () -> "samples read back from:\n" + csv);
                TraceStats stats = CsvTraceReader.parseOnly(new StringReader(csv), "trace.csv");
                assertEquals(samples.size(), stats.rows(), "parse-only row count");
                assertEquals(samples.get(0).time(), stats.first(), "parse-only first time");
                assertEquals(samples.get(samples.size() - 1).time(), stats.last(), "parse-only last time");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<TraceColumn> randomHeader(SplittableRandom random) {
        List<TraceColumn> header = new ArrayList<>();
        header.add(TraceColumn.TIMESTAMP);
        int base = random.nextInt(3);
        if (base != 1) {
            header.add(TraceColumn.GRID_W);
        }
        if (base != 0) {
            header.add(TraceColumn.HOUSEHOLD_W);
        }
        for (TraceColumn column : OPTIONAL) {
            if (random.nextBoolean()) {
                header.add(column);
            }
        }
        Collections.shuffle(header, new java.util.Random(random.nextLong()));
        return header;
    }

    private static List<TraceSample> randomSamples(SplittableRandom random, List<TraceColumn> header) {
        int rows = 1 + random.nextInt(20);
        List<TraceSample> samples = new ArrayList<>();
        // the plausible times of a trace, 2000 to 2100, read back in either form
        long epochSecond = random.nextLong(946_684_800L, 4_000_000_000L);
        for (int i = 0; i < rows; i++) {
            epochSecond += 1 + random.nextInt(900);
            boolean hasGrid = header.contains(TraceColumn.GRID_W);
            boolean hasHousehold = header.contains(TraceColumn.HOUSEHOLD_W);
            if (hasGrid && hasHousehold) {
                // with both columns a row may leave one of them empty, never both
                int which = random.nextInt(3);
                hasGrid = which != 1;
                hasHousehold = which != 0;
            }
            samples.add(new TraceSample(Instant.ofEpochSecond(epochSecond), hasGrid ? power(random) : null,
                    hasHousehold ? Math.abs(power(random)) : null, optional(random, header, TraceColumn.PV_W),
                    optional(random, header, TraceColumn.BATTERY_W), optional(random, header, TraceColumn.SOC),
                    optional(random, header, TraceColumn.HEATPUMP_W),
                    header.contains(TraceColumn.GRID_LOCK) && random.nextInt(4) > 0 ? random.nextBoolean() : null));
        }
        return samples;
    }

    private static @Nullable Double optional(SplittableRandom random, List<TraceColumn> header, TraceColumn column) {
        if (!header.contains(column) || random.nextInt(4) == 0) {
            return null;
        }
        if (column == TraceColumn.SOC) {
            return random.nextInt(5) == 0 ? (double) random.nextInt(2) * 100 : random.nextDouble(0, 100);
        }
        // a battery may discharge; PV and the heat pump never give negative power
        return column == TraceColumn.BATTERY_W ? power(random) : Math.abs(power(random));
    }

    /** @return a power in W within the format's bound of 1 MW either way */
    private static double power(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(-10_000, 10_000);
            case 1 -> random.nextDouble(-20_000, 20_000);
            case 2 -> random.nextDouble(-1e-3, 1e-3);
            default -> random.nextDouble(-1e6, 1e6);
        };
    }

    private static String write(SplittableRandom random, List<TraceColumn> header, List<TraceSample> samples) {
        StringBuilder csv = new StringBuilder();
        noise(random, csv);
        for (int i = 0; i < header.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(blanks(random)).append(header.get(i).header()).append(blanks(random));
        }
        csv.append(random.nextBoolean() ? "\n" : "\r\n");
        for (TraceSample sample : samples) {
            noise(random, csv);
            for (int i = 0; i < header.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(blanks(random)).append(field(random, header.get(i), sample))
                        .append(blanks(random));
            }
            csv.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        noise(random, csv);
        return csv.toString();
    }

    private static String field(SplittableRandom random, TraceColumn column, TraceSample sample) {
        return switch (column) {
            case TIMESTAMP -> random.nextBoolean() ? Long.toString(sample.time().getEpochSecond())
                    : OffsetDateTime.ofInstant(sample.time(), ZoneOffset.ofHours(random.nextInt(-12, 15))).toString();
            case GRID_W -> number(sample.gridW());
            case HOUSEHOLD_W -> number(sample.householdW());
            case PV_W -> number(sample.pvW());
            case BATTERY_W -> number(sample.batteryW());
            case SOC -> number(sample.socPercent());
            case HEATPUMP_W -> number(sample.heatpumpW());
            case GRID_LOCK -> flag(random, sample.gridLock());
        };
    }

    /** Double.toString writes the shortest text that parses back to the same double. */
    private static String number(@Nullable Double value) {
        return value == null ? "" : value.toString();
    }

    private static String flag(SplittableRandom random, @Nullable Boolean value) {
        if (value == null) {
            return "";
        }
        return switch (random.nextInt(3)) {
            case 0 -> value ? "1" : "0";
            case 1 -> value.toString();
            default -> value ? "TRUE" : "False";
        };
    }

    private static String blanks(SplittableRandom random) {
        return random.nextInt(5) == 0 ? (random.nextBoolean() ? " " : "\t ") : "";
    }

    private static void noise(SplittableRandom random, StringBuilder csv) {
        while (random.nextInt(4) == 0) {
            csv.append(random.nextBoolean() ? "# a comment, with commas\n" : random.nextBoolean() ? "\n" : "  \t\n");
        }
    }
}
