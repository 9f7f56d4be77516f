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
package org.openhab.binding.thermia.internal;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;

/**
 * The texts the Thing shows about sizing (DESIGN §3.6): the warning when the guards' daily lock budget exceeds
 * the lock time the heat pump was sized for, and the §14a EnWG classification property. The decisions are the
 * core's ({@link GuardConfig#exceedsSizing}, {@link ControllableConsumer#isControllable()}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SizingStatus {

    private SizingStatus() {
        // texts only
    }

    /** @return the warning with its arithmetic, or null when the budget is within the sizing */
    static @Nullable String warning(GuardConfig guards, Duration designLock, double designLockHours) {
        if (!guards.exceedsSizing(designLock)) {
            return null;
        }
        return String.format(Locale.ROOT,
                "lock budget exceeds the sizing: up to %d min of lock per day (min(maxLocksPerDay %d x "
                        + "maxLockMinutes %d, maxLockMinutesPerDay %d)) > designLockHours %s h = %d min the heat "
                        + "pump was sized for",
                guards.dailyLockLimit().toMinutes(), guards.maxLocksPerDay(), guards.maxLockPerBlock().toMinutes(),
                guards.maxLockPerDay().toMinutes(), designLockHours, designLock.toMinutes());
    }

    /** @return the property value, e.g. {@code yes (6.5 kW > 4.2 kW)} */
    static String classification(ControllableConsumer consumer) {
        return String.format(Locale.ROOT, "%s (%.1f kW %s %.1f kW)", consumer.isControllable() ? "yes" : "no",
                consumer.connectionKw(), consumer.isControllable() ? ">" : "<=", ControllableConsumer.THRESHOLD_KW);
    }
}
