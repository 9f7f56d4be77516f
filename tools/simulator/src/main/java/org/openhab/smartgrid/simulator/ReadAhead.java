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

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Runs an iterator on a thread of its own, a few batches ahead of the caller: a replay reads and parses its trace
 * on one core while the engine steps on another, so reading costs the replay almost no time of its own.
 * <p>
 * The caller sees exactly what the source would give: the same items in the same order, then the end, or the
 * source's exception (the very same object) once every item before it has been taken, and again on every later
 * call. Memory is bounded: {@value #BATCHES} filled batches of {@code batchSize} items wait at most, and one is
 * being filled.
 * <p>
 * The reading thread makes a new array for each batch rather than reusing the caller's: storing references into a
 * long-lived array marks the garbage collector's card table, and a card table line shared with the caller's thread
 * (which marks it at every sample) slowed replays down by a third now and then. A new array lies in memory the
 * reading thread allocates, and the caller only reads it.
 * <p>
 * {@link #close()} stops the reading thread (it is interrupted and joined) before the caller closes the source, so
 * the source is never used by two threads at once. Only one thread may call {@link #hasNext()} and {@link #next()}.
 *
 * @param <T> the items
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ReadAhead<T> implements Iterator<T>, Closeable {

    /** Filled batches waiting for the caller at most (the reading thread fills one more meanwhile). */
    static final int BATCHES = 4;
    /**
     * Items per batch: the threads meet once per batch, and a meeting may park and wake a thread (some
     * microseconds). Large batches also let the reader run far enough ahead that the caller finds the items
     * written back to the shared cache rather than still in the reading core's own: on the project's 2-core
     * machine the replay's calling thread took about 15 % less time per sample with 16384 than with 4096 (and more
     * with 1024). 4 batches of 16384 samples are about 5 MB in flight.
     */
    static final int DEFAULT_BATCH = 16384;
    private static final long JOIN_MILLIS = 10_000;

    /** A filled batch; {@code failure} (or the end, when {@code end}) follows its items. */
    private record Batch(Object[] items, int size, boolean end, @Nullable RuntimeException failure) {
    }

    private final BlockingQueue<Batch> filled = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;

    // the caller's side
    private Object[] items = new Object[0];
    private int size;
    private int taken;
    private boolean ended;
    private @Nullable RuntimeException failure;

    /**
     * Starts reading {@code source} on a daemon thread named {@code name}.
     *
     * @param source the iterator to run ahead; from now on only the reading thread touches it, until
     *            {@link #close()} returns
     */
    ReadAhead(Iterator<? extends T> source, String name, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        reader = new Thread(() -> readAll(source, batchSize), name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading {@code source} ahead in batches of {@value #DEFAULT_BATCH}. */
    ReadAhead(Iterator<? extends T> source, String name) {
        this(source, name, DEFAULT_BATCH);
    }

    /** The reading thread: fills batches until the source ends or fails, or the caller closes. */
    private void readAll(Iterator<? extends T> source, int batchSize) {
        try {
            boolean more = true;
            while (more) {
                Object[] batch = new Object[batchSize];
                int n = 0;
                RuntimeException failed = null;
                try {
                    while (n < batch.length && (more = source.hasNext())) {
                        batch[n++] = source.next();
                    }
                } catch (RuntimeException e) {
                    failed = e;
                    more = false;
                }
                filled.put(new Batch(batch, n, !more, failed));
            }
        } catch (InterruptedException e) {
            // closed by the caller: nobody takes what is left
        }
    }

    @Override
    public boolean hasNext() {
        if (taken < size) {
            return true;
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
        while (!ended && taken == size) {
            nextBatch();
        }
        if (taken < size) {
            return true;
        }
        failed = failure;
        if (failed != null) {
            throw failed;
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items after " + reader.getName());
        }
        return (T) items[taken++];
    }

    private void nextBatch() {
        Batch batch;
        try {
            batch = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + reader.getName(), e);
        }
        items = batch.items();
        size = batch.size();
        taken = 0;
        ended = batch.end();
        failure = batch.failure();
    }

    /**
     * Stops the reading thread and waits until it has stopped, so that the caller may close the source.
     *
     * @throws IllegalStateException when the thread does not stop within 10 s (the source blocks and ignores the
     *             interrupt); the source must not be closed then
     */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            throw new IllegalStateException(reader.getName() + " did not stop within " + JOIN_MILLIS / 1000 + " s");
        }
        filled.clear();
    }

    /** @return whether the reading thread still runs (for tests) */
    boolean reading() {
        return reader.isAlive();
    }
}
