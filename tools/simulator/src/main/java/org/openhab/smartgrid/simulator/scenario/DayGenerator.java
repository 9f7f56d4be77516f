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
package org.openhab.smartgrid.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Generates one local day of house samples from a {@link DayProfile}, lazily (one sample per {@code next()}).
 * Deterministic: the same profile and place give the same samples.
 * <p>
 * PV follows a sine between sunrise and sunset at the house's location, dimmed by passing clouds. The household
 * has a base load with a fridge cycle, morning, noon and evening peaks, a washing machine and cooking; the summer
 * day has an induction hob at about 7 kW from 18:00 to 18:40.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class DayGenerator implements Iterator<HouseSample> {

    private static final LocalTime COOKING_START = LocalTime.of(18, 0);
    private static final LocalTime COOKING_END = LocalTime.of(18, 40);

    private final DayProfile profile;
    private final ZoneId zone;
    private final SplittableRandom random;
    private final Instant end;
    private final Instant sunrise;
    private final Instant sunset;
    private Instant next;
    private double cloud;
    private boolean cloudy;

    public DayGenerator(DayProfile profile, double latitude, double longitude, ZoneId zone) {
        this.profile = profile;
        this.zone = zone;
        this.random = new SplittableRandom(profile.seed());
        ZonedDateTime midnight = profile.date().atStartOfDay(zone);
        this.next = midnight.toInstant();
        this.end = profile.date().plusDays(1).atStartOfDay(zone).toInstant();
        SunTimes sun = SunTimes.compute().on(midnight).at(latitude, longitude).limit(Duration.ofDays(1)).execute();
        ZonedDateTime rise = sun.getRise();
        ZonedDateTime set = sun.getSet();
        // polar day or night: no PV curve, which the built-in scenarios never ask for
        this.sunrise = rise == null ? end : rise.toInstant();
        this.sunset = set == null || rise == null || !set.isAfter(rise) ? this.sunrise : set.toInstant();
        this.cloud = 1.0;
    }

    /** @return sunrise of the day at the house (the end of the day when the sun does not rise) */
    public Instant sunrise() {
        return sunrise;
    }

    /** @return sunset of the day at the house */
    public Instant sunset() {
        return sunset;
    }

    @Override
    public boolean hasNext() {
        return next.isBefore(end);
    }

    @Override
    public HouseSample next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the day ends at " + end);
        }
        Instant time = next;
        next = next.plus(profile.step());
        LocalTime local = time.atZone(zone).toLocalTime();
        double pv = pv(time);
        double household = household(local);
        boolean lock = profile.locks().stream().anyMatch(w -> w.contains(local));
        return new HouseSample(time, household, pv, 0.0, OptionalDouble.empty(), lock);
    }

    private double pv(Instant time) {
        // the cloud process advances every sample, day and night, so that the random stream stays aligned
        double minutes = profile.step().toMillis() / 60_000.0;
        if (random.nextDouble() < 0.04 * minutes * profile.cloudiness()) {
            cloudy = !cloudy;
        }
        double target = cloudy ? 0.2 + 0.15 * random.nextDouble() : 0.92 + 0.08 * random.nextDouble();
        cloud += (target - cloud) * Math.min(1.0, 0.5 * minutes);
        if (time.isBefore(sunrise) || !time.isBefore(sunset)) {
            return 0.0;
        }
        double phase = (double) Duration.between(sunrise, time).toMillis()
                / Duration.between(sunrise, sunset).toMillis();
        double clearSky = Math.pow(Math.sin(Math.PI * phase), 1.3);
        double dimming = profile.cloudiness() > 0 ? cloud : 0.98 + 0.02 * random.nextDouble();
        return Math.max(0.0, profile.pvPeak() * clearSky * dimming);
    }

    private double household(LocalTime t) {
        double watts = 180 + 60 * random.nextDouble();
        if (t.getMinute() < 18) {
            watts += 110; // fridge and freezer cycle
        }
        if (within(t, 6, 45, 8, 15)) {
            watts += 350 + (t.getMinute() % 15 < 3 ? 1800 : 0); // lights, kettle and coffee
        }
        if (within(t, 12, 0, 12, 30)) {
            watts += 1200 * random.nextDouble(); // lunch
        }
        if (within(t, 13, 0, 13, 20)) {
            watts += 2000; // washing machine heats its water
        } else if (within(t, 13, 20, 14, 30)) {
            watts += 250;
        }
        if (within(t, 18, 0, 22, 30)) {
            watts += 300; // lights, TV
        }
        if (profile.cookingPeak()) {
            if (!t.isBefore(COOKING_START) && t.isBefore(COOKING_END)) {
                watts += 6200 + 1300 * random.nextDouble(); // induction hob, several zones on full power
            }
        } else if (within(t, 18, 0, 18, 30)) {
            watts += 1500 + 1000 * random.nextDouble();
        }
        return watts;
    }

    private static boolean within(LocalTime t, int fromHour, int fromMinute, int toHour, int toMinute) {
        return !t.isBefore(LocalTime.of(fromHour, fromMinute)) && t.isBefore(LocalTime.of(toHour, toMinute));
    }
}
