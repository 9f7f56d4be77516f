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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * A command of openHAB's console; registered as an OSGi service.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface ConsoleCommandExtension {

    /** @return the command word */
    String getCommand();

    /** @return what the command does */
    String getDescription();

    /** Runs the command; reports problems on the console instead of throwing. */
    void execute(String[] args, Console console);

    /** @return the usage lines */
    List<String> getUsages();
}
