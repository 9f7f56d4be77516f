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
package org.openhab.smartgrid.core.energy;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * A manager on a virtual clock in Brussels: feed grid samples at local clock times and check the commands.
 */
@NonNullByDefault
final class EnergyRig {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final GeoLocation BRUSSELS_LOCATION = new GeoLocation(50.8503, 4.3517);
    static final LocalDate SUMMER_DAY = LocalDate.of(2026, 6, 21);

    final EnergyManager manager;
    private LocalDate date = SUMMER_DAY;
    Instant now = Instant.EPOCH;
    EnergyManagerResult last;

    EnergyRig(EnergyManagerConfig config, SurplusLoadConfig... loads) {
        this.manager = new EnergyManager(config, List.of(loads));
        this.last = new EnergyManagerResult(now, List.of(), MeterStatus.MISSING, new SurplusBalance(0, 0, 0, 0, 0),
                null);
    }

    EnergyRig(SurplusLoadConfig... loads) {
        this(EnergyManagerConfig.defaults(BRUSSELS), loads);
    }

    static SurplusLoadConfig.Builder load(String name, double power) {
        return SurplusLoadConfig.builder(name, power);
    }

    EnergyRig on(LocalDate day) {
        this.date = day;
        return this;
    }

    Instant at(String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(BRUSSELS).toInstant();
    }

    /** A grid sample (import positive) taken at {@code localTime}, then a step. */
    EnergyManagerResult grid(String localTime, double watts) {
        now = at(localTime);
        manager.updateGrid(new PowerReading(now, watts));
        return step();
    }

    /** A step without a new sample (a timer firing). */
    EnergyManagerResult stepAt(String localTime) {
        now = at(localTime);
        return step();
    }

    EnergyManagerResult stepAt(Instant instant) {
        now = instant;
        return step();
    }

    EnergyManagerResult step() {
        last = manager.step(now);
        return last;
    }

    LoadCommand command(String load) {
        return last.command(load);
    }

    void expect(String load, boolean on, Reason reason) {
        LoadCommand command = command(load);
        assertEquals(on, command.on(), () -> "'" + load + "' on at " + now + ": " + command);
        assertEquals(reason, command.reason(), () -> "'" + load + "' reason at " + now + ": " + command);
    }

    void expect(String load, boolean on, Reason reason, String nextChangeLocalTime) {
        expect(load, on, reason);
        assertEquals(at(nextChangeLocalTime), command(load).nextChange(),
                () -> "'" + load + "' next change at " + now + ": " + command(load));
    }

    static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
