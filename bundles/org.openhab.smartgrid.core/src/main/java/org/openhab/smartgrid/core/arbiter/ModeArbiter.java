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

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Picks the wanted SG-Ready mode from all requests (DESIGN §3.2). Highest wins: grid operator lock (EVU), manual
 * override, peak shedding (EVU), PV surplus (BOOST or COMFORT), comfort request (COMFORT), otherwise NORMAL.
 * <p>
 * The arbiter only says what is wanted; the guards decide when the relays may follow.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ModeArbiter {

    private final SgMode pvSurplusMode;
    /** Answers without a manual override, by request bits (grid, peak, pv, comfort): they need no allocation. */
    private final Arbitration[] automatic = new Arbitration[16];

    /**
     * @param pvSurplusMode the mode asked for on PV surplus: BOOST (1/1, a command) or COMFORT (0/1, only a
     *            recommendation)
     * @throws IllegalArgumentException when the mode is neither BOOST nor COMFORT
     */
    public ModeArbiter(SgMode pvSurplusMode) {
        if (pvSurplusMode != SgMode.BOOST && pvSurplusMode != SgMode.COMFORT) {
            throw new IllegalArgumentException("pvSurplusMode must be BOOST or COMFORT, was " + pvSurplusMode);
        }
        this.pvSurplusMode = pvSurplusMode;
        for (int bits = 0; bits < automatic.length; bits++) {
            ModeRequests requests = new ModeRequests((bits & 8) != 0, null, (bits & 4) != 0, (bits & 2) != 0,
                    (bits & 1) != 0);
            automatic[bits] = compute(requests, null, Instant.EPOCH);
        }
    }

    /**
     * Parses the PV surplus mode setting, case-insensitively.
     *
     * @throws IllegalArgumentException naming the parameter and the allowed values
     */
    public static SgMode parsePvSurplusMode(String name) {
        String trimmed = name.trim();
        if (SgMode.BOOST.name().equalsIgnoreCase(trimmed)) {
            return SgMode.BOOST;
        }
        if (SgMode.COMFORT.name().equalsIgnoreCase(trimmed)) {
            return SgMode.COMFORT;
        }
        throw new IllegalArgumentException("pvSurplusMode must be BOOST or COMFORT, was '" + name + "'");
    }

    public SgMode pvSurplusMode() {
        return pvSurplusMode;
    }

    /** @return the wanted mode at {@code now}, the source that won and the sources it outranked */
    public Arbitration arbitrate(ModeRequests requests, Instant now) {
        ManualOverride manual = requests.activeManual(now);
        if (manual == null) {
            return automatic[(requests.gridLock() ? 8 : 0) | (requests.peakShed() ? 4 : 0)
                    | (requests.pvSurplus() ? 2 : 0) | (requests.comfort() ? 1 : 0)];
        }
        return compute(requests, manual, now);
    }

    private Arbitration compute(ModeRequests requests, @Nullable ManualOverride manual, Instant now) {
        Instant validUntil = manual == null ? null : manual.expiresAt();
        @Nullable
        ModeSource winner = null;
        Set<ModeSource> outranked = EnumSet.noneOf(ModeSource.class);
        for (ModeSource source : ModeSource.values()) {
            if (source != ModeSource.DEFAULT && requests.isRequesting(source, now)) {
                if (winner == null) {
                    winner = source;
                } else {
                    outranked.add(source);
                }
            }
        }
        if (winner == null) {
            return new Arbitration(SgMode.NORMAL, ModeSource.DEFAULT, Set.of(), validUntil);
        }
        SgMode wanted = switch (winner) {
            case GRID_LOCK, PEAK_SHED -> SgMode.EVU;
            case MANUAL_OVERRIDE -> manual == null ? SgMode.NORMAL : manual.mode();
            case PV_SURPLUS -> pvSurplusMode;
            case COMFORT_REQUEST -> SgMode.COMFORT;
            case DEFAULT -> SgMode.NORMAL;
        };
        return new Arbitration(wanted, winner, outranked, validUntil);
    }
}
