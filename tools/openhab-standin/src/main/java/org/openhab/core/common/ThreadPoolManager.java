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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Named, shared thread pools. Stand-in body: one real daemon-thread pool per name, created on first use; pool sizes
 * are not configurable.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThreadPoolManager {

    /** The configuration PID of the thread pool sizes (not used by the stand-in). */
    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    /** The pool for occasional short tasks. */
    public static final String THREAD_POOL_NAME_COMMON = "common";

    private static final int POOL_SIZE = 5;
    private static final Map<String, ExecutorService> POOLS = new ConcurrentHashMap<>();

    /**
     * @param poolName the pool's name, e.g. {@code "thingHandler"}
     * @return the scheduled pool of that name, created on first use
     * @throws IllegalArgumentException when a pool of that name exists but is not a scheduled pool
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = POOLS.computeIfAbsent(poolName,
                name -> Executors.newScheduledThreadPool(POOL_SIZE, threads(name)));
        if (pool instanceof ScheduledExecutorService scheduled) {
            return scheduled;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * @param poolName the pool's name
     * @return the pool of that name, created on first use
     */
    public static ExecutorService getPool(String poolName) {
        return POOLS.computeIfAbsent(poolName, name -> Executors.newFixedThreadPool(POOL_SIZE, threads(name)));
    }

    // openHAB names its threads OH-<pool>-<n>; daemon threads never keep a test JVM alive
    private static ThreadFactory threads(String poolName) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
