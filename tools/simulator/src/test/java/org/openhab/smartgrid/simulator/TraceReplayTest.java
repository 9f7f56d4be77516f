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
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.trace.CsvTraceReader;

/**
 * A replayed trace row becomes the house without its managed loads: household as measured, or the grid meter
 * without the real heat pump; empty fields are 0 W, unknown or inactive.
 */
@NonNullByDefault
class TraceReplayTest {

    private static final Instant T0 = Instant.parse("2024-06-01T10:00:00Z");

    private static List<HouseSample> replay(String csv) throws IOException {
        List<HouseSample> samples = new ArrayList<>();
        try (CsvTraceReader trace = CsvTraceReader.open(new StringReader(csv), "trace.csv")) {
            new TraceReplay(trace, Progress.none()).forEachRemaining(samples::add);
        }
        return samples;
    }

    @Test
    void aRowWithHouseholdPowerIsTheHouseAsMeasured() throws IOException {
        List<HouseSample> samples = replay("""
                timestamp,grid_w,household_w,pv_w,battery_w,soc,heatpump_w,grid_lock
                1717236000,9999,450,3200,-400,55.5,1800,true
                """);
        assertEquals(List.of(new HouseSample(T0, 450, 3200, -400, OptionalDouble.of(55.5), true)), samples,
                "household_w wins over the grid meter, which the heat pump does not change");
    }

    @Test
    void aGridMeterRowHasTheRealHeatPumpRemoved() throws IOException {
        // 1500 W import + 2000 W PV - 500 W charging - 2000 W real heat pump = 1000 W household
        List<HouseSample> samples = replay("""
                timestamp,grid_w,pv_w,battery_w,heatpump_w,grid_lock
                1717236000,1500,2000,500,2000,0
                """);
        assertEquals(List.of(new HouseSample(T0, 1000, 2000, 500, OptionalDouble.empty(), false)), samples,
                "the house without the real heat pump");
    }

    @Test
    void emptyFieldsAreZeroWattsAnUnknownChargeAndNoLock() throws IOException {
        List<HouseSample> samples = replay("""
                timestamp,grid_w,household_w,pv_w,battery_w,soc,heatpump_w,grid_lock
                1717236000,700,,,,,,
                1717236001,,300,,,,,
                """);
        assertEquals(List.of(new HouseSample(T0, 700, 0, 0, OptionalDouble.empty(), false),
                new HouseSample(T0.plusSeconds(1), 300, 0, 0, OptionalDouble.empty(), false)), samples,
                "not measured is 0 W for powers, no state of charge and no grid lock");
    }

    @Test
    void everyRowIsReplayedOnceInOrderAcrossTheReadersBatches() throws IOException {
        int rows = 1000;
        StringBuilder csv = new StringBuilder("timestamp,household_w\n");
        for (int i = 0; i < rows; i++) {
            csv.append(T0.getEpochSecond() + i).append(',').append(i).append('\n');
        }
        List<HouseSample> samples = replay(csv.toString());
        assertEquals(rows, samples.size(), "one sample per row");
        for (int i = 0; i < rows; i++) {
            assertEquals(T0.plusSeconds(i), samples.get(i).time(), "the time of row " + i);
            assertEquals(i, samples.get(i).householdPower(), "the household power of row " + i);
        }
    }
}
