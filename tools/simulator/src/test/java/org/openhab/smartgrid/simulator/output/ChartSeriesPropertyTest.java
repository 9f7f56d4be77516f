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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.testkit.PropertyCheck;
import org.openhab.smartgrid.simulator.model.HeatPumpStatus;
import org.openhab.smartgrid.simulator.model.HeatPumpTask;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * The chart's downsampling puts every step into the bucket of its time, however the steps are spaced and however
 * often the resolution was halved on the way.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ChartSeriesPropertyTest {

    private static final Instant ORIGIN = Instant.parse("2026-06-21T10:00:00Z");

    @Test
    void everyStepLandsInTheBucketOfItsTimeWhateverTheSpacing() {
        PropertyCheck.forAll("chart bucket = step offset / final width", 200, random -> {
            int maxBuckets = 2 + random.nextInt(60);
            ChartSeries series = new ChartSeries(maxBuckets, 1);
            SimulationStep step = new SimulationStep(List.of("boiler"));
            int count = 1 + random.nextInt(3000);
            long[] offsets = new long[count];
            long[] lengths = new long[count];
            long offset = 0;
            for (int i = 0; i < count; i++) {
                // mostly one second, sometimes a fraction of one, sometimes a gap of up to two hours
                int kind = random.nextInt(20);
                long length = kind == 0 ? 1 + random.nextInt(999) : kind == 1 ? random.nextInt(7_200_000) + 1 : 1000;
                offsets[i] = offset;
                lengths[i] = length;
                series.add(step.set(ORIGIN.plusMillis(offset), Duration.ofMillis(length), i, 0, 0, 0, SgMode.NORMAL,
                        SgMode.NORMAL, false, new boolean[] { i % 3 == 0 },
                        new HeatPumpStatus(HeatPumpTask.IDLE, 0, 40, 35)));
                offset += length;
            }

            long width = series.width().toMillis();
            List<ChartBucket> buckets = series.buckets();
            assertEquals(offsets[count - 1] / width + 1, buckets.size(), "one bucket up to the last step's");
            double[] seconds = new double[buckets.size()];
            double[] gridMax = new double[buckets.size()];
            Arrays.fill(gridMax, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < count; i++) {
                int index = (int) (offsets[i] / width);
                seconds[index] += Math.max(lengths[i] / 1000.0, 1e-3);
                gridMax[index] = Math.max(gridMax[index], i);
            }
            for (int b = 0; b < buckets.size(); b++) {
                assertEquals(seconds[b], buckets.get(b).seconds, 1e-6, "seconds of bucket " + b + " of " + width
                        + " ms after " + count + " steps into at most " + maxBuckets + " buckets");
                assertEquals(gridMax[b], buckets.get(b).gridMax, "the highest grid power of bucket " + b);
            }
            assertEquals(ORIGIN.plusMillis(offset), series.end(), "the series ends with its last step");
        });
    }
}
