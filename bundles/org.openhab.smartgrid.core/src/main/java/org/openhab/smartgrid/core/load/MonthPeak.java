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

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The highest finished quarter-hour average of the current local month: what the Flemish capacity tariff bills as
 * the month's peak ("maandpiek"). A quarter belongs to the month in which it starts; the first quarter of a new
 * month replaces the old month's peak, and until then a month that has ended reports 0.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class MonthPeak {

    private final ZoneId zone;
    private @Nullable YearMonth month;
    private double peakWatts;
    private @Nullable Instant peakStart;
    private long monthStartMs;
    private long monthEndMs;

    public MonthPeak(ZoneId zone) {
        this.zone = zone;
    }

    /** Takes a finished quarter into account. Quarters of an earlier month than the current one are ignored. */
    public void offer(FinishedQuarter quarter) {
        long t = quarter.start().toEpochMilli();
        if (month != null && t >= monthStartMs && t < monthEndMs) {
            // the usual case, once a quarter-hour: a quarter of the current month
            if (quarter.averageWatts() > peakWatts) {
                peakWatts = quarter.averageWatts();
                peakStart = quarter.start();
            }
            return;
        }
        offerOtherMonth(quarter);
    }

    /**
     * Takes the month peak the meter itself reports (a Belgian meter's maximum demand of the month) at {@code at}: the
     * peak of the month containing {@code at} is at least that. The quarter that set it is not known.
     */
    public void offerMeterPeak(double watts, Instant at) {
        if (Double.isFinite(watts) && watts >= 0) {
            offer(YearMonth.from(at.atZone(zone)), watts, null);
        }
    }

    /** A quarter of another month than the current one: a new month, or one that has ended (ignored). */
    private void offerOtherMonth(FinishedQuarter quarter) {
        offer(YearMonth.from(quarter.start().atZone(zone)), quarter.averageWatts(), quarter.start());
    }

    /**
     * A peak of {@code watts} in {@code peakMonth}, set by the quarter starting at {@code start} (null: not known): a
     * later month starts anew, the current month keeps the higher peak, an ended month is ignored.
     */
    private void offer(YearMonth peakMonth, double watts, @Nullable Instant start) {
        YearMonth current = month;
        if (current == null || peakMonth.isAfter(current)) {
            set(peakMonth, watts, start);
        } else if (peakMonth.equals(current) && watts > peakWatts) {
            peakWatts = watts;
            peakStart = start;
        }
    }

    private void set(YearMonth newMonth, double watts, @Nullable Instant start) {
        month = newMonth;
        peakWatts = watts;
        peakStart = start;
        monthStartMs = newMonth.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        monthEndMs = newMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** @return this month's peak in W at {@code now}; 0 when no quarter of the month containing now has finished */
    public double peakWatts(Instant now) {
        return peakWatts(now.toEpochMilli());
    }

    /** {@link #peakWatts(Instant)} at epoch millisecond {@code t}. */
    double peakWatts(long t) {
        return month != null && t >= monthStartMs && t < monthEndMs ? peakWatts : 0;
    }

    /** @return start of the quarter that set the peak, null when unknown */
    public @Nullable Instant peakStart() {
        return peakStart;
    }

    /** @return the month the stored peak belongs to, null before the first finished quarter */
    public @Nullable YearMonth month() {
        return month;
    }

    /** @return the peak and its month for saving across a restart (no month before the first finished quarter) */
    public Snapshot snapshot() {
        return new Snapshot(month, peakWatts, peakStart);
    }

    /**
     * Restores a saved peak. A snapshot without a month, of a month later than {@code now}'s (a clock that went
     * back), or with a negative or non-finite peak is discarded.
     *
     * @return true when the saved peak was taken over
     */
    public boolean restore(Snapshot snapshot, Instant now) {
        month = null;
        peakWatts = 0;
        peakStart = null;
        YearMonth saved = snapshot.month();
        if (saved == null || !Double.isFinite(snapshot.watts()) || snapshot.watts() < 0
                || saved.isAfter(YearMonth.from(now.atZone(zone)))) {
            return false;
        }
        set(saved, snapshot.watts(), snapshot.quarterStart());
        return true;
    }

    /**
     * A month's peak as saved across a restart.
     *
     * @param month the local month, null when no quarter has finished yet
     * @param watts its highest quarter-hour average
     * @param quarterStart the quarter that set it, null when unknown
     */
    public record Snapshot(@Nullable YearMonth month, double watts, @Nullable Instant quarterStart) {
    }
}
