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
package org.openhab.smartgrid.simulator;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the simulator's command line gave for some arguments, as a user sees it: the exit code, standard output and
 * standard error.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
record CliResult(int code, String out, String err) {

    /** @return the result of running the command line with {@code args}, in this JVM */
    static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SimulatorCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliResult(code, out.toString(), err.toString());
    }
}
