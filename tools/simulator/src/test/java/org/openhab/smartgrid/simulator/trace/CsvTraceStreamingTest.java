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
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * A trace far longer than memory should hold is read row by row: the reader keeps no samples.
 * <p>
 * Two million samples would take well over 150 MB if kept (a sample, its Instant and its boxed powers). The test
 * checks two things after a full collection: the first sample was collected while the reader is still open (a
 * precise check that nothing holds it), and the used heap grew by less than 64 MB over the baseline.
 */
@NonNullByDefault
class CsvTraceStreamingTest {

    private static final int ROWS = 2_000_000;
    private static final long START = 1_717_236_000L;
    private static final long HEAP_BOUND = 64L * 1024 * 1024;

    @Test
    void twoMillionRowsAreReadWithoutTheHeapHoldingThem() throws IOException {
        long baseline = usedHeapAfterGc();
        WeakReference<TraceSample> firstSample;
        long count = 1;
        double sum;
        try (CsvTraceReader reader = CsvTraceReader.open(new GeneratedTrace(ROWS), "generated.csv")) {
            TraceSample first = reader.next();
            assertEquals(Instant.ofEpochSecond(START), first.time(), "the first generated row");
            sum = first.gridW() == null ? 0 : first.gridW();
            firstSample = new WeakReference<>(first);
            while (reader.hasNext()) {
                TraceSample sample = reader.next();
                sum += sample.gridW() == null ? 0 : sample.gridW();
                count++;
            }
            assertEquals(ROWS, count, "every generated row is read once");
            assertEquals(ROWS, reader.rowsRead(), "the reader counted every row");

            long grown = usedHeapAfterGc() - baseline;
            System.out.printf("used heap after GC grew by %d KB over %d rows%n", grown / 1024, ROWS);
            assertTrue(isCollected(firstSample),
                    "the first sample must be collectable while the reader is still open: nothing may hold it");
            assertTrue(grown < HEAP_BOUND, () -> "used heap after GC grew by " + grown / (1024 * 1024)
                    + " MB reading " + ROWS + " rows; a streaming reader needs far less than 64 MB");
        }
        assertEquals(GeneratedTrace.expectedGridSum(ROWS), sum, 1e-3, "the rows' grid_w values, in order");
    }

    @Test
    void parseOnlyReadsTwoMillionRowsAndCountsThem() throws IOException {
        TraceStats stats = CsvTraceReader.parseOnly(new GeneratedTrace(ROWS), "generated.csv");
        assertEquals(ROWS, stats.rows(), "every generated row counted");
        assertEquals(Instant.ofEpochSecond(START), stats.first(), "the first row's time");
        assertEquals(Instant.ofEpochSecond(START + 10L * (ROWS - 1)), stats.last(), "the last row's time");
    }

    private static boolean isCollected(WeakReference<?> reference) {
        // System.gc() is a request; a few tries make a full collection all but certain on every JVM we run
        for (int i = 0; i < 10 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // take the lowest of a few collections: one may not finish its cleaning
        for (int i = 0; i < 3; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /**
     * Writes a CSV trace as it is read, one row at a time, so that the test holds no file and no text of it:
     * {@code timestamp,grid_w,pv_w} with one row every 10 s, grid_w cycling from -2500 to 2499 W.
     */
    private static final class GeneratedTrace extends Reader {
        private final int rows;
        private int row = -1;
        private final StringBuilder current = new StringBuilder("timestamp,grid_w,pv_w\n");
        private int position;

        GeneratedTrace(int rows) {
            this.rows = rows;
        }

        static double gridW(long row) {
            return row % 5000 - 2500;
        }

        static double expectedGridSum(int rows) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += gridW(i);
            }
            return sum;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                row++;
                if (row >= rows) {
                    return -1;
                }
                current.setLength(0);
                current.append(START + 10L * row).append(',').append(gridW(row)).append(',')
                        .append(row % 3000 * 1.5).append('\n');
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
