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
package org.openhab.smartgrid.simulator.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a parse-only pass over a whole trace found: it read and validated every row and built nothing else.
 *
 * @param rows the number of samples (data rows) in the trace, at least 1
 * @param first the time of the first sample
 * @param last the time of the last sample
 * @param columns the columns the trace has
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record TraceStats(long rows, Instant first, Instant last, Set<TraceColumn> columns) {

    public TraceStats {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, was " + rows);
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last (" + last + ") must not be before first (" + first + ")");
        }
        columns = Set.copyOf(columns);
    }

    /** @return the time from the first to the last sample */
    public Duration span() {
        return Duration.between(first, last);
    }
}
