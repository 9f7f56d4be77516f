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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.simulator.model.SimulationStep;

/**
 * Downsamples a run of any length to at most {@code maxBuckets} equal-width time buckets. When a step falls
 * beyond the last bucket, neighbouring buckets are merged pairwise and the width doubles, so memory stays bounded
 * however long the trace is and extremes (min/max per bucket) are kept.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ChartSeries {

    private final int maxBuckets;
    private final int loadCount;
    private final List<ChartBucket> buckets = new ArrayList<>();
    private @Nullable Instant origin;
    /** The last step; under the sink contract (each step lasts until the next) its end is the series' end. */
    private @Nullable Instant lastTime;
    private Duration lastInterval = Duration.ZERO;
    private long widthMillis;
    /**
     * The bucket of the last step and its span [from, to) in ms after the origin: consecutive steps mostly fall into
     * the same bucket, and then need no division to find it. Set only by {@link #bucketAt}, after any halving.
     */
    private @Nullable ChartBucket current;
    private long currentFrom;
    private long currentTo;

    ChartSeries(int maxBuckets, int loadCount) {
        if (maxBuckets < 2) {
            throw new IllegalArgumentException("maxBuckets must be >= 2, was " + maxBuckets);
        }
        this.maxBuckets = maxBuckets;
        this.loadCount = loadCount;
    }

    void add(SimulationStep step) {
        Instant start = origin;
        if (start == null) {
            start = step.time();
            origin = start;
            widthMillis = Math.max(1000, step.interval().toMillis());
        }
        long offset = Math.max(0, millisBetween(start, step.time()));
        ChartBucket bucket = current;
        if (bucket == null || offset < currentFrom || offset >= currentTo) {
            bucket = bucketAt(offset);
        }
        bucket.add(step);
        lastTime = step.time();
        lastInterval = step.interval();
    }

    /**
     * Books a finished quarter-hour in the bucket it began in (the first one when it began before the first step);
     * ignored before the first step.
     */
    void addQuarter(FinishedQuarter quarter) {
        Instant start = origin;
        if (start != null) {
            bucketAt(Math.max(0, millisBetween(start, quarter.start()))).addQuarter(quarter);
        }
    }

    /** @return the bucket of {@code offset} ms after the origin, halving the resolution when it lies beyond */
    private ChartBucket bucketAt(long offset) {
        long index = offset / widthMillis;
        while (index >= maxBuckets) {
            halve();
            index = offset / widthMillis;
        }
        while (buckets.size() <= index) {
            buckets.add(new ChartBucket(loadCount));
        }
        ChartBucket bucket = buckets.get((int) index);
        current = bucket;
        currentFrom = index * widthMillis;
        currentTo = currentFrom + widthMillis;
        return bucket;
    }

    /**
     * @return whole milliseconds from {@code from} to {@code to}, as {@code Duration.between(from, to).toMillis()}
     *         gives them when {@code to} is not before {@code from}, without a duration per step
     */
    static long millisBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        int nanos = to.getNano() - from.getNano();
        return seconds * 1000 + Math.floorDiv(nanos, 1_000_000);
    }

    private void halve() {
        List<ChartBucket> merged = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i += 2) {
            ChartBucket first = buckets.get(i);
            if (i + 1 < buckets.size()) {
                first.merge(buckets.get(i + 1));
            }
            merged.add(first);
        }
        buckets.clear();
        buckets.addAll(merged);
        widthMillis *= 2;
    }

    List<ChartBucket> buckets() {
        return buckets;
    }

    /** @return the start of the first bucket, or the epoch when empty */
    Instant origin() {
        Instant start = origin;
        return start == null ? Instant.EPOCH : start;
    }

    /** @return the end of the last step, or the epoch when empty */
    Instant end() {
        Instant last = lastTime;
        return last == null ? Instant.EPOCH : last.plus(lastInterval);
    }

    /** @return the start of bucket {@code index} */
    Instant bucketStart(int index) {
        return origin().plusMillis(widthMillis * index);
    }

    /** @return the middle of bucket {@code index}: half a width (whole milliseconds, halved exactly) after its start */
    Instant bucketMiddle(int index) {
        return bucketStart(index).plusNanos(widthMillis * 500_000L);
    }

    /** @return the bucket width */
    Duration width() {
        return Duration.ofMillis(widthMillis);
    }
}
