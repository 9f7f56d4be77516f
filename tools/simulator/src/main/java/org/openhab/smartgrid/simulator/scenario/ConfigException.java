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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An invalid configuration file: the message names the file, the line and the key.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source the file name
     * @param line the 1-based line
     * @param message what is wrong, naming the key
     */
    public ConfigException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** @return the file name */
    public String source() {
        return source;
    }

    /** @return the 1-based line of the offending key or value */
    public int line() {
        return line;
    }
}
