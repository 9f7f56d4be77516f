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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

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

    /** Set (to anything) to see the stack trace of an internal error. */
    static final String DEBUG_VARIABLE = "SMARTGRID_SIM_DEBUG";
    /** The most of a message the command line prints: a message quoting a huge value is cut. */
    private static final int MAX_MESSAGE = 2000;

    /**
     * Runs the command line without exiting (for tests).
     *
     * @return 0 on success, 1 on an internal error (a bug: please report it), 2 when the command line or an input
     *         (configuration, trace, output folder) is wrong
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv(DEBUG_VARIABLE) != null);
    }

    /** {@link #execute(String[], PrintWriter, PrintWriter)}, with the stack trace of an internal error or not. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cli = new CommandLine(new SimulatorCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + message(e));
            if (isInputError(e)) {
                return CommandLine.ExitCode.USAGE;
            }
            commandLine.getErr().println(debug ? "" : "This is a bug in the simulator; set " + DEBUG_VARIABLE
                    + "=1 to see where it happened, and please report it.");
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands a failure of its own (or of the handler) to the caller: never as a stack trace
            err.println("Error: " + message(e));
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /**
     * @return whether {@code e} says that an input is wrong (the user can fix it) rather than that the simulator
     *         failed: the readers, the loader and the commands report wrong input as these
     */
    static boolean isInputError(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof TraceFormatException
                || e instanceof IOException || e instanceof UncheckedIOException
                || e instanceof CommandLine.ParameterException;
    }

    /** @return one line (or a few) for the user: the message, its cause's when it has none, never unbounded */
    static String message(Throwable e) {
        String text = e.getMessage();
        if (e instanceof NoSuchFileException missing) {
            text = missing.getFile() + ": no such file";
        } else if (e instanceof AccessDeniedException denied) {
            text = denied.getFile() + ": no permission";
        } else if (e instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            text = text + ": " + message(unchecked.getCause());
        } else if (text == null || text.isBlank()) {
            Throwable cause = e.getCause();
            text = cause != null ? message(cause) : e.getClass().getSimpleName();
        } else if (!isInputError(e)) {
            text = e.getClass().getSimpleName() + ": " + text;
        }
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "… (cut)";
    }
}
