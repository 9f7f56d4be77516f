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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quarter-hour figure across gaps in a trace: the inputs of issue 19, a constant 1 kW house whose samples leave
 * gaps. Before, the whole interval's energy was booked into the quarter where it started (a 2 h gap gave 8 kW,
 * hourly samples 4 kW, a 19-day gap 1,824 kW). Now the core's meter splits each interval over the quarters and a
 * sample holds at most {@code house.maxSampleGap} (15 min): the peak is the 1 kW the house drew, and the gap is
 * reported.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SampleGapTest {

    private static final Instant T0 = Instant.parse("2026-01-20T08:00:00Z");

    /** A house that draws nothing of its own: the heat pump never needs to run (no draws, no losses). */
    private static final String IDLE_HOUSE = """
            house:
              heatPump:
                tankLoss: 0
                hotWaterDraws: []
            """;

    static Stream<Arguments> traces() {
        return Stream.of(
                Arguments.of("constant 1 kW with a 2 h gap",
                        join(minutes(T0, 121), minutes(T0.plus(Duration.ofMinutes(240)), 121)), 1,
                        Duration.ofHours(2), "2026-01-20T11:00+01:00", 2 + 0.25 + 2 + 1 / 60.0),
                Arguments.of("hourly samples", every(T0, Duration.ofHours(1), 24), 23, Duration.ofHours(1),
                        "2026-01-20T09:00+01:00", 24 * 0.25),
                Arguments.of("a 19-day gap", join(minutes(T0, 61), minutes(T0.plus(Duration.ofDays(19)), 61)), 1,
                        Duration.ofDays(19).minusMinutes(60), "2026-01-20T10:00+01:00", 1 + 0.25 + 1 + 1 / 60.0));
    }

    /**
     * @param expectedImportKwh 1 kW over the measured time: every minute sample holds a minute, the sample before a
     *            gap 15 minutes, the last one as long as the one before
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("traces")
    void aGapIsReportedAndBooksNoEnergyIntoAQuarter(String name, List<Instant> times, int gaps, Duration longest,
            String longestFrom, double expectedImportKwh, @TempDir Path dir) throws IOException {
        Path out = run(dir, times);
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"peak_quarter_hour_kw\": 1.000,"), "the house drew 1 kW throughout: " + summary);
        assertTrue(summary.contains(String.format(Locale.ROOT, "\"import_kwh\": %.3f,", expectedImportKwh)),
                summary);
        assertTrue(summary.contains("\"sample_gaps\": { \"count\": " + gaps + ", \"longest_minutes\": "
                + String.format(Locale.ROOT, "%.3f", longest.toMillis() / 60_000.0) + ", \"longest_from\": \""
                + longestFrom + "\""), summary);
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<p class=\"gap-note\">" + gaps + (gaps == 1 ? " gap" : " gaps")
                + " in the samples"), "the report notes the gaps");
    }

    @Test
    void aQuarterSplitBetweenTwoSamplesIsBookedIntoBothQuarters(@TempDir Path dir) throws IOException {
        // samples every 10 minutes from 09:00 local: 09:10-09:20 is half in each quarter, no gap at all
        Path out = run(dir, every(T0, Duration.ofMinutes(10), 13));
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"peak_quarter_hour_kw\": 1.000,"), summary);
        assertTrue(summary.contains("\"sample_gaps\": { \"count\": 0, \"longest_minutes\": 0.000, \"longest_from\": "
                + "null"), summary);
        assertTrue(summary.contains("\"import_kwh\": 2.167,"), "13 samples of 10 min at 1 kW: " + summary);
        assertFalse(Files.readString(out.resolve("report.html")).contains("gap-note"), "no gap, no note");
    }

    @Test
    void aLongerMaximumSampleGapHoldsHourlySamples(@TempDir Path dir) throws IOException {
        Path out = run(dir, every(T0, Duration.ofHours(1), 24), "  maxSampleGap: 60\n");
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"import_kwh\": 24.000,"), "each hourly sample holds its hour: " + summary);
        assertTrue(summary.contains("\"peak_quarter_hour_kw\": 1.000,"), summary);
        assertTrue(summary.contains("\"count\": 0,"), summary);
    }

    private static Path run(Path dir, List<Instant> times) throws IOException {
        return run(dir, times, "");
    }

    private static Path run(Path dir, List<Instant> times, String houseKeys) throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,grid_w\n");
        times.forEach(t -> csv.append(t).append(",1000\n"));
        Path trace = Files.writeString(dir.resolve("trace.csv"), csv, StandardCharsets.UTF_8);
        Path config = Files.writeString(dir.resolve("house.yaml"), IDLE_HOUSE.replace("house:\n", "house:\n"
                + houseKeys), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliResult r = CliResult.run("run", "--config", config.toString(), "--trace", trace.toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    private static List<Instant> minutes(Instant from, int count) {
        return every(from, Duration.ofMinutes(1), count);
    }

    private static List<Instant> every(Instant from, Duration step, int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plus(step.multipliedBy(i)));
        }
        return times;
    }

    private static List<Instant> join(List<Instant> first, List<Instant> second) {
        List<Instant> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
