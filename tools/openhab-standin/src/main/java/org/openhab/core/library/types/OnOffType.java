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
package org.openhab.core.library.types;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * The state and command of a switch.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum OnOffType implements PrimitiveType, State, Command {
    ON,
    OFF;

    /**
     * @param state a text; {@code "ON"} and {@code "1"} (any case) mean on
     * @return {@link #ON} for those texts, otherwise {@link #OFF}
     */
    public static OnOffType from(String state) {
        String trimmed = state.trim();
        return from("ON".equalsIgnoreCase(trimmed) || "1".equals(trimmed));
    }

    /** @return {@link #ON} for {@code true}, {@link #OFF} for {@code false} */
    public static OnOffType from(boolean state) {
        return state ? ON : OFF;
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, name());
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public String toFullString() {
        return name();
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        // the stand-in converts only to the numeric type; everything else as the default does
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(this == ON ? 1 : 0));
        }
        return State.super.as(target);
    }
}
