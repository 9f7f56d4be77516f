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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.arbiter.ManualOverride;
import org.openhab.smartgrid.core.guard.GuardSnapshot;
import org.openhab.smartgrid.core.guard.LockTimingGuard;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * What an {@link SgController} saves across a restart: the guard history and the manual override (its expiry
 * cannot be rebuilt from item states). The other requests come back from their items.
 * <p>
 * {@link #encode()} gives one compact line ({@code key=value;...}) for a Thing property or a file;
 * {@link #decode(String)} reads it back and returns null for anything it does not fully understand.
 *
 * @param guard the guard history
 * @param manual the manual override in force, null when control is automatic
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record SgControllerSnapshot(GuardSnapshot guard, @Nullable ManualOverride manual) {

    private static final String VERSION = "sg1";
    private static final String NONE = "-";

    /** @return the snapshot as one line of text */
    public String encode() {
        LockTimingGuard.Snapshot lock = guard.lock();
        ManualOverride override = manual;
        return "v=" + VERSION + ";eff=" + guard.effective() + ";chg=" + text(guard.lastChange()) + ";lk="
                + (lock.locked() ? 1 : 0) + ";ls=" + text(lock.lockStart()) + ";rs=" + text(lock.releaseStart())
                + ";day=" + guard.day() + ";n=" + guard.locksToday() + ";lt=" + guard.lockTimeToday() + ";lb="
                + guard.lastBlockLength() + ";at=" + guard.takenAt() + ";man="
                + (override == null ? NONE : override.mode().name()) + ";exp="
                + (override == null ? NONE : text(override.expiresAt()));
    }

    /** @return the snapshot {@link #encode()} wrote, or null when the text is corrupt or of an unknown version */
    public static @Nullable SgControllerSnapshot decode(String text) {
        try {
            Map<String, String> fields = new HashMap<>();
            for (String part : text.trim().split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0 || fields.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                    return null;
                }
            }
            if (fields.size() != 13 || !VERSION.equals(fields.get("v"))) {
                return null;
            }
            String lockedFlag = field(fields, "lk");
            if (!"0".equals(lockedFlag) && !"1".equals(lockedFlag)) {
                return null;
            }
            LockTimingGuard.Snapshot lock = new LockTimingGuard.Snapshot("1".equals(lockedFlag),
                    instant(field(fields, "ls")), instant(field(fields, "rs")));
            GuardSnapshot guard = new GuardSnapshot(SgMode.valueOf(field(fields, "eff")),
                    instant(field(fields, "chg")), lock, LocalDate.parse(field(fields, "day")),
                    Integer.parseInt(field(fields, "n")), Duration.parse(field(fields, "lt")),
                    Duration.parse(field(fields, "lb")), Instant.parse(field(fields, "at")));
            String manualMode = field(fields, "man");
            ManualOverride manual = NONE.equals(manualMode) ? null
                    : new ManualOverride(SgMode.valueOf(manualMode), instant(field(fields, "exp")));
            return new SgControllerSnapshot(guard, manual);
        } catch (RuntimeException e) {
            // any unparsable field makes the whole snapshot unknown: the caller then assumes the restrictive past
            return null;
        }
    }

    private static String field(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    private static String text(@Nullable Instant instant) {
        return instant == null ? NONE : instant.toString();
    }

    private static @Nullable Instant instant(String text) {
        return NONE.equals(text) ? null : Instant.parse(text);
    }
}
