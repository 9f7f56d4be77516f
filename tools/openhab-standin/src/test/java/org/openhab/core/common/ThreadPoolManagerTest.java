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
package org.openhab.core.common;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThreadPoolManagerTest {

    @Test
    void aScheduledPoolRunsScheduledTasksOnNamedDaemonThreads() throws Exception {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("standin-test");
        ScheduledFuture<String> name = pool.schedule(() -> Thread.currentThread().getName(), 1,
                TimeUnit.MILLISECONDS);
        assertTrue(name.get(5, TimeUnit.SECONDS).startsWith("OH-standin-test-"));
        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> repeating = pool.scheduleWithFixedDelay(ticks::countDown, 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(ticks.await(5, TimeUnit.SECONDS), "a repeating task runs repeatedly");
        repeating.cancel(false);
        assertTrue(pool.submit(() -> Thread.currentThread().isDaemon()).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aPoolRunsTasks() throws Exception {
        ExecutorService pool = ThreadPoolManager.getPool("standin-plain");
        assertEquals(42, pool.submit(() -> 42).get(5, TimeUnit.SECONDS));
    }

    @Test
    void theSameNameGivesTheSamePool() {
        assertSame(ThreadPoolManager.getScheduledPool("standin-same"),
                ThreadPoolManager.getScheduledPool("standin-same"));
        assertSame(ThreadPoolManager.getPool(ThreadPoolManager.THREAD_POOL_NAME_COMMON),
                ThreadPoolManager.getPool(ThreadPoolManager.THREAD_POOL_NAME_COMMON));
    }

    @Test
    void aPlainPoolIsNoScheduledPool() {
        ThreadPoolManager.getPool("standin-not-scheduled");
        assertThrows(IllegalArgumentException.class, () -> ThreadPoolManager.getScheduledPool("standin-not-scheduled"));
    }
}
