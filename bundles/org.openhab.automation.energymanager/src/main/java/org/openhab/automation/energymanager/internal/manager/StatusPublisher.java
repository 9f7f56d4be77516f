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
package org.openhab.automation.energymanager.internal.manager;


import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.LoadCommand;

/**
 * Posts one manager's status items (its own and its loads'), each only when its value changed: a manager steps at every meter update (every
 * few seconds with many meters), and an update of every item at every step would flood openHAB's event bus, its
 * persistence and the UIs that follow it. A power is posted in whole watts, and only once it moved at least
 * {@link #MIN_POWER_CHANGE} from the value posted last, so a meter's noise does not update it at every step.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class StatusPublisher {

    /** W a power must move from the value posted last before it is posted again. */
    static final double MIN_POWER_CHANGE = 1.0;

    private final StatusSink sink;
    private final Map<String, State> posted = new HashMap<>();
    /** The powers posted, unrounded: the next change is measured from them. */
    private final Map<String, Double> postedWatts = new HashMap<>();
    /** The command whose next change each next change item shows. */
    private final Map<String, LoadCommand> shownNextChange = new HashMap<>();

    StatusPublisher(StatusSink sink) {
        this.sink = sink;
    }

    /** Posts a load's state, reason and next change to those of its items that are named. */
    void load(StatusItems items, LoadCommand command) {
        state(items.state(), OnOffType.from(command.on()));
        state(items.reason(), new StringType(command.reason().name()));
        String item = items.nextChange();
        if (item != null && isNews(shownNextChange.get(item), command)) {
            instant(item, command.nextChange());
            shownNextChange.put(item, command);
        }
    }

    /**
     * A running load's next change is often the instant its meter data would turn stale, which every meter update
     * moves on: shown, it would update the item at every step and say nothing. So within one decision (the same
     * command and reason) only an earlier next change is shown; a later one leaves the earlier instant, from which
     * on the output could change, in the item.
     */
    private static boolean isNews(@Nullable LoadCommand shown, LoadCommand command) {
        if (shown == null || shown.on() != command.on() || shown.reason() != command.reason()) {
            return true;
        }
        Instant before = shown.nextChange();
        Instant next = command.nextChange();
        return next != null && (before == null || next.isBefore(before));
    }

    /** Posts a power in W; a value that is not finite (an unknown power) as UNDEF. Nothing when {@code item} is null. */
    void power(@Nullable String item, double watts) {
        if (item == null) {
            return;
        }
        if (!Double.isFinite(watts)) {
            postedWatts.remove(item);
            state(item, UnDefType.UNDEF);
            return;
        }
        Double last = postedWatts.get(item);
        if (last != null && Math.abs(watts - last) < MIN_POWER_CHANGE) {
            return;
        }
        postedWatts.put(item, watts);
        state(item, new QuantityType<>(Math.round(watts), Units.WATT));
    }

    /** Posts an instant as a DateTime, null as UNDEF. Nothing when {@code item} is null. */
    private void instant(@Nullable String item, @Nullable Instant instant) {
        state(item, instant == null ? UnDefType.UNDEF : new DateTimeType(instant));
    }

    /** Posts a state unless it is the one posted last. Nothing when {@code item} is null. */
    void state(@Nullable String item, State state) {
        if (item == null || state.equals(posted.get(item))) {
            return;
        }
        posted.put(item, state);
        sink.post(item, state);
    }

    /**
     * Forgets what was posted, so that every item is posted again at the next step: a load joined (its items may
     * hold anything) or left (another load may name its items now).
     */
    void forget() {
        posted.clear();
        postedWatts.clear();
        shownNextChange.clear();
    }
}
