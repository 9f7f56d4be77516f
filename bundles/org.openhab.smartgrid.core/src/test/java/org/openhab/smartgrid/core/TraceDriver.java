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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.ModeRequests;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Drives an {@link SgController} with a random request sequence the way the binding does: it steps after every
 * input and at every {@code nextStepAt} in between, sometimes probes in between or twice at one instant. After
 * each step it checks that relay changes happen exactly at the reported instants and that the wanted mode is
 * reached exactly at the reported instant while the requests do not change, and hands the step to its checks.
 */
@NonNullByDefault
final class TraceDriver {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Brussels"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"),
            ZoneId.of("America/Santiago"));

    /** Something checked after every step of the primary controller. */
    interface StepCheck {
        void check(SgStepResult result, ModeRequests requests, String where);
    }

    final SplittableRandom random;
    final GuardConfig config;
    final ZoneId zone;
    final SgMode pvMode;
    final SgController controller;
    /** The last inputs (as text) and step results, formatted only when a check fails. */
    private final Deque<Object> history = new ArrayDeque<>();
    private StepCheck checks = (result, requests, where) -> {
    };
    private @Nullable SgController twin;
    private boolean twinFresh;
    private SgStepResult last;
    private boolean inputSinceLast;
    private int steps;

    TraceDriver(SplittableRandom random) {
        this.random = random;
        this.config = randomConfig(random);
        this.zone = ZONES.get(random.nextInt(ZONES.size()));
        this.pvMode = random.nextBoolean() ? SgMode.BOOST : SgMode.COMFORT;
        this.controller = new SgController(config, pvMode, zone);
        Instant start = randomStart(random, zone);
        log("config " + config + " zone " + zone + " pv " + pvMode);
        this.last = controller.step(start);
    }

    TraceDriver withChecks(StepCheck stepChecks) {
        this.checks = stepChecks;
        stepChecks.check(last, controller.requests(), "first step");
        return this;
    }

    SgStepResult last() {
        return last;
    }

    Instant now() {
        return last.at();
    }

    static GuardConfig randomConfig(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return GuardConfig.DEFAULTS;
        }
        long maxLock = random.nextLong(60, 180 * 60 + 1);
        long minLock = random.nextLong(0, Math.min(maxLock, 20 * 60) + 1);
        long minRelease = random.nextLong(0, 20 * 60 + 1);
        int maxLocks = random.nextInt(0, 5);
        long perDay = random.nextLong(maxLock, Math.min(24 * 3600, maxLock + 600 * 60) + 1);
        long dwell = random.nextLong(0, Math.min(maxLock, 120) + 1);
        return new GuardConfig(Duration.ofSeconds(minLock), Duration.ofSeconds(minRelease),
                Duration.ofSeconds(maxLock), maxLocks, Duration.ofSeconds(perDay), Duration.ofSeconds(dwell));
    }

    private static Instant randomStart(SplittableRandom random, ZoneId zone) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(0, 365L * 24 * 3600));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(base);
        if (transition != null && random.nextBoolean()) {
            // start a little before a DST change, so that some locks and days span it
            return transition.getInstant().minusSeconds(random.nextLong(0, 30 * 3600));
        }
        return base;
    }

    /** Random gap, then steps due before it, then one or two random inputs and a step. */
    void randomInputStep() {
        Instant next = now().plus(randomGap());
        runUntil(next);
        randomInput(next);
        if (random.nextInt(5) == 0) {
            randomInput(next);
        }
        stepAt(next);
    }

    private Duration randomGap() {
        int g = random.nextInt(100);
        Instant change = last.nextChangeAt();
        if (g < 10 && change != null) {
            // an input exactly at, or a second around, a scheduled change
            return Duration.between(now(), change).plusSeconds(random.nextInt(-1, 2));
        }
        if (g < 15) {
            return Duration.ZERO;
        }
        if (g < 45) {
            return Duration.ofSeconds(random.nextLong(0, 91));
        }
        if (g < 75) {
            return Duration.ofSeconds(random.nextLong(0, 20 * 60 + 1));
        }
        return Duration.ofSeconds(random.nextLong(0, 3 * 3600 + 1));
    }

    /** Steps at every reported instant before {@code until}, sometimes probing in between. */
    void runUntil(Instant until) {
        for (int guard = 0; guard < 10_000; guard++) {
            Instant due = last.nextStepAt();
            if (!due.isBefore(until)) {
                return;
            }
            if (random.nextInt(10) == 0) {
                long gapMillis = Duration.between(now(), due).toMillis();
                if (gapMillis > 1) {
                    stepAt(now().plusMillis(random.nextLong(1, gapMillis)));
                }
            }
            stepAt(due);
        }
        fail("more than 10000 scheduled steps before " + until + history());
    }

    void randomInput(Instant t) {
        ModeRequests requests = controller.requests();
        int k = random.nextInt(100);
        String input;
        if (k < 7) {
            input = "grid=" + !requests.gridLock();
            apply(c -> c.setGridLock(!requests.gridLock(), t));
        } else if (k < 35) {
            input = "peak=" + !requests.peakShed();
            apply(c -> c.setPeakShed(!requests.peakShed(), t));
        } else if (k < 55) {
            input = "pv=" + !requests.pvSurplus();
            apply(c -> c.setPvSurplus(!requests.pvSurplus(), t));
        } else if (k < 70) {
            input = "comfort=" + !requests.comfort();
            apply(c -> c.setComfortRequest(!requests.comfort(), t));
        } else if (k < 78) {
            input = "manual=AUTO";
            apply(c -> c.releaseManualOverride(t));
        } else if (k < 92) {
            SgMode mode = SgMode.values()[random.nextInt(4)];
            Instant expiry = random.nextBoolean() ? null : t.plusSeconds(random.nextLong(1, 3 * 3600));
            input = "manual=" + mode + "@" + expiry;
            apply(c -> c.setManualOverride(mode, expiry, t));
        } else {
            input = "(no input)";
        }
        inputSinceLast = true;
        log(new Object() {
            @Override
            public String toString() {
                return t + " " + input;
            }
        });
    }

    private void apply(java.util.function.Consumer<SgController> input) {
        input.accept(controller);
        SgController other = twin;
        if (other != null) {
            input.accept(other);
        }
    }

    /** Treat the next step as if its requests changed (a clock jump, a restart). */
    void markInput() {
        inputSinceLast = true;
    }

    /** From now on, a controller restored from this one's snapshot runs beside it and must answer the same. */
    void restartTwin() {
        SgControllerSnapshot snapshot = controller.snapshot();
        assertNotNull(snapshot, "a controller that stepped has a snapshot");
        SgController restarted = new SgController(config, pvMode, zone);
        restarted.restore(snapshot.encode(), now());
        ModeRequests requests = controller.requests();
        restarted.setGridLock(requests.gridLock(), now());
        restarted.setPeakShed(requests.peakShed(), now());
        restarted.setPvSurplus(requests.pvSurplus(), now());
        restarted.setComfortRequest(requests.comfort(), now());
        SgStepResult first = restarted.step(now());
        assertSame(first, last, true, "first step after restore" + history());
        twin = restarted;
        twinFresh = true;
        log(now() + " restart from " + snapshot.encode());
    }

    void stepAt(Instant t) {
        SgStepResult previous = last;
        SgStepResult result = controller.step(t);
        steps++;
        String where = "step " + steps;
        try {
            if (!inputSinceLast && !previous.at().isAfter(t)) {
                livenessChecks(previous, result, where);
            }
            checks.check(result, controller.requests(), where);
            SgController other = twin;
            if (other != null) {
                assertSame(other.step(t), result, twinFresh, where + " (restored twin)");
                twinFresh = false;
            }
            if (random.nextInt(20) == 0) {
                SgStepResult again = controller.step(t);
                assertTrue(again.events().isEmpty(), where + ": a second step at one instant reports no events");
                assertSame(again, result, true, where + ": a second step at one instant changes nothing");
                if (other != null) {
                    other.step(t);
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError("at " + t + ": " + e.getMessage() + history(), e);
        }
        log(result);
        last = result;
        inputSinceLast = false;
    }

    private void livenessChecks(SgStepResult previous, SgStepResult result, String where) {
        Instant expiry = previous.arbitration().validUntil();
        if (expiry != null && !expiry.isAfter(result.at())) {
            return; // a manual override expired: the requests changed by themselves
        }
        Instant t = result.at();
        Instant change = previous.nextChangeAt();
        if (change == null || t.isBefore(change)) {
            assertEquals(previous.effective(), result.effective(),
                    where + ": relays changed without input before the reported instant " + change);
        } else if (t.equals(change)) {
            assertEquals(previous.nextMode(), result.effective(),
                    where + ": relays must change exactly at the reported instant");
        }
        if (previous.effective() == previous.wanted()) {
            return;
        }
        Instant wantedAt = previous.wantedAt();
        if (wantedAt == null) {
            assertNotEquals(result.wanted(), result.effective(), where + ": reported never, but reached");
        } else if (t.isBefore(wantedAt)) {
            assertNotEquals(result.wanted(), result.effective(), where + ": wanted mode reached before " + wantedAt);
            assertEquals(wantedAt, result.wantedAt(), where + ": the reported instant stays put");
        } else if (t.equals(wantedAt)) {
            assertEquals(result.wanted(), result.effective(),
                    where + ": the wanted mode must be reached exactly at the reported instant");
        }
    }

    private static void assertSame(SgStepResult actual, SgStepResult expected, boolean ignoreEvents, String where) {
        assertEquals(expected.effective(), actual.effective(), where + ": effective");
        assertEquals(expected.wanted(), actual.wanted(), where + ": wanted");
        assertEquals(expected.source(), actual.source(), where + ": source");
        assertEquals(expected.guardReason(), actual.guardReason(), where + ": guard reason");
        assertEquals(expected.nextMode(), actual.nextMode(), where + ": next mode");
        assertEquals(expected.nextChangeAt(), actual.nextChangeAt(), where + ": next change");
        assertEquals(expected.wantedAt(), actual.wantedAt(), where + ": wanted at");
        assertEquals(expected.nextStepAt(), actual.nextStepAt(), where + ": next step");
        assertEquals(expected.locksToday(), actual.locksToday(), where + ": locks today");
        assertEquals(expected.lockTimeToday(), actual.lockTimeToday(), where + ": lock time today");
        if (!ignoreEvents) {
            assertEquals(expected.events(), actual.events(), where + ": events");
        }
    }

    private void log(Object line) {
        history.addLast(line);
        if (history.size() > 25) {
            history.removeFirst();
        }
    }

    String history() {
        StringBuilder text = new StringBuilder("\n  recent history:");
        for (Object line : history) {
            text.append("\n    ").append(line instanceof SgStepResult r ? format(r) : line);
        }
        return text.toString();
    }

    private static String format(SgStepResult r) {
        return r.at() + " -> " + r.effective() + " wanted " + r.wanted() + " by " + r.source() + " "
                + r.guardReason() + " next " + r.nextMode() + "@" + r.nextChangeAt() + " wantedAt " + r.wantedAt()
                + " locks " + r.locksToday() + " " + r.lockTimeToday() + " events " + r.events();
    }
}
