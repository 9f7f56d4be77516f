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
package org.openhab.core.io.console.extensions;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * Base of console commands: keeps the command word and description and formats usage lines.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractConsoleCommandExtension implements ConsoleCommandExtension {

    private final String cmd;
    private final String desc;

    /** Creates a command. */
    protected AbstractConsoleCommandExtension(final String cmd, final String desc) {
        this.cmd = cmd;
        this.desc = desc;
    }

    @Override
    public String getCommand() {
        return cmd;
    }

    @Override
    public String getDescription() {
        return desc;
    }

    /** @return {@code "<command> - <description>"} */
    protected String buildCommandUsage(final String description) {
        return cmd + " - " + description;
    }

    /** @return {@code "<command> <syntax> - <description>"} */
    protected String buildCommandUsage(final String syntax, final String description) {
        return cmd + " " + syntax + " - " + description;
    }

    /** Prints every usage line. */
    protected void printUsage(Console console) {
        getUsages().forEach(console::printUsage);
    }
}
