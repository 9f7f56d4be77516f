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
package org.openhab.smartgrid.core.arbiter;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.mode.SgMode;

/** DESIGN §3.2: grid lock, manual override, peak shedding, PV surplus, comfort request, otherwise NORMAL. */
@NonNullByDefault
class ModeArbiterTest {

    private static final Instant NOW = Instant.parse("2026-06-22T08:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final ModeArbiter arbiter = new ModeArbiter(SgMode.BOOST);

    @ParameterizedTest(name = "grid={0} manual={1} peak={2} pv={3} comfort={4} -> {5} by {6}")
    @CsvSource({ //
            "false, -,       false, false, false, NORMAL,  DEFAULT", //
            "false, -,       false, false, true,  COMFORT, COMFORT_REQUEST", //
            "false, -,       false, true,  true,  BOOST,   PV_SURPLUS", //
            "false, -,       true,  true,  true,  EVU,     PEAK_SHED", //
            "false, NORMAL,  true,  true,  true,  NORMAL,  MANUAL_OVERRIDE", //
            "false, BOOST,   true,  false, false, BOOST,   MANUAL_OVERRIDE", //
            "true,  BOOST,   true,  true,  true,  EVU,     GRID_LOCK", //
            "true,  -,       false, false, false, EVU,     GRID_LOCK", //
            "false, EVU,     false, true,  false, EVU,     MANUAL_OVERRIDE" })
    void theHighestRequestingSourceWins(boolean grid, String manual, boolean peak, boolean pv, boolean comfort,
            SgMode wanted, ModeSource source) {
        ManualOverride override = "-".equals(manual) ? null : new ManualOverride(SgMode.valueOf(manual), null);
        Arbitration result = arbiter.arbitrate(new ModeRequests(grid, override, peak, pv, comfort), NOW);
        assertEquals(wanted, result.wanted(), "wanted mode");
        assertEquals(source, result.source(), "winning source");
        assertEquals(source.reason(), result.reason(), "the reason names the source");
    }

    @Test
    void theArbitrationNamesTheSourcesItOutranked() {
        Arbitration result = arbiter.arbitrate(new ModeRequests(false, null, true, true, true), NOW);
        assertEquals(Set.of(ModeSource.PV_SURPLUS, ModeSource.COMFORT_REQUEST), result.outranked());
        assertEquals("peak shedding asks EVU; outranks PV_SURPLUS, COMFORT_REQUEST", result.detail(NOW, ZONE));
        assertEquals(Reason.PEAK_SHED, result.reason());
    }

    @Test
    void anExpiredManualOverrideNoLongerCounts() {
        ManualOverride override = new ManualOverride(SgMode.BOOST, NOW);
        ModeRequests requests = ModeRequests.NONE.withManual(override);
        assertEquals(ModeSource.MANUAL_OVERRIDE, arbiter.arbitrate(requests, NOW.minusSeconds(1)).source());
        assertEquals(NOW, arbiter.arbitrate(requests, NOW.minusSeconds(1)).validUntil(),
                "the expiry is when the answer changes by itself");
        assertEquals(ModeSource.DEFAULT, arbiter.arbitrate(requests, NOW).source(), "the expiry itself is outside");
    }

    @Test
    void aManualOverridesExpiryIsALocalTimeWithTheDateOnAnotherDay() {
        Instant later = NOW.plus(Duration.ofHours(2));
        assertEquals("manual override asks BOOST until 12:00", arbiter
                .arbitrate(ModeRequests.NONE.withManual(new ManualOverride(SgMode.BOOST, later)), NOW)
                .detail(NOW, ZONE), "NOW is 10:00 in Brussels (UTC+2 in June)");
        Instant tomorrow = NOW.plus(Duration.ofHours(24));
        assertEquals("manual override asks EVU until 2026-06-23 10:00", arbiter
                .arbitrate(ModeRequests.NONE.withManual(new ManualOverride(SgMode.EVU, tomorrow)), NOW)
                .detail(NOW, ZONE));
        assertEquals("manual override asks COMFORT until AUTO", arbiter
                .arbitrate(ModeRequests.NONE.withManual(new ManualOverride(SgMode.COMFORT, null)), NOW)
                .detail(NOW, ZONE));
    }

    @Test
    void pvSurplusCanAskComfortInsteadOfBoost() {
        Arbitration result = new ModeArbiter(SgMode.COMFORT).arbitrate(ModeRequests.NONE.withPvSurplus(true), NOW);
        assertEquals(SgMode.COMFORT, result.wanted());
    }

    @ParameterizedTest(name = "pvSurplusMode {0} is rejected")
    @CsvSource({ "EVU", "NORMAL" })
    void pvSurplusModeMustBeBoostOrComfort(SgMode mode) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModeArbiter(mode));
        assertEquals("pvSurplusMode must be BOOST or COMFORT, was " + mode, e.getMessage());
    }

    @Test
    void pvSurplusModeSettingIsParsedIgnoringCase() {
        assertEquals(SgMode.COMFORT, ModeArbiter.parsePvSurplusMode(" comfort "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModeArbiter.parsePvSurplusMode("TURBO"));
        assertEquals("pvSurplusMode must be BOOST or COMFORT, was 'TURBO'", e.getMessage());
    }

    @ParameterizedTest(name = "manual command \"{0}\" -> {1}")
    @CsvSource({ "AUTO, -", "auto, -", "' boost ', BOOST", "evu, EVU", "Normal, NORMAL", "COMFORT, COMFORT" })
    void manualCommandsAreModeNamesOrAuto(String command, String expected) {
        @Nullable
        SgMode parsed = ManualOverride.parseCommand(command);
        assertEquals("-".equals(expected) ? null : SgMode.valueOf(expected), parsed);
    }

    @Test
    void anUnknownManualCommandIsRejectedWithTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ManualOverride.parseCommand("TURBO"));
        assertEquals("manualMode must be one of AUTO, NORMAL, COMFORT, EVU, BOOST, was 'TURBO'", e.getMessage());
    }
}
