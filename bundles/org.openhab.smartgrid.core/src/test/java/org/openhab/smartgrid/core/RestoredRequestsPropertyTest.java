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
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.arbiter.ExpiredRequest;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * The rule for restored requests over random windows, stored switch-on instants (known, unknown, during or long
 * before the downtime), sources, confirmations and step timings. The controller is stepped the way the binding
 * does it: at each reported {@code nextStepAt}, and at random instants in between (commands, refreshes).
 */
@NonNullByDefault
class RestoredRequestsPropertyTest {

    private static final int CASES = 5_000;
    private static final List<ZoneId> ZONES = List.of(Timeline.BRUSSELS, ZoneId.of("UTC"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
    private static final List<ModeSource> REQUESTS = List.of(ModeSource.GRID_LOCK, ModeSource.PEAK_SHED,
            ModeSource.PV_SURPLUS, ModeSource.COMFORT_REQUEST);

    /** What the test does to the restored request after the restart. */
    private enum Confirmation {
        NONE,
        FRESH_ON,
        FRESH_OFF
    }

    @Test
    void aProvisionalRequestEndsExactlyWhenItsWindowFromTheStoredStartPassesUnlessConfirmed() {
        PropertyCheck.forAll("a restored request is ON until max(stored start or restart + window, restart), OFF "
                + "from then on, and its end is reported once at that instant; a fresh value ends the rule",
                CASES, random -> {
                    Duration window = Duration.ofMinutes(random.nextInt(1, 1441));
                    Instant restart = Instant.parse("2026-01-01T00:00:00Z")
                            .plusSeconds(random.nextLong(0, 365L * 86_400));
                    ModeSource source = REQUESTS.get(random.nextInt(REQUESTS.size()));
                    @Nullable
                    Instant stored = storedStart(random, restart);
                    Instant from = stored == null || stored.isAfter(restart) ? restart : stored;
                    Instant end = latest(from.plus(window), restart);
                    Confirmation confirmation = Confirmation.values()[random.nextInt(3)];
                    Instant confirmAt = restart.plusSeconds(random.nextLong(0, 2 * window.toSeconds() + 1));
                    boolean confirmed = false;

                    SgController controller = new SgController(GuardConfig.DEFAULTS, SgMode.BOOST,
                            ZONES.get(random.nextInt(ZONES.size())), window);
                    controller.restore((String) null, restart);
                    controller.restoreRequest(source, true, stored, restart);
                    String where = source + " window " + window + " stored " + stored + " restart " + restart
                            + " end " + end + " " + confirmation + " at " + confirmAt;

                    Instant now = restart;
                    int reported = 0;
                    Instant stop = end.plus(window);
                    while (!now.isAfter(stop)) {
                        if (confirmation != Confirmation.NONE && !confirmed && !confirmAt.isAfter(now)) {
                            controller.setRequest(source, confirmation == Confirmation.FRESH_ON, now);
                            confirmed = true;
                        }
                        SgStepResult result = controller.step(now);
                        boolean on = controller.requests().isRequesting(source, now);
                        for (ExpiredRequest ended : result.expiredRequests()) {
                            reported++;
                            assertEquals(new ExpiredRequest(source, end, from, stored != null && !stored.isAfter(
                                    restart), window), ended, where + ": the end as reported at " + now);
                            assertEquals(end, now, where + ": reported at the step at its end, not later");
                        }
                        if (!confirmed) {
                            assertEquals(now.isBefore(end), on, where + ": ON exactly before the end, at " + now);
                            assertEquals(now.isBefore(end), controller.isProvisional(source), where);
                            if (now.isBefore(end)) {
                                assertFalse(result.nextStepAt().isAfter(end),
                                        where + ": the controller wakes up at the end, next " + result.nextStepAt());
                            }
                        } else {
                            assertFalse(controller.isProvisional(source), where + ": confirmed");
                            // before or after the end: from a fresh value on, that value decides
                            assertEquals(confirmation == Confirmation.FRESH_ON, on,
                                    where + ": the fresh value decides, at " + now);
                        }
                        Instant next = result.nextStepAt();
                        Instant between = now.plusSeconds(random.nextLong(1, window.toSeconds() + 2));
                        now = between.isBefore(next) && random.nextBoolean() ? between : latest(next, now.plusSeconds(1));
                        if (confirmation != Confirmation.NONE && !confirmed && confirmAt.isBefore(now)) {
                            now = confirmAt;
                        }
                    }
                    boolean endsByTheRule = confirmation == Confirmation.NONE || confirmAt.isAfter(end);
                    assertEquals(endsByTheRule ? 1 : 0, reported, where + ": the end is reported once, if at all");
                });
    }

    /** A stored switch-on: unknown, during a short downtime, long before, or (a clock that went back) after. */
    private static @Nullable Instant storedStart(SplittableRandom random, Instant restart) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> restart.minusSeconds(random.nextLong(0, 3600));
            case 2 -> restart.plusSeconds(random.nextLong(1, 3600));
            default -> restart.minusSeconds(random.nextLong(0, 3L * 86_400));
        };
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
