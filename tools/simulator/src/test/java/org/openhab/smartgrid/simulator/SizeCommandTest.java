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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code size}: the worked examples of docs/sizing.md, the pool cell choice, the inverse, § 14a, the HTML page and
 * honest errors with their exit codes.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SizeCommandTest {


    private static CliResult run(String... args) {
        return CliResult.run(args);
    }

    private static CliResult ok(String... args) {
        CliResult r = run(args);
        assertEquals(0, r.code(), "size succeeds; stderr: " + r.err());
        return r;
    }

    @Test
    void workedExampleOneEightKwFourPersonsTwoHoursNeedsNinePointSixKw() {
        CliResult r = ok("size", "--heating-kw", "8", "--persons", "4", "--lock-hours", "2");
        assertTrue(r.out().contains("Formula: (8.00 + 0.80 + 0.00) kW × 24 h / (24 h − 2 h) = "
                + "(8.00 + 0.80 + 0.00) kW × 1.091 = 9.60 kW\n"), r.out());
        assertTrue(r.out().contains("  Hot water              0.80 kW   0.2 kW × 4 persons\n"), r.out());
        assertTrue(r.out().contains("  Demand                 8.80 kW"), r.out());
        assertTrue(r.out().contains("  Lock-time factor         1.091   exact 24 h / (24 h − 2 h); the guide's table: 1.1\n"),
                r.out());
        assertTrue(r.out().contains("  Required capacity      9.60 kW   demand × factor\n"), r.out());
        assertFalse(r.out().contains("§ 14a"), "no classification without power figures");
    }

    @Test
    void workedExampleTwoWithASheltered24DegreePoolNeeds17Point52Kw() {
        CliResult r = ok("size", "--heating-kw", "6", "--persons", "3", "--lock-hours", "4", "--pool",
                "outdoor:sheltered:24:20");
        assertTrue(r.out().contains("  Pool 1                 8.00 kW   outdoor, no cover, sheltered, 24 °C water: "
                + "400 W/m² × 20 m²; table cell no cover, sheltered × 24 °C water (exact table point)\n"), r.out());
        assertTrue(r.out().contains("  Demand                14.60 kW"), r.out());
        assertTrue(r.out().contains("the guide's table: 1.2\n"), r.out());
        assertTrue(r.out().contains("  Required capacity     17.52 kW"), r.out());
    }

    @Test
    void workedExampleThreeASecondHeatSourceDropsTheFactor() {
        CliResult r = ok("size", "--heating-kw", "8", "--persons", "4", "--lock-hours", "6", "--second-heat-source");
        assertTrue(r.out().contains("  Required capacity      8.80 kW   demand (second heat source covers the locks)"),
                r.out());
        assertTrue(r.out().contains("the guide's table: 1.3; not applied: a second heat source covers the locks"),
                r.out());
        assertTrue(r.out().contains("Formula: (8.00 + 0.80 + 0.00) kW = 8.80 kW (second heat source covers the locks)"),
                r.out());
    }

    @Test
    void betweenTablePointsTheWarmerWaterColumnAndTheColderRoomRowAreTaken() {
        CliResult r = ok("size", "--heating-kw", "0", "--persons", "0", "--lock-hours", "0", "--pool",
                "indoor:26:22:30", "--pool", "outdoor:partly-sheltered:25:10");
        assertTrue(r.out().contains("  Pool 1                 4.20 kW   indoor, room 26 °C, 22 °C water: 140 W/m² × 30 m²; "
                + "table cell room 25 °C × 24 °C water (next colder room row (26 °C lies between 25 and 28 °C); "
                + "next warmer water column (22 °C lies between 20 and 24 °C))\n"), r.out());
        assertTrue(r.out().contains("  Pool 2                 7.00 kW   outdoor, no cover, partly sheltered, 25 °C water: "
                + "700 W/m² × 10 m²; table cell no cover, partly sheltered × 28 °C water (next warmer water column "
                + "(25 °C lies between 24 and 28 °C))\n"), r.out());
        assertTrue(r.out().contains("  Required capacity     11.20 kW"), r.out());
    }

    @Test
    void aboveSixLockHoursTheGuideHasNoTableRow() {
        CliResult r = ok("size", "--heating-kw", "8", "--persons", "0", "--lock-hours", "8");
        assertTrue(r.out().contains("  Lock-time factor         1.500   exact 24 h / (24 h − 8 h); the guide's table: "
                + "no table row above 6 h\n"), r.out());
        assertTrue(r.out().contains("  Required capacity     12.00 kW"), r.out());
    }

    @Test
    void theInverseTellsTheLockHoursACapacityBears() {
        CliResult r = ok("size", "--heating-kw", "10", "--persons", "0", "--lock-hours", "0", "--capacity-kw", "12");
        assertTrue(r.out().contains("  Bearable lock       4.00 h/day   a 12.00 kW heat pump: 24 h − 24 h × 10.00 kW "
                + "/ 12.00 kW\n"), r.out());
        CliResult small = ok("size", "--heating-kw", "10", "--persons", "0", "--lock-hours", "0", "--capacity-kw", "9");
        assertTrue(small.out().contains("  Bearable lock       0.00 h/day   a 9.00 kW heat pump does not exceed the "
                + "demand of 10.00 kW\n"), small.out());
    }

    @Test
    void theFirstHeatUpRunsAtThePoolsHeatingPower() {
        CliResult r = ok("size", "--heating-kw", "0", "--persons", "0", "--lock-hours", "0", "--pool",
                "outdoor:sheltered:24:25", "--pool-volume", "50");
        assertTrue(r.out().contains("  First heat-up          600 kWh   50 m³ × 12 kWh/m³ to over 20 °C\n"), r.out());
        assertTrue(r.out().contains("  Heat-up time            60.0 h   600 kWh / 10.00 kW pool heating power "
                + "(2.5 days)\n"), r.out());
    }

    @ParameterizedTest(name = "{0} kW heat pump + {1} kW heaters: {2}")
    @CsvSource(delimiter = '|', value = { //
            "3.0 | 1.3 | 4.30 kW   3.00 kW heat pump + 1.30 kW auxiliary heaters > 4.2 kW: controllable consumer",
            "3.0 | 1.2 | 4.20 kW   3.00 kW heat pump + 1.20 kW auxiliary heaters ≤ 4.2 kW: not a controllable consumer" })
    void section14aCountsTheAuxiliaryHeaters(String heatPump, String aux, String expected) {
        CliResult r = ok("size", "--heating-kw", "8", "--persons", "4", "--lock-hours", "2", "--heat-pump-kw", heatPump,
                "--aux-heaters-kw", aux);
        assertTrue(r.out().contains("  § 14a EnWG             " + expected + "\n"), r.out());
    }

    @ParameterizedTest(name = "{0} → exit 1: {1}")
    @CsvSource(delimiter = '|', value = { //
            "--heating-kw -1 --persons 4 --lock-hours 2 | heatingKw must be 0 kW or more, was -1.0",
            "--heating-kw 8 --persons -2 --lock-hours 2 | persons must be 0 or more, was -2",
            "--heating-kw 8 --persons 4 --lock-hours 24 | lockHours must be at least 0 and less than 24 (h of utility "
                    + "lock per day), was 24.0",
            "--heating-kw 8 --persons 4 --lock-hours -0.5 | lockHours must be at least 0 and less than 24 (h of "
                    + "utility lock per day), was -0.5",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool outdoor:sheltered:30:20 | --pool outdoor:sheltered:30:20: "
                    + "waterTemperature must be between 20 and 28 °C (outdoor pool table), was 30.0",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool indoor:22:24:20 | --pool indoor:22:24:20: "
                    + "roomTemperature must be between 23 and 28 °C (indoor pool table), was 22.0",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool indoor:25:19:20 | --pool indoor:25:19:20: "
                    + "waterTemperature must be between 20 and 28 °C (indoor pool table), was 19.0",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool outdoor:covered:24:0 | --pool outdoor:covered:24:0: "
                    + "area must be more than 0 m², was 0.0",
            "--heating-kw 8 --persons 4 --lock-hours 2 --capacity-kw 0 | capacityKw must be more than 0 kW, was 0.0",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool-volume 50 | --pool-volume needs at least one --pool: "
                    + "the first heat-up runs at the pools' heating power",
            "--heating-kw 8 --persons 4 --lock-hours 2 --heat-pump-kw -3 | heatPumpKw must be 0 kW or more, was -3.0" })
    void anInputOutsideItsRangeFailsWithTheCoresMessage(String args, String message) {
        CliResult r = run(("size " + args).split(" "));
        assertEquals(2, r.code(), "a value outside its range is an input error; stdout: " + r.out());
        assertEquals("Error: " + message + "\n", r.err(), "the message names the input and its range");
        assertEquals("", r.out(), "no breakdown is printed");
    }

    @ParameterizedTest(name = "{0} → exit 2")
    @CsvSource(delimiter = '|', value = { //
            "--persons 4 --lock-hours 2 | Missing required option: '--heating-kw=KW'",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool outdoor:foo:24:20 | COVER must be covered, sheltered, "
                    + "partly-sheltered or exposed, was 'foo'",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool spa:25:24:20 | the pool kind must be outdoor or indoor",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool outdoor:sheltered:24 | 'outdoor:sheltered:24' is not "
                    + "outdoor:COVER:WATER_C:AREA_M2 or indoor:ROOM_C:WATER_C:AREA_M2",
            "--heating-kw 8 --persons 4 --lock-hours 2 --pool indoor:x:24:20 | ROOM_C must be a number, was 'x'",
            "--heating-kw 8 --persons 4 --lock-hours 2 --aux-heaters-kw 1 | --aux-heaters-kw needs --heat-pump-kw",
            "--heating-kw eight --persons 4 --lock-hours 2 | Invalid value for option '--heating-kw'" })
    void aMalformedCommandLineIsAUsageError(String args, String message) {
        CliResult r = run(("size " + args).split(" "));
        assertEquals(2, r.code(), "a malformed command line is a usage error; stdout: " + r.out());
        assertTrue(r.err().contains(message), "stderr says: " + message + "; was: " + r.err());
        assertTrue(r.err().contains("Usage: smartgrid-sim size"), "the usage follows: " + r.err());
    }

    @Test
    void theHelpDocumentsEveryOption() {
        CliResult r = ok("size", "--help");
        for (String option : new String[] { "--heating-kw=KW", "--persons=N", "--lock-hours=H", "--pool=SPEC",
                "--pool-volume=M3", "--second-heat-source", "--capacity-kw=KW", "--heat-pump-kw=KW",
                "--aux-heaters-kw=KW", "--html=FILE" }) {
            assertTrue(r.out().contains("      " + option + " "), "help documents " + option + ": " + r.out());
        }
        assertTrue(ok("--help").out().contains("size"), "the top-level help lists size");
    }

    @Test
    void theHtmlPageIsSelfContainedAndShowsTheFiguresAndTheUsedCells(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sizing.html");
        CliResult r = ok("size", "--heating-kw", "6", "--persons", "3", "--lock-hours", "4", "--pool",
                "outdoor:sheltered:24:20", "--pool", "indoor:26:22:30", "--html", file.toString());
        assertTrue(r.out().contains("Sizing page: " + file.toAbsolutePath()), r.out());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no network reference");
        assertFalse(lower.contains("<script") || lower.contains("<link"), "nothing loaded from elsewhere");
        assertTrue(html.contains("<style>"), "inline CSS");
        assertTrue(html.contains(">22.56 kW<"), "required capacity (6 + 0.6 + 8 + 4.2) × 1.2 = 22.56 kW");
        assertTrue(html.contains(">8.00 kW<") && html.contains(">4.20 kW<"), "each pool's demand");
        assertTrue(html.contains("<code>(6.00 + 0.60 + 12.20) kW × 24 h / (24 h − 4 h)"), "the formula");
        assertTrue(html.contains("<td class=\"num used\">400</td>"), "the outdoor cell used is highlighted");
        assertTrue(html.contains("<td class=\"num used\">140</td>"), "the indoor cell used is highlighted");
        assertEquals(2, html.split("class=\"num used\"", -1).length - 1, "exactly the two used cells");
        assertTrue(html.contains("<td class=\"num\">1000</td>") && html.contains("<td class=\"num\">195</td>"),
                "both of the guide's tables in full");
    }
}
