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
package org.openhab.automation.energymanager.internal.manager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.PowerStates;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.LoadCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both manager adapters share: the loads' listeners, firing on a change of output, and the wake-up scheduled
 * on a rule's scheduler. Subclasses hold one core manager and translate item states into its inputs. Every public
 * method is synchronized on the adapter: events, scheduled steps, actions and the console come from different
 * threads.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ManagerAdapter {

    private static final long NANOS_PER_MILLI = 1_000_000;
    /**
     * openHAB gives a trigger its callback while it still initializes the rule, and refuses (with an ERROR in the
     * log, dropping the command) what the trigger fires before the rule is IDLE; its rule engine does not make the
     * two wait for each other. The first command is therefore fired a moment after the rule's activation.
     */
    public static final Duration FIRST_STEP_DELAY = Duration.ofSeconds(1);

    private final Logger logger = LoggerFactory.getLogger(ManagerAdapter.class);
    private final String name;
    private final String kind;
    protected final Clock clock;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private @Nullable ScheduledFuture<?> wakeUp;

    /** A load's listener, its scheduler once the rule runs, and the command it was last given. */
    private static final class Member {
        final LoadListener listener;
        @Nullable
        ScheduledExecutorService scheduler;
        @Nullable
        LoadCommand lastFired;

        Member(LoadListener listener) {
            this.listener = listener;
        }
    }

    protected ManagerAdapter(String kind, String name, Clock clock) {
        this.kind = kind;
        this.name = name;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    /** @return "energy manager" or "load manager", for messages */
    public String kind() {
        return kind;
    }

    /** @return the names of the loads, in the order they joined */
    public synchronized List<String> loadNames() {
        return new ArrayList<>(members.keySet());
    }

    public synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    /** @return the items this manager reads */
    public abstract Set<String> items();

    /** Takes an item's new state; the manager steps at once unless the item only informs its next step. */
    public final synchronized void onItemState(String item, State state) {
        Instant now = clock.instant();
        if (takeState(item, state, now)) {
            step(now);
        }
    }

    /** Steps at the clock's current instant. */
    public final synchronized void stepNow() {
        step(clock.instant());
    }

    /**
     * Lets the load's rule receive commands: the load's first command is fired {@link #FIRST_STEP_DELAY} later (or at
     * an earlier meter update) and the manager schedules its wake-ups on {@code scheduler}.
     */
    public final synchronized void activate(String load, ScheduledExecutorService scheduler) {
        Member member = members.get(load);
        if (member == null) {
            return;
        }
        member.scheduler = scheduler;
        scheduler.schedule(this::stepNow, FIRST_STEP_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Hands the state of a load's power item to the core: a measurement of 0 W or more, or none (UNDEF, NULL, a
     * negative value: a load's own meter never exports).
     */
    protected static void takeLoadPower(State state, DoubleConsumer measured, Runnable unknown) {
        OptionalDouble watts = PowerStates.toLoadWatts(state);
        if (watts.isPresent()) {
            measured.accept(watts.getAsDouble());
        } else {
            unknown.run();
        }
    }

    /** @return whether the manager steps on this item's state (false: it only informs the next step) */
    protected abstract boolean takeState(String item, State state, Instant now);

    /** Saves the manager's state as it is now (openHAB stops: a graceful restart loses nothing). */
    protected abstract void saveNow();

    /** Steps the core manager at {@code now} and hands its commands to {@link #publish}. */
    protected abstract void step(Instant now);

    /** Builds the core manager again from the current loads, keeping its state. */
    protected abstract void rebuild();

    /**
     * Adds a load and rebuilds the core manager with it. When the core refuses the new set of loads, the load is
     * taken out again and the manager rebuilt as it was, so a refused load leaves nothing behind.
     *
     * @param specs the adapter's loads by name
     * @throws IllegalArgumentException the core's refusal (its message says why)
     */
    protected final <S> void join(Map<String, S> specs, String load, S spec, LoadListener listener) {
        specs.put(load, spec);
        try {
            rebuild();
        } catch (IllegalArgumentException e) {
            specs.remove(load);
            rebuild();
            throw e;
        }
        addMember(load, listener);
    }

    /** Removes a load and rebuilds the core manager without it; an unknown load changes nothing. */
    protected final void leave(Map<String, ?> specs, String load) {
        if (specs.remove(load) != null) {
            removeMember(load);
            rebuild();
        }
    }

    private void addMember(String load, LoadListener listener) {
        members.put(load, new Member(listener));
    }

    private void removeMember(String load) {
        members.remove(load);
        if (members.isEmpty()) {
            cancelWakeUp();
        }
    }

    /**
     * Checks that a new load fits this manager: the same manager-level settings as its other loads and a name of
     * its own.
     *
     * @param difference what differs from the manager's settings, null when nothing does
     * @throws IllegalArgumentException naming the load, the manager and what is wrong
     */
    protected final void requireFits(String load, @Nullable String difference) {
        if (difference != null) {
            throw new IllegalArgumentException("load '" + load + "' does not fit " + kind + " '" + name + "': "
                    + difference + " of its other loads " + loadNames());
        }
        if (hasMember(load)) {
            throw new IllegalArgumentException(kind + " '" + name + "' already has a load named '" + load
                    + "'; load names must be unique within a manager");
        }
    }

    protected final boolean hasMember(String load) {
        return members.containsKey(load);
    }

    /**
     * Fires each active load whose output changed (or that never fired), logging why, and schedules the next step.
     */
    protected final void publish(List<LoadCommand> commands, @Nullable Instant next, Instant now) {
        for (LoadCommand command : commands) {
            Member member = members.get(command.load());
            if (member == null || member.scheduler == null) {
                continue;
            }
            LoadCommand last = member.lastFired;
            if (last == null || last.on() != command.on()) {
                logger.info("{} '{}', load '{}': {} ({}: {})", kind, name, command.load(), command.on() ? "ON" : "OFF",
                        command.reason(), command.detail());
                member.lastFired = command;
                member.listener.commandChanged(command);
            }
        }
        schedule(next, now);
    }

    private void schedule(@Nullable Instant next, Instant now) {
        cancelWakeUp();
        ScheduledExecutorService scheduler = anyScheduler();
        if (next == null || scheduler == null) {
            return;
        }
        // rounded up: a wake-up a few nanoseconds ahead (a reading going stale) must not run before it is due,
        // or the step would find nothing changed and schedule the same instant again, a busy loop
        long nanos = Math.max(0, Duration.between(now, next).toNanos());
        long delay = (nanos + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI;
        wakeUp = scheduler.schedule(this::stepNow, delay, TimeUnit.MILLISECONDS);
    }

    private @Nullable ScheduledExecutorService anyScheduler() {
        for (Member member : members.values()) {
            if (member.scheduler != null) {
                return member.scheduler;
            }
        }
        return null;
    }

    /** Stops the scheduled wake-up; the adapter is being removed or has no loads. */
    public final synchronized void cancelWakeUp() {
        ScheduledFuture<?> pending = wakeUp;
        if (pending != null) {
            pending.cancel(false);
        }
        wakeUp = null;
    }
}
