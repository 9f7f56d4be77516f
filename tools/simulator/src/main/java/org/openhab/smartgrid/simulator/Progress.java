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

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A one-line progress bar on stderr for long replays, drawn only on an interactive console (never into a pipe, a
 * log file or a test). Progress is the share of the trace file already read.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Progress {

    /** Mask: the caller reports every 65536 rows, so the hot path pays one AND per row. */
    static final long EVERY = (1 << 16) - 1;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final @Nullable PrintStream out;
    private final DoubleSupplier share;
    private final long started;
    private long lastDrawn;

    private Progress(@Nullable PrintStream out, DoubleSupplier share) {
        this.out = out;
        this.share = share;
        this.started = System.nanoTime();
    }

    /** @return a bar showing {@code share} (0 to 1) of the work done; silent when stderr is not a console */
    static Progress forConsole(DoubleSupplier share) {
        return new Progress(System.console() != null ? System.err : null, share);
    }

    /** @return a progress that draws nothing */
    static Progress none() {
        return new Progress(null, () -> 0);
    }

    void update(long rows) {
        PrintStream stream = out;
        if (stream == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double done = Math.min(1.0, Math.max(0.0, share.getAsDouble()));
        int filled = (int) Math.round(done * WIDTH);
        double seconds = (now - started) / 1e9;
        stream.print(String.format(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d rows  %.1f M rows/s ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done * 100, rows, seconds > 0 ? rows / seconds / 1e6 : 0.0));
        stream.flush();
    }

    /** Clears the bar so that the next output starts on a clean line. */
    void done() {
        PrintStream stream = out;
        if (stream != null && lastDrawn != 0) {
            stream.print("\r" + " ".repeat(WIDTH + 50) + "\r");
            stream.flush();
        }
    }
}
