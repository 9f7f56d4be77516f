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

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A trace read lazily, one {@link TraceSample} at a time, in strictly increasing time.
 * <p>
 * {@link #hasNext()}, {@link #next()} and {@link #nextRow()} throw {@link TraceFormatException} at the first
 * malformed row and {@link UncheckedIOException} when reading fails; a source never ends early without saying why.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface TraceSource extends Iterator<TraceSample>, Closeable {

    /** @return the file name(s) the trace comes from, as used in error messages */
    String name();

    /** @return the columns this trace has (always {@link TraceColumn#TIMESTAMP}) */
    Set<TraceColumn> columns();

    /**
     * Moves to the next row like {@link #next()}, but returns the source's own {@link TraceRow} instead of a new
     * sample: a long replay saves a sample and its boxed values per row. The row is valid until the next call of
     * {@link #hasNext()}, {@link #next()} or {@code nextRow()}, which overwrite it.
     *
     * @throws java.util.NoSuchElementException if there are no more rows
     */
    TraceRow nextRow();

    /** @return the next row as a sample of its own */
    @Override
    default TraceSample next() {
        return nextRow().toSample();
    }

    /** @return the remaining samples as a sequential stream; closing the stream closes this source */
    default Stream<TraceSample> stream() {
        Spliterator<TraceSample> spliterator = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
