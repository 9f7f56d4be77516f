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
package org.openhab.core.io.console;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ConsoleCommandTest {

    static class RecordingConsole implements Console {
        final List<String> lines = new ArrayList<>();

        @Override
        public void print(String s) {
            lines.add(s);
        }

        @Override
        public void println(String s) {
            lines.add(s);
        }

        @Override
        public void printUsage(String s) {
            lines.add("usage: " + s);
        }
    }

    static class ManagersCommand extends AbstractConsoleCommandExtension {
        ManagersCommand() {
            super("energymanager", "Shows the energy managers");
        }

        @Override
        public void execute(String[] args, Console console) {
            if (args.length == 0) {
                printUsage(console);
            } else {
                console.printf("%s: %d loads", args[0], 2);
            }
        }

        @Override
        public List<String> getUsages() {
            return List.of(buildCommandUsage("list", "list every manager"), buildCommandUsage("shows help"));
        }
    }

    @Test
    void usagesFollowOpenHabsFormat() {
        RecordingConsole console = new RecordingConsole();
        ManagersCommand command = new ManagersCommand();
        command.execute(new String[0], console);
        assertEquals(List.of("usage: energymanager list - list every manager", "usage: energymanager - shows help"),
                console.lines);
        assertEquals("energymanager", command.getCommand());
    }

    @Test
    void printfFormats() {
        RecordingConsole console = new RecordingConsole();
        new ManagersCommand().execute(new String[] { "house" }, console);
        assertEquals(List.of("house: 2 loads"), console.lines);
    }
}
