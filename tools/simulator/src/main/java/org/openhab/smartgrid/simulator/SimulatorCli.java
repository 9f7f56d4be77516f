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

import org.eclipse.jdt.annotation.NonNullByDefault;

import org.openhab.smartgrid.simulator.trace.TraceFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The simulator's command line: {@code demo}, {@code run}, {@code serve} and {@code scenarios}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Command(name = "smartgrid-sim", mixinStandardHelpOptions = true, version = "smartgrid-simulator 0.1.0",
        description = "Replays built-in or recorded days through the Smart Grid engine and writes a timeline, "
                + "events, a summary and an HTML report.",
        subcommands = { DemoCommand.class, RunCommand.class, SweepCommand.class, ServeCommand.class,
                ScenariosCommand.class, BenchReplayCommand.class,
                SizeCommand.class,
                CommandLine.HelpCommand.class })
public final class SimulatorCli implements Runnable {

    @CommandLine.Spec
    @SuppressWarnings("NotNullFieldNotInitialized")
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line without exiting (for tests).
     *
     * @return 0 on success, 1 when the run failed, 2 on a usage error
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SimulatorCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof TraceFormatException
                    || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("Error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
