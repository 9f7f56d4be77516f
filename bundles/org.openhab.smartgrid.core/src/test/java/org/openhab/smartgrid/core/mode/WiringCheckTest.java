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
package org.openhab.smartgrid.core.mode;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.mode.WiringCheck.Event;
import org.openhab.smartgrid.core.mode.WiringCheck.ReadBack;
import org.openhab.smartgrid.core.mode.WiringCheck.Source;
import org.openhab.smartgrid.core.mode.WiringCheck.Status;
import org.openhab.smartgrid.core.mode.WiringCheck.Verdict;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * Rules of {@link WiringCheck}: a disagreement becomes a mismatch only after the grace time, is reported once per
 * episode, and read-backs older than the command do not count.
 */
@NonNullByDefault
class WiringCheckTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    /** T0 is 11:00 local time. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static ReadBack status(@Nullable SgMode seen, long seconds) {
        return new ReadBack(Source.STATUS_REGISTER, seen, at(seconds));
    }

    private static ReadBack contacts(SgMode seen, long seconds) {
        return new ReadBack(Source.CONTACT_INPUTS, seen, at(seconds));
    }

    private static ReadBack items(SgMode seen, long seconds) {
        return new ReadBack(Source.RELAY_ITEMS, seen, at(seconds));
    }

    private static ReadBack module(SgMode seen, long seconds) {
        return new ReadBack(Source.RELAY_MODULE, seen, at(seconds));
    }

    @ParameterizedTest(name = "seen NORMAL {0} s after an EVU command -> {1}")
    @CsvSource({ "10, SETTLING", "119, SETTLING", "120, MISMATCH", "600, MISMATCH" })
    void aDisagreementAfterACommandIsAMismatchOnlyOnceTheGraceTimeHasPassed(long seconds, Status expected) {
        Verdict verdict = new WiringCheck(ZONE).check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, seconds)),
                at(seconds));
        assertEquals(expected, verdict.status(), "grace is 120 s from the command: " + verdict);
    }

    @Test
    void whileSettlingTheVerdictSaysWhenToLookAgain() {
        Verdict verdict = new WiringCheck(ZONE).check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, 30)), at(30));
        assertEquals(at(120), verdict.recheckAt(), "recheck at the end of the grace time");
        assertEquals(Event.NONE, verdict.event(), "no warning while settling");
        assertEquals("expected EVU, seen NORMAL on Smart Grid status (register 82) since 11:00 (grace until 11:02)",
                verdict.detail(), "local times of the user's zone");
    }

    @Test
    void aMismatchSaysWhatWasExpectedAndWhatWasSeenOnEachSource() {
        Verdict verdict = new WiringCheck(ZONE).check(SgMode.EVU, T0,
                List.of(status(null, 130), contacts(SgMode.COMFORT, 130)), at(130));
        assertEquals(Status.MISMATCH, verdict.status());
        assertEquals("expected EVU, seen no SG-Ready mode on Smart Grid status (register 82) and COMFORT on "
                + "SG inputs (201/204) since 11:00; driving the relays again (1 of 3)", verdict.detail(),
                "the detail names both sources and the attempt to correct it");
        assertTrue(verdict.redrive(), "a new mismatch is corrected at once");
    }

    /** Each attempt writes the same mode again: a new command for the check, caught again after the grace. */
    @Test
    void aRelayThatDoesNotFollowIsDrivenAgainThreeTimesThenOnlyReported() {
        WiringCheck check = new WiringCheck(Duration.ofSeconds(10), ZONE);
        List<Long> redrivenAt = new ArrayList<>();
        long commandedAt = 0;
        for (long s = 0; s <= 300; s += 5) {
            Verdict verdict = check.check(SgMode.EVU, at(commandedAt), List.of(items(SgMode.NORMAL, s)), at(s));
            if (verdict.redrive()) {
                redrivenAt.add(s);
                commandedAt = s; // the relays are driven again now
            }
        }
        assertEquals(List.of(10L, 20L, 30L), redrivenAt,
                "three attempts, each a grace time of 10 s after the command it corrects");
        Verdict last = check.check(SgMode.EVU, at(commandedAt), List.of(items(SgMode.NORMAL, 305)), at(305));
        assertEquals(Status.MISMATCH, last.status(), "still reported");
        assertTrue(last.detail().endsWith("driven again 3 times without success"), last.detail());
    }

    @Test
    void aReadBackThatAgreesOrANewModeStartsTheAttemptsOver() {
        WiringCheck check = new WiringCheck(Duration.ZERO, 1, ZONE);
        assertTrue(check.check(SgMode.EVU, T0, List.of(module(SgMode.NORMAL, 0)), at(0)).redrive());
        assertFalse(check.check(SgMode.EVU, at(1), List.of(module(SgMode.NORMAL, 1)), at(1)).redrive(),
                "one attempt allowed, and used");
        assertEquals(Status.OK, check.check(SgMode.EVU, at(1), List.of(module(SgMode.EVU, 2)), at(2)).status());
        assertTrue(check.check(SgMode.EVU, at(1), List.of(module(SgMode.NORMAL, 3)), at(3)).redrive(),
                "after the relays followed, a new fall-back is corrected again");
        assertFalse(check.check(SgMode.EVU, at(4), List.of(module(SgMode.NORMAL, 4)), at(4)).redrive());
        assertTrue(check.check(SgMode.BOOST, at(5), List.of(module(SgMode.NORMAL, 5)), at(5)).redrive(),
                "a new mode has its own attempts");
    }

    @Test
    void noAttemptIsAskedForWhenNoneIsAllowed() {
        Verdict verdict = new WiringCheck(Duration.ZERO, 0, ZONE).check(SgMode.EVU, T0,
                List.of(module(SgMode.NORMAL, 0)), at(0));
        assertEquals(Status.MISMATCH, verdict.status());
        assertFalse(verdict.redrive());
    }

    @Test
    void theAttemptsToCorrectAMismatchAreBoundedWhenTheRelaysNeverFollowForTheGraceTime() {
        PropertyCheck.forAll("at most maxRedrives attempts per mode while agreements last less than the grace", 300,
                random -> {
                    int max = random.nextInt(0, 4);
                    int graceSeconds = random.nextInt(1, 30);
                    WiringCheck check = new WiringCheck(Duration.ofSeconds(graceSeconds), max, ZONE);
                    SgMode mode = SgMode.EVU;
                    Instant commanded = T0;
                    int attempts = 0;
                    for (int s = 0; s < 3000; s += 1 + random.nextInt(20)) {
                        if (random.nextInt(60) == 0) {
                            mode = SgMode.values()[random.nextInt(4)];
                            commanded = at(s);
                            attempts = 0;
                        }
                        SgMode wrong = SgMode.values()[(mode.ordinal() + 1 + random.nextInt(3)) % 4];
                        List<List<ReadBack>> reads = new ArrayList<>();
                        if (random.nextBoolean()) {
                            // an echo that agrees, and at the same instant the relay reports otherwise
                            reads.add(List.of(items(mode, s)));
                        }
                        reads.add(List.of(items(wrong, s)));
                        for (List<ReadBack> read : reads) {
                            Verdict verdict = check.check(mode, commanded, read, at(s));
                            if (verdict.redrive()) {
                                attempts++;
                                commanded = at(s);
                                assertEquals(Status.MISMATCH, verdict.status());
                            }
                            assertTrue(attempts <= max, attempts + " attempts for " + mode + ", max " + max);
                        }
                    }
                });
    }

    @Test
    void aRelayThatFollowedForTheGraceTimeAndFallsBackAgainIsCorrectedAgain() {
        WiringCheck check = new WiringCheck(Duration.ofSeconds(10), 1, ZONE);
        assertTrue(check.check(SgMode.EVU, T0, List.of(items(SgMode.NORMAL, 10)), at(10)).redrive());
        assertEquals(Status.OK, check.check(SgMode.EVU, at(10), List.of(items(SgMode.EVU, 11)), at(11)).status());
        assertFalse(check.check(SgMode.EVU, at(10), List.of(items(SgMode.NORMAL, 12)), at(22)).redrive(),
                "it agreed for 1 s only: the one attempt is used");
        WiringCheck followed = new WiringCheck(Duration.ofSeconds(10), 1, ZONE);
        assertTrue(followed.check(SgMode.EVU, T0, List.of(items(SgMode.NORMAL, 10)), at(10)).redrive());
        assertEquals(Status.OK, followed.check(SgMode.EVU, at(10), List.of(items(SgMode.EVU, 11)), at(11)).status());
        assertTrue(followed.check(SgMode.EVU, at(10), List.of(items(SgMode.NORMAL, 600)), at(610)).redrive(),
                "it followed for 589 s: a new fall-back gets its own attempt");
    }

    @Test
    void aMismatchEpisodeAsksForOneWarningAndOneAllClear() {
        WiringCheck check = new WiringCheck(ZONE);
        List<Event> events = new ArrayList<>();
        for (int s = 0; s <= 600; s += 30) {
            events.add(check.check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, s)), at(s)).event());
        }
        events.add(check.check(SgMode.EVU, T0, List.of(status(SgMode.EVU, 630)), at(630)).event());
        events.add(check.check(SgMode.EVU, T0, List.of(status(SgMode.EVU, 660)), at(660)).event());
        assertEquals(1, events.stream().filter(e -> e == Event.MISMATCH_STARTED).count(), "one warning: " + events);
        assertEquals(Event.MISMATCH_STARTED, events.get(4), "the warning comes at 120 s, the first poll after grace");
        assertEquals(Event.MISMATCH_CLEARED, events.get(events.size() - 2), "cleared once when it agrees again");
        assertEquals(Event.NONE, events.get(events.size() - 1), "and only once");
    }

    @Test
    void aDisagreementAfterAConfirmationCountsFromTheFirstDisagreeingReadBack() {
        WiringCheck check = new WiringCheck(ZONE);
        assertEquals(Status.OK, check.check(SgMode.EVU, T0, List.of(status(SgMode.EVU, 30)), at(30)).status());
        Verdict flipped = check.check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, 1000)), at(1000));
        assertEquals(Status.SETTLING, flipped.status(), "a fresh disagreement gets its own grace time");
        assertEquals(at(1120), flipped.recheckAt());
        assertEquals(Status.SETTLING,
                check.check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, 1119)), at(1119)).status());
        assertEquals(Status.MISMATCH,
                check.check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, 1120)), at(1120)).status());
    }

    @Test
    void readBacksOlderThanTheCommandAreIgnored() {
        Verdict verdict = new WiringCheck(ZONE).check(SgMode.EVU, at(100), List.of(status(SgMode.NORMAL, 99)),
                at(500));
        assertEquals(Status.NO_READBACK, verdict.status(), "a read-back from before the command says nothing");
        assertNull(verdict.recheckAt(), "only a new read-back can change this");
    }

    @Test
    void theLatestReadBackOfASourceCounts() {
        Verdict verdict = new WiringCheck(ZONE).check(SgMode.EVU, T0,
                List.of(status(SgMode.EVU, 200), status(SgMode.NORMAL, 100)), at(200));
        assertEquals(Status.OK, verdict.status(), "the read at 200 s replaces the one at 100 s");
    }

    @Test
    void aNewCommandStartsANewEpisodeWithItsOwnGraceTime() {
        WiringCheck check = new WiringCheck(ZONE);
        assertEquals(Event.MISMATCH_STARTED,
                check.check(SgMode.EVU, T0, List.of(status(SgMode.NORMAL, 200)), at(200)).event());
        Verdict next = check.check(SgMode.BOOST, at(300), List.of(status(SgMode.NORMAL, 310)), at(310));
        assertEquals(Status.SETTLING, next.status(), "the new command is given its grace time");
        Verdict late = check.check(SgMode.BOOST, at(300), List.of(status(SgMode.NORMAL, 420)), at(420));
        assertEquals(Event.MISMATCH_STARTED, late.event(), "a mismatch of the new command is warned about again");
    }

    @ParameterizedTest(name = "grace {0} s is rejected")
    @CsvSource({ "-1", "3601" })
    void aGraceTimeOutsideZeroToOneHourIsRejected(long seconds) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WiringCheck(Duration.ofSeconds(seconds), ZONE));
        assertTrue(e.getMessage().contains("grace"), "the message names the parameter: " + e.getMessage());
    }

    /**
     * Random poll traces of read-backs: a MISMATCH never comes before the grace time after the disagreement could have
     * begun, and warnings alternate with all-clears (never two warnings without an all-clear between them).
     */
    @Test
    void warningsAreNeverEarlyAndNeverRepeatedWithinAnEpisode() {
        PropertyCheck.forAll("wiring check episodes", 2000, random -> {
            WiringCheck check = new WiringCheck(Duration.ofSeconds(random.nextInt(0, 300)), ZONE);
            SgMode commanded = SgMode.values()[random.nextInt(4)];
            Instant since = T0;
            Instant now = T0;
            @Nullable
            Instant lastAgreement = null;
            boolean warned = false;
            for (int poll = 0; poll < 60; poll++) {
                now = now.plusSeconds(random.nextInt(1, 90));
                if (random.nextInt(20) == 0) {
                    commanded = SgMode.values()[random.nextInt(4)];
                    since = now;
                    lastAgreement = null;
                    warned = false;
                }
                SgMode seen = random.nextInt(3) == 0 ? SgMode.values()[random.nextInt(4)] : commanded;
                Verdict verdict = check.check(commanded, since, List.of(status(seen, now.getEpochSecond()
                        - T0.getEpochSecond())), now);
                if (verdict.status() == Status.MISMATCH) {
                    Instant earliestStart = lastAgreement == null ? since : lastAgreement;
                    assertFalse(now.isBefore(earliestStart.plus(check.grace())),
                            "mismatch before the grace time: " + verdict);
                }
                if (verdict.event() == Event.MISMATCH_STARTED) {
                    assertFalse(warned, "a second warning within one episode: " + verdict);
                    warned = true;
                } else if (verdict.event() == Event.MISMATCH_CLEARED) {
                    assertTrue(warned, "an all-clear without a warning: " + verdict);
                    warned = false;
                }
                assertEquals(seen == commanded, verdict.status() == Status.OK, "OK exactly when it agrees");
                if (seen == commanded) {
                    lastAgreement = now;
                }
            }
        });
    }
}
