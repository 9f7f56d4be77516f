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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * A chart's value axis is labelled at round values (1, 2, 2.5 or 5 × 10^n apart) that cover the data with 3 to 8
 * ticks, whatever the range: never 0.6, 1.9, 3.2, 4.5 kW as a range divided into equal parts gave.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class AxisTicksPropertyTest {

    private static final Set<String> ROUND_MULTIPLES = Set.of("1", "2", "2.5", "5");

    @Test
    void ticksAreRoundCoverTheDataAndNumberThreeToEight() {
        PropertyCheck.forAll("round ticks covering the range", 2000, random -> {
            // ranges from a fraction of a degree to tens of kW, across and away from zero
            double scale = Math.pow(10, random.nextInt(9) - 3);
            double min = (random.nextDouble() * 2 - 1) * scale * (1 + random.nextInt(20));
            double max = random.nextInt(10) == 0 ? min : min + random.nextDouble() * scale * (1 + random.nextInt(20));
            AxisTicks ticks = AxisTicks.covering(min, max);
            String range = min + " to " + max + ": " + labels(ticks);

            assertTrue(ticks.count() >= 3 && ticks.count() <= 8, "3 to 8 ticks for " + range);
            assertTrue(ticks.min() <= min && ticks.max() >= max, "the ticks cover " + range);
            String multiple = ticks.multiple().stripTrailingZeros().toPlainString();
            assertTrue(ROUND_MULTIPLES.contains(multiple), "a round step (" + multiple + ") for " + range);
            BigDecimal step = ticks.multiple().scaleByPowerOfTen(ticks.exponent());
            for (int i = 0; i < ticks.count(); i++) {
                BigDecimal value = new BigDecimal(ticks.label(i));
                assertEquals(0, value.remainder(step).signum(), "tick " + value + " is a multiple of " + step);
                assertEquals(ticks.value(i), value.doubleValue(), Math.abs(step.doubleValue()) * 1e-9,
                        "the label is the value for " + range);
            }
        });
    }

    @Test
    void aDayOfHousePowerGetsWholeKilowatts() {
        AxisTicks ticks = AxisTicks.covering(-4.2, 4.5);
        assertEquals(List.of("-6", "-4", "-2", "0", "2", "4", "6"), labels(ticks),
                "not the 4.5, 3.2, 1.9, 0.6, -0.8 kW of a range cut into equal parts");
        assertEquals(List.of("0", "1", "2", "3", "4"), labels(AxisTicks.covering(0, 3.63)));
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1", "1.2"), labels(AxisTicks.covering(0, 1.1)));
    }

    private static List<String> labels(AxisTicks ticks) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ticks.count(); i++) {
            labels.add(ticks.label(i));
        }
        return labels;
    }
}
