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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.ZoneOffsets;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * Grid import per clock quarter-hour (:00, :15, :30, :45 local time), as the capacity tariff bills it.
 * <p>
 * <b>Quarters.</b> A quarter starts where the local wall clock shows a multiple of 15 minutes and lasts 15 minutes
 * of real time. Every zone in use today has an offset that is a multiple of 15 minutes, so a daylight-saving change
 * (always on a full hour) falls on a quarter boundary: the repeated autumn hour simply has eight quarters, the
 * skipped spring hour none.
 * <p>
 * <b>Offset and sync (Loxone Tr).</b> A meter whose quarters do not start on the clock's quarter-hours (its own clock
 * is off, or it bills quarters of its own) is followed with an offset: quarters then start that long after :00, :15,
 * :30 and :45 ({@code quarterOffset}). {@link #synchronize} starts a quarter at a sync pulse and keeps that offset
 * from then on: the quarter that runs at the pulse ends there (it counts with what it measured: a lower bound); one
 * cut after less than {@value #MIN_REPORTED_SECONDS} s is not reported at all, since its few seconds belonged to
 * the meter's quarter before, so that a pulse a little late does not report a quarter of seconds.
 * <p>
 * <b>Power samples: the previous-value rule.</b> A sample's power holds from its instant until the next sample,
 * but no longer than {@code maxHold} (the manager's {@code staleAfter}). This is exact for meters and openHAB
 * items that report on change, needs no future sample (so energy "so far" is known at every instant), and is the
 * rule the trapezoid cannot offer causally. Only import counts: export ({@code watts < 0}) adds nothing, since the
 * capacity tariff bills import. Time not covered by a held sample is <em>unmeasured</em>; it is reported, never
 * invented.
 * <p>
 * <b>Energy counter.</b> Once an import counter (kWh, rising) has been given, energy comes from it instead: the
 * energy between two counter readings is spread evenly over the time between them, which interpolates the
 * counter linearly at a quarter boundary. A counter that goes down (meter exchange) adds nothing for that
 * stretch. After the last counter reading the current power (or the last counter rate) estimates the energy up to
 * now. A quarter whose closing counter reading is more than {@code maxHold} late is closed with what is known.
 * <p>
 * <b>Clock.</b> The meter reads no clock. A sample older than what the meter has already processed is held from
 * that point on (a late sample); one older by more than {@code maxHold} means the clock went back, and the meter
 * starts over at the sample's quarter without reporting the unfinished one.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class QuarterHourMeter {

    /** The length of a quarter-hour: 15 minutes of real time. */
    public static final Duration QUARTER = Duration.ofMinutes(15);
    static final long QUARTER_MS = QUARTER.toMillis();
    static final double QUARTER_SECONDS = QUARTER_MS / 1000.0;
    static final double QUARTERS_PER_HOUR = 4;
    static final double JOULES_PER_WH = 3600;
    /** kWh per ms to W: 3.6e6 J/kWh and 1000 ms/s. */
    private static final double KWH_PER_MS_TO_WATTS = 3.6e9;
    private static final long NONE = Long.MIN_VALUE;
    /** A quarter cut by a sync pulse after less than this is not reported (see the class comment). */
    static final int MIN_REPORTED_SECONDS = 30;
    private static final long MIN_REPORTED_MS = MIN_REPORTED_SECONDS * 1000L;

    private final ZoneOffsets offsets;
    /** How long after the clock's quarter-hours the quarters start, ms, 0 to 15 min exclusive. */
    private long quarterOffsetMs;
    private final long maxHoldMs;
    private final Consumer<FinishedQuarter> onFinished;

    private long cachedQuarterStart = NONE;
    /** {@link #cachedQuarterStart} as an instant, for the status asked for at every step. */
    private Instant cachedQuarterStartInstant = Instant.EPOCH;

    /** The quarter that committed energy goes into; NONE when no quarter is open. */
    private long bucketStart = NONE;
    /** Its end: 15 minutes after its start, unless a sync pulse cut it short. */
    private long bucketEnd = NONE;
    private double bucketJoules;
    private long bucketMeasuredMs;
    /** Everything before this instant has been committed or declared unmeasured. */
    private long processedUntil = NONE;

    /** The power held by the previous-value rule (also the estimate after the last counter reading). */
    private boolean held;
    private double heldWatts;
    private long heldUntil;
    private long lastPowerAt = NONE;

    private boolean counterMode;
    private boolean counterKnown;
    private double counterKwh;
    private long counterAt;
    private double counterWatts = Double.NaN;

    // the last measure(t): the quarter that contains t, and its energy and measured time so far
    private double measuredEnergyWh;
    private long measuredElapsedMs;
    private long measuredMs;

    /**
     * @param zone the zone of the wall clock the quarters follow
     * @param maxHold how long a power sample (or a counter rate) holds at most; more than 0
     * @param onFinished receives every finished quarter that had valid data, in order
     */
    public QuarterHourMeter(ZoneId zone, Duration maxHold, Consumer<FinishedQuarter> onFinished) {
        this(zone, Duration.ZERO, maxHold, onFinished);
    }

    /**
     * @param zone the zone of the wall clock the quarters follow
     * @param quarterOffset how long after the clock's quarter-hours the quarters start: 0 (clock quarters) to less
     *            than 15 min
     * @param maxHold how long a power sample (or a counter rate) holds at most; more than 0
     * @param onFinished receives every finished quarter that had valid data, in order
     */
    public QuarterHourMeter(ZoneId zone, Duration quarterOffset, Duration maxHold,
            Consumer<FinishedQuarter> onFinished) {
        if (maxHold.isNegative() || maxHold.isZero()) {
            throw new IllegalArgumentException("maxHold must be more than 0 s, was " + maxHold);
        }
        if (quarterOffset.isNegative() || quarterOffset.compareTo(QUARTER) >= 0) {
            throw new IllegalArgumentException("quarterOffset must be 0 s to less than 15 min, was " + quarterOffset);
        }
        this.quarterOffsetMs = quarterOffset.toMillis();
        this.offsets = new ZoneOffsets(zone);
        this.maxHoldMs = maxHold.toMillis();
        this.onFinished = onFinished;
    }

    /** @return the start of the clock quarter-hour of {@code zone} that contains {@code instant} */
    public static Instant quarterStart(Instant instant, ZoneId zone) {
        long t = instant.toEpochMilli();
        long offsetMs = zone.getRules().getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
        return Instant.ofEpochMilli(quarterStartMillis(t, offsetMs));
    }

    /**
     * @param t an instant in epoch milliseconds
     * @param offsetMillis the offset of the local clock at {@code t} (see {@link ZoneOffsets})
     * @return the start of the clock quarter-hour that contains {@code t}, in epoch milliseconds
     */
    public static long quarterStartMillis(long t, long offsetMillis) {
        return t - Math.floorMod(t + offsetMillis, QUARTER_MS);
    }

    long quarterStartMillis(long t) {
        long cached = cachedQuarterStart;
        if (cached != NONE && t >= cached && t - cached < QUARTER_MS) {
            return cached;
        }
        return enterQuarter(t);
    }

    /** Once a quarter: a method of its own, so that the code run at every sample stays small. */
    private long enterQuarter(long t) {
        // an offset of the quarters is the same as a clock that is that much behind
        long start = quarterStartMillis(t, offsets.offsetMillis(t) - quarterOffsetMs);
        cachedQuarterStart = start;
        cachedQuarterStartInstant = Instant.ofEpochMilli(start);
        return start;
    }

    /** @return how long after the clock's quarter-hours the quarters start now (set or synchronized) */
    public Duration quarterOffset() {
        return Duration.ofMillis(quarterOffsetMs);
    }

    /**
     * A sync pulse (Loxone Tr): a quarter starts at {@code at}, and the quarters keep that offset from the clock's
     * quarter-hours from then on. The quarter running at {@code at} ends there.
     */
    public void synchronize(Instant at) {
        long t = at.toEpochMilli();
        if (!counterMode) {
            // the power held up to the pulse belongs to the quarter before it
            commitHeld(t);
        }
        quarterOffsetMs = Math.floorMod(t + offsets.offsetMillis(t), QUARTER_MS);
        cachedQuarterStart = NONE;
        if (bucketStart != NONE && t > bucketStart && t < bucketEnd) {
            bucketEnd = t;
            if (!counterMode) {
                closeEndedBefore(t);
            }
        }
    }

    /** @return whether an energy counter has been given: energy then comes from it */
    public boolean counterMode() {
        return counterMode;
    }

    /** Adds a grid power sample (engine convention: import positive). */
    public void addPower(PowerReading reading) {
        addPower(reading.at().toEpochMilli(), reading.watts());
    }

    /**
     * {@link #addPower(PowerReading)} of {@code watts} taken at epoch millisecond {@code t}: for a caller that books
     * millions of samples (a replay) without making an object per sample.
     */
    public void addPower(long t, double watts) {
        if (processedUntil != NONE && t < processedUntil - maxHoldMs) {
            startOver(t);
        }
        if (!counterMode) {
            commitHeld(t);
        }
        held = true;
        heldWatts = watts;
        heldUntil = t + maxHoldMs;
        lastPowerAt = Math.max(lastPowerAt, t);
    }

    /**
     * Replaces the held power from {@code at} on by what the caller knows has changed since the last sample (a
     * load shed or restored at {@code at}); the next sample replaces it. It does not make the data any fresher.
     */
    public void adjustPower(Instant at, double watts) {
        adjustPower(at.toEpochMilli(), watts);
    }

    /** {@link #adjustPower(Instant, double)} at epoch millisecond {@code t}. */
    void adjustPower(long t, double watts) {
        if (!counterMode) {
            commitHeld(t);
        }
        if (held && t < heldUntil) {
            heldWatts = watts;
        }
    }

    /** The grid power became unknown (UNDEF) at {@code at}: the held sample ends there. */
    public void powerUndefined(Instant at) {
        powerUndefined(at.toEpochMilli());
    }

    /** {@link #powerUndefined(Instant)} at epoch millisecond {@code t}. */
    public void powerUndefined(long t) {
        if (!counterMode) {
            commitHeld(t);
        }
        held = false;
    }

    /**
     * Adds a reading of the grid import counter. From the first one on, energy comes from the counter.
     *
     * @param kWh the counter's total import in kWh
     * @param at when it was read
     */
    public void addCounter(double kWh, Instant at) {
        if (!Double.isFinite(kWh)) {
            throw new IllegalArgumentException("energy counter must be a finite number of kWh, was " + kWh);
        }
        long t = at.toEpochMilli();
        if (processedUntil != NONE && t < processedUntil - maxHoldMs) {
            startOver(t);
        }
        if (!counterMode) {
            commitHeld(t);
            counterMode = true;
        }
        if (counterKnown && t <= counterAt) {
            // a repeated or late reading: the stretch up to counterAt is already accounted for
            return;
        }
        if (counterKnown && kWh >= counterKwh) {
            double watts = (kWh - counterKwh) * KWH_PER_MS_TO_WATTS / (t - counterAt);
            integrate(counterAt, t, watts);
            counterWatts = watts;
        } else if (counterKnown && kWh < counterKwh) {
            counterWatts = Double.NaN;
        }
        closeEndedBefore(t);
        processedUntil = Math.max(processedUntil, t);
        counterKnown = true;
        counterKwh = kWh;
        counterAt = t;
        boolean powerFresh = lastPowerAt != NONE && t - lastPowerAt <= maxHoldMs;
        if (!powerFresh && !Double.isNaN(counterWatts)) {
            held = true;
            heldWatts = counterWatts;
            heldUntil = t + maxHoldMs;
        }
    }

    /** The energy counter became unknown (UNDEF): the next reading starts a new stretch. */
    public void counterUndefined() {
        counterKnown = false;
        counterWatts = Double.NaN;
    }

    /** @return the average power of the last stretch between two counter readings, NaN when unknown */
    public double counterWatts() {
        return counterWatts;
    }

    /**
     * Brings the meter up to {@code now}: with power samples the held value is committed up to now; with a counter
     * a quarter is closed once its closing reading is more than {@code maxHold} late. Finished quarters go to the
     * listener.
     */
    public void advanceTo(Instant now) {
        advanceTo(now.toEpochMilli());
    }

    /** {@link #advanceTo(Instant)} at epoch millisecond {@code t}. */
    void advanceTo(long t) {
        if (counterMode) {
            if (bucketStart != NONE && t > bucketEnd + maxHoldMs) {
                long end = bucketEnd;
                closeBucket();
                processedUntil = Math.max(processedUntil, end);
            }
        } else if (processedUntil == NONE || t >= processedUntil) {
            commitHeld(t);
        }
    }

    /** @return the quarter that contains {@code now}, with the energy so far (committed plus the held estimate) */
    public QuarterStatus status(Instant now) {
        return status(now.toEpochMilli());
    }

    /** {@link #status(Instant)} at epoch millisecond {@code t}. */
    QuarterStatus status(long t) {
        measure(t);
        return new QuarterStatus(measuredStart(), measuredEnergyWh, measuredElapsedMs, measuredMs);
    }

    /**
     * Measures the quarter that contains {@code t} as {@link #status(Instant)} does, without making a status: the
     * load manager and a replay ask at every sample. Read it with the {@code measured…} methods until the next
     * change.
     */
    public void measure(long t) {
        long start = quarterStartMillis(t);
        double joules = 0;
        long measured = 0;
        if (bucketStart == start) {
            joules = bucketJoules;
            measured = bucketMeasuredMs;
        }
        if (held && processedUntil != NONE) {
            long from = Math.max(processedUntil, start);
            long to = Math.min(t, heldUntil);
            if (to > from) {
                joules += Math.max(0, heldWatts) * (to - from) / 1000.0;
                measured += to - from;
            }
        }
        measuredEnergyWh = joules / JOULES_PER_WH;
        measuredElapsedMs = t - start;
        measuredMs = measured;
    }

    /** @return the start of the quarter of the last {@link #measure(long)} */
    Instant measuredStart() {
        return cachedQuarterStartInstant;
    }

    /** @return {@link #measuredStart()} in epoch milliseconds */
    public long measuredStartMillis() {
        return cachedQuarterStart;
    }

    /** @return the import of that quarter so far, Wh */
    public double measuredEnergyWh() {
        return measuredEnergyWh;
    }

    /** @return the time since that quarter began, ms */
    long measuredElapsedMillis() {
        return measuredElapsedMs;
    }

    /** @return how much of that time had valid data, ms */
    public long measuredMillis() {
        return measuredMs;
    }

    /** Integrates the held power up to {@code t} and closes the quarters that ended by then. */
    private void commitHeld(long t) {
        if (processedUntil == NONE) {
            processedUntil = t;
            return;
        }
        if (held && t > processedUntil) {
            integrate(processedUntil, Math.min(t, heldUntil), heldWatts);
        }
        closeEndedBefore(t);
        processedUntil = Math.max(processedUntil, t);
    }

    /** Adds {@code watts} of import over [from, to), clipped to what is not yet processed, across quarters. */
    private void integrate(long from, long to, double watts) {
        long t = processedUntil == NONE ? from : Math.max(from, processedUntil);
        double importWatts = Math.max(0, watts);
        while (t < to) {
            if (bucketStart == NONE || t >= bucketEnd) {
                nextBucket(t);
            }
            long end = Math.min(to, bucketEnd);
            bucketJoules += importWatts * (end - t) / 1000.0;
            bucketMeasuredMs += end - t;
            t = end;
        }
        if (to > from) {
            processedUntil = processedUntil == NONE ? to : Math.max(processedUntil, to);
        }
    }

    /** Closes the current bucket and opens the one of {@code t}: once a quarter, so not inline with the sums. */
    private void nextBucket(long t) {
        closeBucket();
        bucketStart = quarterStartMillis(t);
        bucketEnd = bucketStart + QUARTER_MS;
    }

    private void closeEndedBefore(long t) {
        if (bucketStart != NONE && bucketEnd <= t) {
            closeBucket();
        }
    }

    private void closeBucket() {
        if (bucketStart != NONE && bucketMeasuredMs > 0 && bucketEnd - bucketStart >= MIN_REPORTED_MS) {
            onFinished.accept(new FinishedQuarter(Instant.ofEpochMilli(bucketStart), bucketJoules / JOULES_PER_WH,
                    Duration.ofMillis(bucketMeasuredMs)));
        }
        bucketStart = NONE;
        bucketEnd = NONE;
        bucketJoules = 0;
        bucketMeasuredMs = 0;
    }

    /** The clock went back: forget the unfinished quarter and continue from {@code t}. */
    private void startOver(long t) {
        bucketStart = NONE;
        bucketEnd = NONE;
        bucketJoules = 0;
        bucketMeasuredMs = 0;
        processedUntil = t;
        held = false;
        lastPowerAt = NONE;
        counterKnown = false;
        counterWatts = Double.NaN;
    }

    /** @return the running quarter's committed state for saving across a restart (no quarter before any data) */
    public Snapshot snapshot() {
        if (bucketStart == NONE || processedUntil == NONE) {
            return Snapshot.NONE;
        }
        boolean counter = counterMode && counterKnown;
        return new Snapshot(Instant.ofEpochMilli(bucketStart), bucketJoules / JOULES_PER_WH,
                Duration.ofMillis(bucketMeasuredMs), Instant.ofEpochMilli(processedUntil),
                counter ? counterKwh : Double.NaN, counter ? Instant.ofEpochMilli(counterAt) : null);
    }

    /**
     * Restores a saved quarter. Only a quarter that is still the current one at {@code now} is used; an older one
     * (or one from the future) is discarded with its energy. Time between the save and {@code now} stays
     * unmeasured until new data arrives; with a counter, the next reading measures it.
     *
     * @return true when the saved quarter was taken over
     */
    public boolean restore(Snapshot snapshot, Instant now) {
        return restore(snapshot, now, false);
    }

    /**
     * {@link #restore(Snapshot, Instant)}; with {@code takeOffset} a saved quarter that still runs at {@code now} also
     * gives its offset from the clock's quarter-hours, for quarters set by sync pulses (the pulse that set them is
     * not saved; the next one comes within the quarter-hour).
     */
    public boolean restore(Snapshot snapshot, Instant now, boolean takeOffset) {
        long t = now.toEpochMilli();
        startOver(t);
        counterMode = false;
        Instant savedStart = snapshot.quarterStart();
        Instant savedUntilInstant = snapshot.processedUntil();
        if (savedStart == null || savedUntilInstant == null) {
            return false;
        }
        long start = savedStart.toEpochMilli();
        long savedUntil = savedUntilInstant.toEpochMilli();
        if (takeOffset && start <= t && t - start < QUARTER_MS) {
            quarterOffsetMs = Math.floorMod(start + offsets.offsetMillis(start), QUARTER_MS);
            cachedQuarterStart = NONE;
        }
        if (start != quarterStartMillis(t) || savedUntil < start || savedUntil > t) {
            return false;
        }
        bucketStart = start;
        bucketEnd = start + QUARTER_MS;
        bucketJoules = Math.max(0, snapshot.energyWh()) * JOULES_PER_WH;
        bucketMeasuredMs = Math.min(Math.max(0, snapshot.measured().toMillis()), savedUntil - start);
        processedUntil = savedUntil;
        Instant counterTime = snapshot.counterAt();
        if (counterTime != null && Double.isFinite(snapshot.counterKwh()) && counterTime.toEpochMilli() == savedUntil) {
            counterMode = true;
            counterKnown = true;
            counterKwh = snapshot.counterKwh();
            counterAt = savedUntil;
        }
        return true;
    }

    /**
     * The running quarter as saved across a restart.
     *
     * @param quarterStart start of the quarter, null when there was no data yet
     * @param energyWh import committed in it
     * @param measured time with valid data in it
     * @param processedUntil the instant up to which the energy is committed, null when there was no data yet
     * @param counterKwh the last energy counter reading when energy comes from a counter, NaN otherwise
     * @param counterAt when that counter reading was taken, null without a counter
     */
    public record Snapshot(@Nullable Instant quarterStart, double energyWh, Duration measured,
            @Nullable Instant processedUntil, double counterKwh, @Nullable Instant counterAt) {

        /** Nothing measured yet. */
        public static final Snapshot NONE = new Snapshot(null, 0, Duration.ZERO, null, Double.NaN, null);
    }
}
