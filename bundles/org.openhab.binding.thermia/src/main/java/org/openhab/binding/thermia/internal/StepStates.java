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

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.arbiter.ModeRequests;

/**
 * Translates the controller's step result and requests into the states of the Thing's channels.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class StepStates {

    private StepStates() {
        // static translation only
    }

    /**
     * @param step the last step of the controller
     * @param lastEvent the detail of the last guard event so far, null when there was none
     * @return the states of the mode and guard status channels, by channel id
     */
    public static Map<String, State> of(SgStepResult step, @Nullable String lastEvent) {
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_SG_MODE, new StringType(step.effective().name()));
        states.put(CHANNEL_WANTED_MODE, new StringType(step.wanted().name()));
        states.put(CHANNEL_ACTIVE_SOURCE, new StringType(step.source().name()));
        states.put(CHANNEL_NEXT_CHANGE, dateTime(step.nextChangeAt()));
        states.put(CHANNEL_LOCKS_TODAY, new DecimalType(step.locksToday()));
        states.put(CHANNEL_LOCK_TIME_TODAY, minutes(step.lockTimeToday()));
        states.put(CHANNEL_LAST_EVENT, lastEvent == null ? UnDefType.UNDEF : new StringType(lastEvent));
        return states;
    }

    /** @return the states of the four request channels, by channel id */
    public static Map<String, State> of(ModeRequests requests) {
        return Map.of(CHANNEL_GRID_LOCK, OnOffType.from(requests.gridLock()), CHANNEL_PEAK_SHED,
                OnOffType.from(requests.peakShed()), CHANNEL_PV_BOOST, OnOffType.from(requests.pvSurplus()),
                CHANNEL_COMFORT_REQUEST, OnOffType.from(requests.comfort()));
    }

    /** @return the instant as a DateTime state, UNDEF when there is none */
    public static State dateTime(@Nullable Instant instant) {
        return instant == null ? UnDefType.UNDEF : new DateTimeType(instant);
    }

    /** @return the duration in minutes, to two decimals */
    public static QuantityType<?> minutes(Duration duration) {
        BigDecimal minutes = BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(60_000), 2,
                RoundingMode.HALF_UP);
        return new QuantityType<>(minutes.stripTrailingZeros(), Units.MINUTE);
    }
}
