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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where a console command writes its output.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Console {

    /** Prints formatted text. */
    default void printf(String format, Object... args) {
        print(String.format(format, args));
    }

    /** Prints text. */
    void print(String s);

    /** Prints a line. */
    void println(String s);

    /** Prints a usage line. */
    void printUsage(String s);
}
