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
package org.openhab.automation.energymanager.internal;

import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;

/**
 * What the state of a load's shed feedback item says about a shed of the load:
 * <ul>
 * <li>a text (a String item, e.g. linked to the Thermia heat pump Thing's {@code sg-mode} channel): {@code EVU} (any
 * case) means the shed is in effect, any other mode ({@code NORMAL}, {@code COMFORT}, {@code BOOST}) that it is
 * not;</li>
 * <li>a Switch: {@code ON} means in effect, {@code OFF} not;</li>
 * <li>a power (a Number item in any power unit, or a plain number taken as W, e.g. the load's own meter): in effect
 * when the load draws less than half the power configured for it, not in effect otherwise;</li>
 * <li>{@code UNDEF}, {@code NULL}, an empty text or anything else: no report.</li>
 * </ul>
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum ShedFeedback {
    IN_EFFECT,
    NOT_IN_EFFECT,
    NO_REPORT;

    /** The mode of the Thermia heat pump Thing in which a shed (a request for EVU) is in effect. */
    public static final String SHED_MODE = "EVU";

    /**
     * @param state the feedback item's state
     * @param loadWatts the power configured for the load, W
     */
    public static ShedFeedback of(State state, double loadWatts) {
        if (state instanceof StringType text) {
            String mode = text.toString().trim().toUpperCase(Locale.ROOT);
            return mode.isEmpty() ? NO_REPORT : from(SHED_MODE.equals(mode));
        }
        if (state instanceof OnOffType onOff) {
            return from(onOff == OnOffType.ON);
        }
        OptionalDouble watts = PowerStates.toWatts(state);
        return watts.isPresent() ? from(watts.getAsDouble() < loadWatts / 2) : NO_REPORT;
    }

    private static ShedFeedback from(boolean inEffect) {
        return inEffect ? IN_EFFECT : NOT_IN_EFFECT;
    }
}
