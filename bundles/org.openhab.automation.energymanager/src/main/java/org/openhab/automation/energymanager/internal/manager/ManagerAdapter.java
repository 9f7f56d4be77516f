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
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both manager adapters share: the loads' listeners, firing on a change of output, the wake-up scheduled on a
 * rule's scheduler, and the status items (the loads' and the meter's age; each subclass adds its manager's figures).
 * Subclasses hold one core manager and translate item states into its inputs. Every public method is synchronized on
 * the adapter: events, scheduled steps, actions and the console come from different threads.
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
    protected final StatusPublisher status;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private @Nullable ScheduledFuture<?> wakeUp;
    /** The last valid grid reading, for the meter age; null before the first. */
    private @Nullable Instant meterAt;
    /** The next update of status items between steps (the meter age while the meter is silent), and when. */
    private @Nullable ScheduledFuture<?> statusTick;
    private @Nullable Instant statusTickDue;

    /** A load's listener and status items, its scheduler once the rule runs, and the command it was last given. */
    private static final class Member {
        final LoadListener listener;
        final StatusItems items;
        @Nullable
        ScheduledExecutorService scheduler;
        @Nullable
        LoadCommand lastFired;

        Member(LoadListener listener, StatusItems items) {
            this.listener = listener;
            this.items = items;
        }
    }

    protected ManagerAdapter(String kind, String name, Clock clock, StatusSink sink) {
        this.kind = kind;
        this.name = name;
        this.clock = clock;
        this.status = new StatusPublisher(sink);
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
     * @param items the status items the load's trigger names
     * @throws IllegalArgumentException the core's refusal, or status items that do not fit (its message says why)
     */
    protected final <S> void join(Map<String, S> specs, String load, S spec, LoadListener listener,
            StatusItems items) {
        requireOwnStatusItems(load, items);
        specs.put(load, spec);
        try {
            requireStatusItemsNotRead(load, items);
            rebuild();
        } catch (IllegalArgumentException e) {
            specs.remove(load);
            rebuild();
            throw e;
        }
        members.put(load, new Member(listener, items));
        status.forget();
    }

    /** Removes a load and rebuilds the core manager without it; an unknown load changes nothing. */
    protected final void leave(Map<String, ?> specs, String load) {
        if (specs.remove(load) != null) {
            members.remove(load);
            if (members.isEmpty()) {
                cancelWakeUp();
            }
            status.forget();
            rebuild();
        }
    }

    /**
     * A manager's status item may be given by any one of its loads, so that a user names it once; two loads that
     * name different items for it would leave one of them never updated, so that is refused.
     */
    private void requireOwnStatusItems(String load, StatusItems items) {
        for (Member member : members.values()) {
            String difference = items.difference(member.items);
            if (difference != null) {
                requireFits(load, difference);
            }
        }
    }

    /**
     * A status item the manager also reads would feed the manager its own output (the surplus as the grid power,
     * say): refused, with the item and both roles named.
     */
    private void requireStatusItemsNotRead(String load, StatusItems items) {
        Set<String> read = items();
        List<StatusItems> all = new ArrayList<>();
        members.values().forEach(member -> all.add(member.items));
        all.add(items);
        for (StatusItems named : all) {
            String both = named.anyOf(read);
            if (both != null) {
                throw new IllegalArgumentException("load '" + load + "' does not fit " + kind + " '" + name + "': item '"
                        + both + "' is a status item and an item the manager reads; a status item must be an item of "
                        + "its own");
            }
        }
    }

    /** @return the item of a manager-level status item, as one of its loads names it; null when none does */
    protected final @Nullable String statusItem(Parameter<String> parameter) {
        for (Member member : members.values()) {
            String item = member.items.manager().get(parameter);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /** The grid meter gave a valid reading at {@code now}: the meter age starts again from 0. */
    protected final void meterReported(Instant now) {
        meterAt = now;
    }

    /** @return when the grid meter last gave a valid reading, null before the first */
    protected final @Nullable Instant meterAt() {
        return meterAt;
    }

    /**
     * @return the next instant after {@code now} at which one of the manager's own status items changes without a
     *         step (its core need not step then, so no step would show it), null when none does
     */
    protected @Nullable Instant statusDue(Instant now) {
        return null;
    }

    /** Updates the manager's own status items that change without a step, at {@code now}. */
    protected void refreshStatus(Instant now) {
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
     * Fires each active load whose output changed (or that never fired), logging why, updates the loads' status items
     * and the meter age item, and schedules the next step.
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
            status.load(member.items, command);
        }
        schedule(next, now);
        showTimedStatus(now);
    }

    /**
     * Updates the meter age item in whole minutes, and schedules the next update of a status item that changes
     * between steps: while the meter is silent the manager may not step for a long time, and the meter age (every
     * further minute) and the subclass's own items (see {@link #statusDue}) must still tell it.
     */
    private void showTimedStatus(Instant now) {
        String item = statusItem(StatusItemParameters.METER_AGE_ITEM);
        Instant at = meterAt;
        Instant due = statusDue(now);
        if (item != null && at != null) {
            long minutes = Math.max(0, Duration.between(at, now).toMinutes());
            status.state(item, new QuantityType<>(minutes, Units.MINUTE));
            Instant nextMinute = at.plus(Duration.ofMinutes(minutes + 1));
            due = due == null || nextMinute.isBefore(due) ? nextMinute : due;
        } else {
            status.state(item, UnDefType.UNDEF);
        }
        ScheduledExecutorService scheduler = anyScheduler();
        if (due == null || scheduler == null) {
            cancelStatusTick();
        } else if (!due.equals(statusTickDue)) {
            cancelStatusTick();
            statusTickDue = due;
            statusTick = scheduler.schedule(this::statusTick, delayMillis(now, due), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void statusTick() {
        statusTickDue = null;
        Instant now = clock.instant();
        refreshStatus(now);
        showTimedStatus(now);
    }

    private void cancelStatusTick() {
        cancel(statusTick);
        statusTick = null;
        statusTickDue = null;
    }

    private void schedule(@Nullable Instant next, Instant now) {
        cancelStep();
        ScheduledExecutorService scheduler = anyScheduler();
        if (next == null || scheduler == null) {
            return;
        }
        wakeUp = scheduler.schedule(this::stepNow, delayMillis(now, next), TimeUnit.MILLISECONDS);
    }

    /**
     * @return the delay from {@code now} to {@code due}, rounded up: a wake-up a few nanoseconds ahead (a reading
     *         going stale) must not run before it is due, or the step would find nothing changed and schedule the
     *         same instant again, a busy loop
     */
    private static long delayMillis(Instant now, Instant due) {
        long nanos = Math.max(0, Duration.between(now, due).toNanos());
        return (nanos + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI;
    }

    private @Nullable ScheduledExecutorService anyScheduler() {
        for (Member member : members.values()) {
            if (member.scheduler != null) {
                return member.scheduler;
            }
        }
        return null;
    }

    /** Stops the scheduled wake-up and meter age update; the adapter is being removed or has no loads. */
    public final synchronized void cancelWakeUp() {
        cancelStep();
        cancelStatusTick();
    }

    private void cancelStep() {
        cancel(wakeUp);
        wakeUp = null;
    }

    private static void cancel(@Nullable ScheduledFuture<?> pending) {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
