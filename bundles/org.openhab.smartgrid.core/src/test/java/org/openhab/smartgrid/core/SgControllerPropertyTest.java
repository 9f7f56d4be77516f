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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The guard invariants over random request sequences, random guard settings, six time zones (DST days
 * included) and random step timing. Each property runs 10,000 sequences (override with
 * {@code -Dsmartgrid.cases=N}); a failure prints the seed that replays it and the last steps.
 */
@NonNullByDefault
class SgControllerPropertyTest {

    private static final int CASES = 10_000;

    @Test
    void relaysHoldsRearmsDwellsAndBudgetsAreKeptOverRandomRequestSequences() {
        PropertyCheck.forAll("relays = effective contacts; no lock shorter than its hold; no re-arm, dwell or "
                + "budget breach except by the grid operator's lock", CASES, random -> {
                    TraceDriver drive = new TraceDriver(random);
                    GuardOracle oracle = new GuardOracle(drive.config, drive.zone);
                    drive.withChecks((result, requests, where) -> oracle.check(result, requests.gridLock(), where));
                    int inputs = random.nextInt(10, 60);
                    for (int i = 0; i < inputs; i++) {
                        drive.randomInputStep();
                    }
                });
    }

    @Test
    void whenRequestsStopChangingTheWantedModeIsReachedExactlyAtTheReportedInstant() {
        PropertyCheck.forAll("liveness: the wanted mode is reached exactly at the reported instant", CASES, random -> {
            TraceDriver drive = new TraceDriver(random);
            GuardOracle oracle = new GuardOracle(drive.config, drive.zone);
            drive.withChecks((result, requests, where) -> oracle.check(result, requests.gridLock(), where));
            int inputs = random.nextInt(1, 30);
            for (int i = 0; i < inputs; i++) {
                drive.randomInputStep();
            }
            // quiet: no more input; the driver checks each scheduled step against the reported instants
            SgStepResult quiet = drive.last();
            @Nullable
            Instant promised = quiet.effective() == quiet.wanted() ? quiet.at() : quiet.wantedAt();
            drive.runUntil(drive.now().plus(Duration.ofDays(3)));
            SgStepResult end = drive.last();
            if (promised == null) {
                assertEquals(SgMode.EVU, quiet.wanted(), "only a lock the budget never allows is never reached");
                assertEquals(0, drive.config.maxLocksPerDay(), "and only with maxLocksPerDay 0" + drive.history());
            } else if (quiet.arbitration().validUntil() == null) {
                assertTrue(!end.at().isBefore(promised), "the driver stepped past the promised instant");
            }
        });
    }

    @Test
    void snapshotRestoreAndContinueBehavesAsIfNeverRestarted() {
        PropertyCheck.forAll("snapshot -> restore -> continue behaves as if never restarted", CASES, random -> {
            TraceDriver drive = new TraceDriver(random);
            int inputs = random.nextInt(2, 40);
            int restartAt = random.nextInt(0, inputs);
            for (int i = 0; i < inputs; i++) {
                if (i == restartAt) {
                    drive.restartTwin();
                }
                drive.randomInputStep();
            }
            drive.runUntil(drive.now().plus(Duration.ofHours(random.nextInt(1, 30))));
        });
    }

    @Test
    void aClockThatJumpsBackwardsNeverShortensHoldRearmOrDwell() {
        PropertyCheck.forAll("backward clock jumps never shorten hold, re-arm or dwell", CASES, random -> {
            TraceDriver drive = new TraceDriver(random);
            ElapsedTimeOracle oracle = new ElapsedTimeOracle(drive.config);
            drive.withChecks((result, requests, where) -> oracle.check(result, requests.gridLock(), where));
            int inputs = random.nextInt(10, 50);
            for (int i = 0; i < inputs; i++) {
                if (random.nextInt(8) == 0) {
                    Instant back = drive.now().minusSeconds(random.nextLong(1, 3 * 3600));
                    drive.markInput();
                    drive.stepAt(back);
                }
                drive.randomInputStep();
            }
        });
    }

    /**
     * Hold, re-arm and dwell measured on a clock that only moves forward: a backward jump counts as no time, as
     * the guards promise.
     */
    private static final class ElapsedTimeOracle {
        private final GuardConfig config;
        private @Nullable Instant lastAt;
        private Duration elapsed = Duration.ZERO;
        private @Nullable Duration lastChange;
        private @Nullable Duration lockStart;
        private @Nullable Duration release;
        private SgMode effective = SgMode.NORMAL;

        ElapsedTimeOracle(GuardConfig config) {
            this.config = config;
        }

        void check(SgStepResult result, boolean gridLock, String where) {
            Instant previous = lastAt;
            if (previous != null && result.at().isAfter(previous)) {
                elapsed = elapsed.plus(Duration.between(previous, result.at()));
            }
            lastAt = result.at();
            if (gridLock) {
                assertEquals(SgMode.EVU, result.effective(), where + ": the grid operator's lock applies at once");
            }
            SgMode to = result.effective();
            if (to == effective) {
                return;
            }
            boolean mandatory = to == SgMode.EVU && gridLock;
            Duration change = lastChange;
            if (change != null && !mandatory) {
                assertFalse(elapsed.minus(change).compareTo(config.minModeDwell()) < 0,
                        where + ": dwell shortened to " + elapsed.minus(change));
            }
            Duration start = lockStart;
            if (effective == SgMode.EVU && start != null) {
                assertFalse(elapsed.minus(start).compareTo(config.minLock()) < 0,
                        where + ": hold shortened to " + elapsed.minus(start));
                release = elapsed;
            }
            Duration released = release;
            if (to == SgMode.EVU) {
                if (!mandatory && released != null) {
                    assertFalse(elapsed.minus(released).compareTo(config.minRelease()) < 0,
                            where + ": re-arm shortened to " + elapsed.minus(released));
                }
                lockStart = elapsed;
            }
            lastChange = elapsed;
            effective = to;
        }
    }
}
