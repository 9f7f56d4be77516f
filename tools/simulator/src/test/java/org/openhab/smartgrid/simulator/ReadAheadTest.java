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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openhab.smartgrid.core.testkit.PropertyCheck;

/**
 * Reading ahead on a thread of its own changes nothing the caller sees: the same items in the same order, the
 * source's own error after the items before it, a clean stop when the caller stops early.
 */
@NonNullByDefault
@Timeout(30)
class ReadAheadTest {

    /** Counts 0, 1, 2, … up to {@code size} items, then fails with {@code failure} when one is given. */
    private static final class Counting implements Iterator<Integer> {
        private final int size;
        private final @Nullable RuntimeException failure;
        final AtomicInteger handedOut = new AtomicInteger();
        final AtomicReference<@Nullable Thread> thread = new AtomicReference<>();

        Counting(int size, @Nullable RuntimeException failure) {
            this.size = size;
            this.failure = failure;
        }

        @Override
        public boolean hasNext() {
            thread.set(Thread.currentThread());
            RuntimeException failed = failure;
            if (handedOut.get() == size && failed != null) {
                throw failed;
            }
            return handedOut.get() < size;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return handedOut.getAndIncrement();
        }
    }

    private static List<Integer> drain(Iterator<Integer> items) {
        List<Integer> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        return all;
    }

    private static List<Integer> count(int size) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void givesEveryItemOnceInOrderWhateverTheBatchSize() {
        PropertyCheck.forAll("read ahead = the source", 200, random -> {
            int batch = 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
            int size = random.nextInt(4 * ReadAhead.BATCHES * batch + 3);
            try (ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(size, null), "test", batch)) {
                assertEquals(count(size), drain(ahead), size + " items in batches of " + batch);
                assertFalse(ahead.hasNext(), "the end stays the end");
                assertThrows(NoSuchElementException.class, ahead::next, "nothing after the end");
            }
        });
    }

    @Test
    void theSourcesErrorComesAfterTheItemsBeforeItAndAgainOnEveryLaterCall() {
        PropertyCheck.forAll("error after the items before it", 200, random -> {
            int batch = 1 + random.nextInt(50);
            int before = random.nextInt(3 * batch + 2);
            UncheckedIOException failure = new UncheckedIOException("trace.csv: reading failed after line 7",
                    new IOException("disk"));
            try (ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(before, failure), "test", batch)) {
                List<Integer> seen = new ArrayList<>();
                RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                    while (ahead.hasNext()) {
                        seen.add(ahead.next());
                    }
                });
                assertSame(failure, thrown, "the source's own exception, message and all");
                assertEquals(count(before), seen, "every item before the error first");
                assertSame(failure, assertThrows(RuntimeException.class, ahead::hasNext), "and again on hasNext");
                assertSame(failure, assertThrows(RuntimeException.class, ahead::next), "and on next");
            }
        });
    }

    @Test
    void readsOnAThreadOfItsOwn() {
        Counting source = new Counting(10, null);
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, "trace reader test", 4)) {
            assertEquals(count(10), drain(ahead));
            Thread reader = source.thread.get();
            assertNotNull(reader);
            assertNotSame(Thread.currentThread(), reader, "the source is read by the reading thread");
            assertEquals("trace reader test", reader.getName());
            assertTrue(reader.isDaemon(), "a forgotten reader never keeps the JVM alive");
        }
    }

    @Test
    void closeStopsTheReaderOfASourceThatNeverEnds() {
        Counting endless = new Counting(Integer.MAX_VALUE, null);
        ReadAhead<Integer> ahead = new ReadAhead<>(endless, "test", 16);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, ahead.next());
        }
        ahead.close();
        assertFalse(ahead.reading(), "close waits until the reading thread has stopped");
        int read = endless.handedOut.get();
        // the caller's batch, the batches waiting and the one being filled
        assertTrue(read <= 100 + (ReadAhead.BATCHES + 2) * 16,
                "memory is bounded: at most the batches in flight are read ahead, read " + read);
        assertEquals(read, endless.handedOut.get(), "nothing touches the source after close: it may be closed");
    }

    @Test
    void theReaderEndsByItselfAtTheEndOfTheSource() {
        ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(3, null), "test", 2);
        assertEquals(List.of(0, 1, 2), drain(ahead));
        ahead.close();
        assertFalse(ahead.reading());
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReadAhead<>(new Counting(1, null), "test", 0));
    }
}
