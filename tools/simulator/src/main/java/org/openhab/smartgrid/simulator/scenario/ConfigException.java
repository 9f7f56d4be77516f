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
package org.openhab.smartgrid.simulator.scenario;

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An invalid configuration: the message names the file, the line and the column (when the mistake is in the file),
 * the section and what is wrong.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    /**
     * @param at where the mistake is
     * @param message what is wrong, naming the section and the key
     */
    public ConfigException(YamlPosition at, String message) {
        super(at + ": " + shortened(message));
        this.source = at.source();
        this.line = at.line();
        this.column = at.column();
    }

    /**
     * A value the message echoes ({@code was '...'}, as the core's parameters and the loader say it) longer than 80
     * characters is cut: a 10 MB scalar is never echoed whole.
     */
    private static final Pattern LONG_VALUE = Pattern.compile("(was|got) '([^']{80})[^']+'");

    /** @return {@code message} with every long echoed value cut to its first 80 characters and "…" */
    static String shortened(String message) {
        return message.length() < 100 ? message : LONG_VALUE.matcher(message).replaceAll("$1 '$2…'");
    }

    /** @return the file name, or what gave the value when it is not in the file (a {@code --param}) */
    public String source() {
        return source;
    }

    /** @return the 1-based line of the offending key or value, 0 when it is not in the file */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the offending key or value, 0 when it is not in the file */
    public int column() {
        return column;
    }
}
