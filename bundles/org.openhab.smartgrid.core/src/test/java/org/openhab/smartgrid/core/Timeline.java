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
package org.openhab.smartgrid.core;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Runs a timeline of rows against an {@link SgController} the way the binding drives it: before each row it
 * steps at every {@code nextStepAt} the controller reported, then applies the row's inputs and steps at the
 * row's time, then checks the row's expectations.
 * <p>
 * Row: {@code <time> [input ...] -> <effective mode> [expectation ...]}. Time: {@code HH:MM[:SS]} local time on
 * the timeline's date (hours 24-47 are the next day), or an ISO instant ({@code 2026-10-24T23:30:00Z}).
 * Inputs: {@code grid|peak|pv|comfort=on|off}, {@code manual=<MODE>[@<time>]}, {@code manual=AUTO}.
 * Expectations: {@code wanted=<MODE>}, {@code source=<ModeSource>}, {@code reason=<Reason>} (guard reason),
 * {@code at=<time>|-} (when the wanted mode will be shown), {@code next=<MODE>@<time>|-} (next relay change),
 * {@code locks=<n>}, {@code lockmin=<minutes>}, {@code event=<Kind>/<Reason>} (an event of the row's step).
 */
@NonNullByDefault
final class Timeline {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final SgController controller;
    private final ZoneId zone;
    private final LocalDate date;
    private @Nullable SgStepResult last;
    private final List<GuardEvent> allEvents = new ArrayList<>();

    Timeline(GuardConfig config, SgMode pvMode, ZoneId zone, LocalDate date) {
        this.controller = new SgController(config, pvMode, zone);
        this.zone = zone;
        this.date = date;
    }

    static Timeline defaults() {
        return new Timeline(GuardConfig.DEFAULTS, SgMode.BOOST, BRUSSELS, LocalDate.of(2026, 6, 22));
    }

    SgController controller() {
        return controller;
    }

    List<GuardEvent> allEvents() {
        return allEvents;
    }

    Timeline run(String... rows) {
        for (int i = 0; i < rows.length; i++) {
            row(i + 1, rows[i]);
        }
        return this;
    }

    /** Steps at every reported instant before {@code until}, as the binding's scheduler would. */
    void catchUp(Instant until) {
        for (int guard = 0; guard < 1000; guard++) {
            SgStepResult previous = last;
            if (previous == null || !previous.at().isBefore(until) || !previous.nextStepAt().isBefore(until)
                    || !previous.nextStepAt().isAfter(previous.at())) {
                return;
            }
            record(controller.step(previous.nextStepAt()));
        }
        fail("more than 1000 scheduled steps before " + until);
    }

    SgStepResult step(Instant now) {
        return record(controller.step(now));
    }

    private SgStepResult record(SgStepResult result) {
        last = result;
        allEvents.addAll(result.events());
        return result;
    }

    private void row(int number, String row) {
        String where = "row " + number + " '" + row + "'";
        String[] sides = row.split("->");
        assertEquals(2, sides.length, where + ": a row needs exactly one '->'");
        String[] inputs = sides[0].trim().split("\\s+");
        String[] expected = sides[1].trim().split("\\s+");
        Instant now = time(inputs[0]);
        catchUp(now);
        for (int i = 1; i < inputs.length; i++) {
            input(inputs[i], now, where);
        }
        SgStepResult result = step(now);
        check(result, expected, where);
    }

    private void input(String token, Instant now, String where) {
        String[] kv = token.split("=", 2);
        assertEquals(2, kv.length, where + ": input '" + token + "' needs '='");
        String value = kv[1];
        switch (kv[0]) {
            case "grid" -> controller.setGridLock(onOff(value, where), now);
            case "peak" -> controller.setPeakShed(onOff(value, where), now);
            case "pv" -> controller.setPvSurplus(onOff(value, where), now);
            case "comfort" -> controller.setComfortRequest(onOff(value, where), now);
            case "manual" -> {
                String[] modeAt = value.split("@", 2);
                controller.applyManualCommand(modeAt[0], modeAt.length == 2 ? time(modeAt[1]) : null, now);
            }
            default -> fail(where + ": unknown input '" + token + "'");
        }
    }

    private static boolean onOff(String value, String where) {
        if (!"on".equals(value) && !"off".equals(value)) {
            fail(where + ": expected on or off, was " + value);
        }
        return "on".equals(value);
    }

    private void check(SgStepResult result, String[] expected, String where) {
        assertEquals(SgMode.valueOf(expected[0]), result.effective(), where + ": effective mode (relays)");
        assertEquals(result.effective().sg1(), result.relays().sg1(), where + ": SG-1 relay follows the mode");
        assertEquals(result.effective().sg2(), result.relays().sg2(), where + ": SG-2 relay follows the mode");
        for (int i = 1; i < expected.length; i++) {
            String[] kv = expected[i].split("=", 2);
            String value = kv[1];
            switch (kv[0]) {
                case "wanted" -> assertEquals(SgMode.valueOf(value), result.wanted(), where + ": wanted mode");
                case "source" -> assertEquals(ModeSource.valueOf(value), result.source(), where + ": winning source");
                case "reason" -> assertEquals(Reason.valueOf(value), result.guardReason(), where + ": guard reason");
                case "at" -> assertEquals(optionalTime(value), result.wantedAt(),
                        where + ": instant the wanted mode will be shown");
                case "next" -> {
                    if ("-".equals(value)) {
                        assertNull(result.nextChangeAt(), where + ": no relay change scheduled");
                    } else {
                        String[] modeAt = value.split("@", 2);
                        assertEquals(SgMode.valueOf(modeAt[0]), result.nextMode(), where + ": next relay mode");
                        assertEquals(time(modeAt[1]), result.nextChangeAt(), where + ": next relay change");
                    }
                }
                case "locks" -> assertEquals(Integer.parseInt(value), result.locksToday(), where + ": locks today");
                case "lockmin" -> assertEquals(Duration.ofMinutes(Long.parseLong(value)), result.lockTimeToday(),
                        where + ": lock time today");
                case "event" -> {
                    String[] kindReason = value.split("/", 2);
                    boolean found = result.events().stream()
                            .anyMatch(e -> e.kind() == GuardEvent.Kind.valueOf(kindReason[0])
                                    && e.reason() == Reason.valueOf(kindReason[1]));
                    assertTrue(found, where + ": expected an event " + value + " among " + result.events());
                }
                default -> fail(where + ": unknown expectation '" + expected[i] + "'");
            }
        }
    }

    private @Nullable Instant optionalTime(String token) {
        return "-".equals(token) ? null : time(token);
    }

    Instant time(String token) {
        if (token.contains("T")) {
            return Instant.parse(token);
        }
        String[] parts = token.split(":");
        int hours = Integer.parseInt(parts[0]);
        LocalTime time = LocalTime.of(hours % 24, Integer.parseInt(parts[1]),
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        return LocalDateTime.of(date.plusDays(hours / 24), time).atZone(zone).toInstant();
    }
}
