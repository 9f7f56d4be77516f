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
 * A text state or command.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class StringType implements PrimitiveType, State, Command {

    /** The empty text. */
    public static final StringType EMPTY = new StringType();

    private final String value;

    /** Creates the empty text. */
    public StringType() {
        this("");
    }

    /** @param value the text; {@code null} is taken as the empty text */
    public StringType(@Nullable String value) {
        this.value = value == null ? "" : value;
    }

    /** @return a {@link StringType} holding {@code value} */
    public static StringType valueOf(@Nullable String value) {
        return new StringType(value);
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, value);
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public String toFullString() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        // like openHAB, a StringType also equals a plain String with the same text
        if (obj instanceof String text) {
            return value.equals(text);
        }
        return obj != null && obj.getClass() == getClass() && value.equals(((StringType) obj).value);
    }
}
