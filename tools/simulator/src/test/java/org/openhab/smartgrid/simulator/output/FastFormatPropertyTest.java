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
package org.openhab.smartgrid.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The timeline's fast formats write exactly what String.format and the ISO formatter write.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class FastFormatPropertyTest {

    private static String fixed(double value, int decimals) {
        return FastFormat.fixed(new StringBuilder(), value, decimals).toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = { 0.0, -0.0, -0.04, 0.05, 0.15, 0.25, 2.675, -2.5, 1e15, -1e13, 12345.65, 0.045,
            Double.NaN, Double.POSITIVE_INFINITY })
    void tiesNegativeZeroAndHugeValuesAreWrittenLikeStringFormat(double value) {
        for (int decimals = 0; decimals <= 3; decimals++) {
            assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), fixed(value, decimals),
                    value + " with " + decimals + " decimals");
        }
    }

    @Test
    void randomValuesAreWrittenLikeStringFormat() {
        PropertyCheck.forAll("fixed = %.Nf", 2000, random -> {
            for (int i = 0; i < 200; i++) {
                double value = switch (random.nextInt(3)) {
                    case 0 -> (random.nextDouble() - 0.5) * 20_000;
                    case 1 -> Math.round((random.nextDouble() - 0.5) * 2e6) / 1000.0; // decimal-looking values
                    default -> (random.nextDouble() - 0.5) * 0.2;
                };
                int decimals = random.nextInt(4);
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), fixed(value, decimals),
                        value + " with " + decimals + " decimals");
            }
        });
    }

    @Test
    void timesAreWrittenLikeTheIsoFormatterAcrossDstChanges() {
        PropertyCheck.forAll("time = ISO_OFFSET_DATE_TIME", 300, random -> {
            int choice = random.nextInt(5);
            ZoneId zone = ZoneId.of(new String[] { "Europe/Brussels", "UTC", "Australia/Lord_Howe",
                    "America/St_Johns", "Africa/Monrovia" }[choice]);
            FastFormat format = new FastFormat(zone);
            // around the 2026 DST changes (Monrovia: its 1972 change from an offset with seconds, -00:44:30), in
            // steps of up to 3 minutes, now and then with a fraction of a second
            Instant t = Instant.parse(choice == 4 ? "1972-01-06T12:00:00Z"
                    : random.nextBoolean() ? "2026-03-29T00:00:00Z" : "2026-10-04T14:00:00Z")
                    .plusSeconds(random.nextInt(4 * 3600));
            for (int i = 0; i < 300; i++) {
                assertEquals(Csv.time(t, zone), format.time(new StringBuilder(), t).toString(), "time " + t);
                t = t.plusSeconds(1 + random.nextInt(180)).plusNanos(random.nextInt(20) == 0 ? 5_000_000 : 0);
            }
        });
    }
}
