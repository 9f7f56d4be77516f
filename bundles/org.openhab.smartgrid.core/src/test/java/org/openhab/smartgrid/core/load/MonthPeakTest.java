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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The month peak: the highest finished quarter of the local month, reset when the local month changes.
 */
@NonNullByDefault
class MonthPeakTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final MonthPeak peak = new MonthPeak(BRUSSELS);

    private static FinishedQuarter quarter(ZonedDateTime start, double averageWatts) {
        return new FinishedQuarter(start.toInstant(), averageWatts / 4, Duration.ofMinutes(15));
    }

    private static ZonedDateTime local(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BRUSSELS);
    }

    @Test
    void keepsTheHighestQuarterOfTheMonth() {
        peak.offer(quarter(local(1, 3, 18, 0), 3200));
        peak.offer(quarter(local(1, 9, 7, 30), 4700));
        peak.offer(quarter(local(1, 20, 12, 15), 2100));
        assertEquals(4700, peak.peakWatts(local(1, 25, 0, 0).toInstant()), 1e-9);
        assertEquals(local(1, 9, 7, 30).toInstant(), peak.peakStart());
    }

    @Test
    void theFirstQuarterOfANewLocalMonthStartsAFreshPeak() {
        peak.offer(quarter(local(1, 31, 23, 45), 6000));
        // 1 February 00:00 in Brussels is 23:00 UTC on 31 January
        ZonedDateTime february = local(2, 1, 0, 0);
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), february.toInstant());
        assertEquals(0, peak.peakWatts(february.toInstant()), "a new month starts without a peak");
        assertEquals(6000, peak.peakWatts(february.toInstant().minusMillis(1)), 1e-9, "still January just before");
        peak.offer(quarter(february, 1800));
        assertEquals(1800, peak.peakWatts(february.plusMinutes(15).toInstant()), 1e-9);
        assertEquals(YearMonth.of(2026, 2), peak.month());
    }

    @Test
    void aQuarterBelongsToTheMonthInWhichItStarts() {
        peak.offer(quarter(local(3, 31, 23, 45), 5000)); // ends at 00:00 on 1 April, but is a March quarter
        assertEquals(YearMonth.of(2026, 3), peak.month());
    }

    @Test
    void quartersOfAnEarlierMonthAreIgnored() {
        peak.offer(quarter(local(2, 2, 10, 0), 2000));
        peak.offer(quarter(local(1, 31, 10, 0), 9000));
        assertEquals(2000, peak.peakWatts(local(2, 3, 0, 0).toInstant()), 1e-9);
    }

    @Test
    void aSnapshotRestoresThePeakWithItsMonth() {
        peak.offer(quarter(local(1, 9, 7, 30), 4700));
        MonthPeak restored = new MonthPeak(BRUSSELS);
        assertTrue(restored.restore(peak.snapshot(), local(1, 10, 0, 0).toInstant()));
        assertEquals(4700, restored.peakWatts(local(1, 10, 0, 0).toInstant()), 1e-9);
        assertEquals(0, restored.peakWatts(local(2, 1, 0, 0).toInstant()), "the saved peak is January's only");
    }

    @Test
    void aSnapshotFromALaterMonthIsDiscarded() {
        MonthPeak restored = new MonthPeak(BRUSSELS);
        assertFalse(restored.restore(new MonthPeak.Snapshot(YearMonth.of(2026, 5), 4000, null),
                local(4, 30, 12, 0).toInstant()));
        assertNull(restored.month());
    }

    @Test
    void theMetersOwnMonthPeakIsALowerBoundOfItsMonth() {
        peak.offer(quarter(local(1, 10, 18, 0), 3000));
        peak.offerMeterPeak(4200, local(1, 10, 18, 20).toInstant());
        assertEquals(4200, peak.peakWatts(local(1, 10, 18, 21).toInstant()), 1e-9, "the meter saw more");
        assertNull(peak.peakStart(), "the quarter the meter measured is not known");
        peak.offerMeterPeak(3900, local(1, 10, 18, 30).toInstant());
        assertEquals(4200, peak.peakWatts(local(1, 10, 18, 31).toInstant()), 1e-9, "never lowered");
        peak.offer(quarter(local(1, 11, 19, 0), 5000));
        assertEquals(5000, peak.peakWatts(local(1, 11, 19, 16).toInstant()), 1e-9, "a higher quarter of ours");

        peak.offerMeterPeak(800, local(2, 1, 0, 1).toInstant());
        assertEquals(800, peak.peakWatts(local(2, 1, 0, 2).toInstant()), 1e-9, "a new month starts from the meter's");
        peak.offerMeterPeak(9000, local(1, 31, 23, 0).toInstant());
        assertEquals(800, peak.peakWatts(local(2, 1, 0, 2).toInstant()), 1e-9, "a value of an ended month is ignored");
        peak.offerMeterPeak(Double.NaN, local(2, 1, 0, 3).toInstant());
        peak.offerMeterPeak(-5, local(2, 1, 0, 3).toInstant());
        assertEquals(800, peak.peakWatts(local(2, 1, 0, 4).toInstant()), 1e-9, "no number, no change");
    }
}
