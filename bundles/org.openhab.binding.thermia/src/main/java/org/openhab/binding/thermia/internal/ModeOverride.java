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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * What a command to channel {@code sg-mode} asks for: force one SG-Ready mode by hand, or release the manual
 * override ({@code AUTO}) so that the arbiter decides again.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface ModeOverride permits ModeOverride.Release, ModeOverride.Force {

    /** The command word that releases the manual override. */
    String AUTO = "AUTO";

    /** The accepted command words, in the order they are listed in error messages. */
    String ALLOWED = Stream.concat(Stream.of(AUTO), Arrays.stream(SgMode.values()).map(SgMode::name))
            .collect(Collectors.joining(", "));

    /** Release the manual override: the arbiter decides the mode again. */
    record Release() implements ModeOverride {
        @Override
        public String toText() {
            return AUTO;
        }
    }

    /** Hold {@code mode} until the override is released (mandatory grid locks still win, see the arbiter). */
    record Force(SgMode mode) implements ModeOverride {
        @Override
        public String toText() {
            return mode.name();
        }
    }

    /** @return the command word for this override, e.g. {@code AUTO} or {@code BOOST} */
    String toText();

    /**
     * Parses a command word, ignoring case and surrounding blanks.
     *
     * @param text {@code AUTO}, {@code NORMAL}, {@code COMFORT}, {@code EVU} or {@code BOOST}
     * @return the override
     * @throws IllegalArgumentException naming the allowed values when the word is unknown
     */
    static ModeOverride parse(String text) {
        String word = text.trim().toUpperCase(Locale.ROOT);
        if (AUTO.equals(word)) {
            return new Release();
        }
        for (SgMode mode : SgMode.values()) {
            if (mode.name().equals(word)) {
                return new Force(mode);
            }
        }
        throw new IllegalArgumentException("Unknown sg-mode command '" + text + "': allowed values are " + ALLOWED);
    }

    /**
     * Reads a command sent to channel {@code sg-mode}.
     *
     * @throws IllegalArgumentException when the command is not a text or the word is unknown; the message names
     *             the allowed values
     */
    static ModeOverride fromCommand(Command command) {
        if (command instanceof StringType text) {
            return parse(text.toString());
        }
        throw new IllegalArgumentException(
                "Unsupported sg-mode command '" + command + "': send a text, one of " + ALLOWED);
    }
}
