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
package org.openhab.smartgrid.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.Elapsed;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * The PV surplus energy manager (Loxone Energiemanager semantics): runs loads on surplus in strict priority, with
 * activation delay, min on/off times, a daily minimum runtime before a deadline, manual force and a lock.
 * <p>
 * Event-driven and clock-free: feed inputs ({@link #updateGrid}, {@link #updateBattery},
 * {@link #updateLoadPower}, {@link #force}, {@link #release}, {@link #setLocked}), then call {@link #step} with
 * the current instant. Call {@link #step} after every sample and again at {@link EnergyManagerResult#nextWakeUp()}
 * so that timers fire without a new sample. Not thread-safe: one adapter thread drives it. The arithmetic, the
 * rules and the stale-meter safe state are documented in docs/energy-manager.md.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class EnergyManager {

    private final EnergyManagerConfig config;
    private final SurplusLoad[] loads;
    private final Map<String, SurplusLoad> byName = new HashMap<>();
    private final LocalDay day;
    private final StepPlanner planner;

    // the grid reading as its time and power, not a reading object: the simulator hands one over at every sample
    private @Nullable Instant gridAt;
    private double gridWatts;
    private @Nullable PowerReading battery;
    private double batterySoc;
    private boolean locked;
    private @Nullable Instant lastStep;

    // the last decision, as result() and command(int) give it; the loads hold their own part
    private @Nullable Instant decidedAt;
    private MeterStatus decidedMeter = MeterStatus.MISSING;
    // the last decision's balance as numbers (a step makes no balance object; without a fresh meter nothing is
    // counted: all 0); result() builds the balance
    private double balanceGrid;
    private double balanceBattery;
    private double balancePromised;
    private double balanceReleased;
    private @Nullable Instant wakeUp;

    /**
     * @param config the manager's parameters
     * @param loadConfigs the loads, at least one, with unique names
     * @throws IllegalArgumentException naming the load and parameter when the loads do not fit together
     */
    public EnergyManager(EnergyManagerConfig config, List<SurplusLoadConfig> loadConfigs) {
        if (loadConfigs.isEmpty()) {
            throw new IllegalArgumentException("loads must hold at least one load");
        }
        this.config = config;
        GeoLocation location = config.location();
        this.day = new LocalDay(config.zone(), location == null ? null : new SunsetCalculator(location));
        this.loads = new SurplusLoad[loadConfigs.size()];
        for (int i = 0; i < loads.length; i++) {
            SurplusLoadConfig load = loadConfigs.get(i);
            if (byName.containsKey(load.name())) {
                throw SurplusLoadConfig.invalid(load.name(), "name", "is used twice; load names must be unique");
            }
            if (location == null && load.hasDailyMinimum() && load.dailyDeadline() instanceof DailyDeadline.Sunset) {
                throw SurplusLoadConfig.invalid(load.name(), "dailyDeadline",
                        "SUNSET needs the manager's location (latitude and longitude); set it or use a local time");
            }
            loads[i] = new SurplusLoad(load, i);
            byName.put(load.name(), loads[i]);
        }
        SurplusLoad[] byPriority = loads.clone();
        Arrays.sort(byPriority, Comparator.comparingInt((SurplusLoad l) -> l.config.priority()).thenComparingInt(l -> l.order));
        this.planner = new StepPlanner(byPriority, config.staleAfter());
    }

    public EnergyManagerConfig config() {
        return config;
    }

    /** @return the load configurations in their configured order */
    public List<SurplusLoadConfig> loads() {
        List<SurplusLoadConfig> result = new ArrayList<>(loads.length);
        for (SurplusLoad load : loads) {
            result.add(load.config);
        }
        return result;
    }

    // ------------------------------------------------------------------ inputs

    /** Takes a grid reading already in the engine's convention (import positive). */
    public void updateGrid(PowerReading importPositive) {
        updateGrid(importPositive.at(), importPositive.watts());
    }

    /**
     * {@link #updateGrid(PowerReading)} without a reading object: W import positive, taken at {@code at}.
     *
     * @throws IllegalArgumentException when {@code importWatts} is not a finite number
     */
    public void updateGrid(Instant at, double importWatts) {
        gridWatts = PowerReading.checkWatts(importWatts);
        gridAt = at;
    }

    /** Takes a grid reading as the meter signs it; the configured {@code gridSign} converts it. */
    public void updateGridMeter(Instant at, double meterWatts) {
        updateGrid(at, config.gridSign().toImportWatts(meterWatts));
    }

    /** The grid meter reported UNDEF or NULL: the stale-meter safe state applies from the next step. */
    public void invalidateGrid() {
        gridAt = null;
    }

    /**
     * @param chargePositive the battery's power, charging positive
     * @param socPercent its state of charge, 0 to 100 %
     */
    public void updateBattery(PowerReading chargePositive, double socPercent) {
        if (!(socPercent >= 0 && socPercent <= 100)) {
            throw new IllegalArgumentException("battery state of charge must be 0 to 100 %, was " + socPercent);
        }
        battery = chargePositive;
        batterySoc = socPercent;
    }

    /** Takes a battery reading as the battery signs it; the configured {@code batterySign} converts it. */
    public void updateBatteryMeter(Instant at, double meterWatts, double socPercent) {
        updateBattery(new PowerReading(at, config.batterySign().toImportWatts(meterWatts)), socPercent);
    }

    /** The battery data is unknown: its power is no longer counted. */
    public void invalidateBattery() {
        battery = null;
    }

    /** Takes a load's own measured power (W, 0 or more). */
    public void updateLoadPower(String load, double watts, Instant at) {
        loadNamed(load).measured = new PowerReading(at, watts);
    }

    public void invalidateLoadPower(String load) {
        loadNamed(load).measured = null;
    }

    /**
     * Takes the temperature that ends a load's surplus run at its {@code stopTemperature} (a tank's, in °C);
     * ignored for a load without one.
     */
    public void updateLoadTemperature(String load, double celsius, Instant at) {
        SurplusLoad target = loadNamed(load);
        if (target.config.hasStopTemperature() && Double.isFinite(celsius)) {
            target.takeTemperature(celsius, at);
        }
    }

    /** The load's temperature is unknown (UNDEF, NULL): its stop temperature no longer applies. */
    public void invalidateLoadTemperature(String load) {
        loadNamed(load).forgetTemperature();
    }

    /**
     * Forces a load on for {@code duration} from its switch-on: at once when it may start, else as soon as its
     * min off time ends or the lock is lifted. When it already runs, the force lasts {@code duration} from now.
     * A duration of 0 forces it on while held: until {@link #release}.
     *
     * @throws IllegalArgumentException when the load is unknown or the duration negative
     */
    public void force(String load, Duration duration, Instant now) {
        SurplusLoad target = loadNamed(load);
        if (duration.isNegative()) {
            throw SurplusLoadConfig.invalid(load, "force duration", "must be 0 s (until released) or more, was "
                    + duration);
        }
        if (target.on) {
            target.forcedUntil = SurplusLoad.forceEnd(now, duration);
            target.pendingForce = null;
        } else {
            target.pendingForce = duration;
        }
    }

    /** Ends a force (running or waiting); the load returns to automatic, min on time still applies. */
    public void release(String load, Instant now) {
        SurplusLoad target = loadNamed(load);
        target.pendingForce = null;
        target.forcedUntil = null;
    }

    /**
     * Locks or unlocks the manager. Locked, nothing starts (surplus, force and daily minimum alike) and every
     * running load stops as soon as its min on time allows (Loxone's dominating "Off" input).
     */
    public void setLocked(boolean lock, Instant now) {
        locked = lock;
    }

    public boolean isLocked() {
        return locked;
    }

    /** @return the load's runtime on the current local day, as of the last step */
    public Duration runtimeToday(String load) {
        return Duration.ofNanos(loadNamed(load).runtimeTodayNanos);
    }

    private SurplusLoad loadNamed(String load) {
        SurplusLoad found = byName.get(load);
        if (found == null) {
            throw new IllegalArgumentException("unknown load '" + load + "'");
        }
        return found;
    }

    // ------------------------------------------------------------------ step

    /**
     * Decides every load's output at {@code now} and carries the decisions out.
     *
     * @return one command per load, the surplus arithmetic and the next instant to step again
     */
    public EnergyManagerResult step(Instant now) {
        decide(now);
        return result();
    }

    /**
     * Decides every load's output at {@code now} and carries the decisions out exactly as {@link #step} does, but
     * builds no result: for a caller that steps at every meter sample and reads little of it (the simulator replays
     * millions of samples). Read the decision with {@link #isOn(int)}, {@link #command(int)} or {@link #result()},
     * before the next decision.
     */
    public void decide(Instant now) {
        advanceClock(now);
        Instant readAt = gridAt;
        MeterStatus meter = readAt == null ? MeterStatus.MISSING
                : Elapsed.exceeds(readAt, now, config.staleAfter()) ? MeterStatus.STALE : MeterStatus.FRESH;
        Instant freshAt = meter == MeterStatus.FRESH ? readAt : null;
        balance(now, freshAt);
        planner.plan(now, meter,
                SurplusBalance.surplus(balanceGrid, balanceBattery, balancePromised, config.offset()),
                SurplusBalance.expectedImport(balanceGrid, balanceBattery, balancePromised, balanceReleased),
                config.offset(), locked, freshAt, batteryWithheld(now), day.end());
        Instant wake = null;
        for (SurplusLoad load : loads) {
            if (load.wantOn != load.on) {
                carryOut(load, now, readAt);
            }
            Instant next = load.nextChange;
            if (next != null && (wake == null || next.isBefore(wake))) {
                wake = next;
            }
        }
        decidedAt = now;
        decidedMeter = meter;
        wakeUp = wake;
    }

    /**
     * @return the last decision's {@link EnergyManagerResult#nextWakeUp()}: when to decide again without a new
     *         sample, null when only new input can change anything
     */
    public @Nullable Instant nextWakeUp() {
        decided();
        return wakeUp;
    }

    /** @return whether the last decision runs the load at {@code index} (configured order) */
    public boolean isOn(int index) {
        return loads[index].on;
    }

    /** @return the last decision's command for the load at {@code index} (configured order) */
    public LoadCommand command(int index) {
        decided();
        SurplusLoad load = loads[index];
        return new LoadCommand(load.name(), load.on, load.reason, load.nextChange, load.detail);
    }

    /** @return the last decision: one command per load, the surplus arithmetic and the next instant to step */
    public EnergyManagerResult result() {
        Instant now = decided();
        LoadCommand[] commands = new LoadCommand[loads.length];
        for (int i = 0; i < loads.length; i++) {
            commands[i] = command(i);
        }
        SurplusBalance balance = new SurplusBalance(balanceGrid, balanceBattery, balancePromised, balanceReleased,
                config.offset());
        return new EnergyManagerResult(now, List.of(commands), decidedMeter, balance, wakeUp);
    }

    private Instant decided() {
        Instant at = decidedAt;
        if (at == null) {
            throw new IllegalStateException("nothing decided yet: call step or decide first");
        }
        return at;
    }

    /** Rolls the local day at midnight (resetting runtimes) and adds the time since the last step to runtimes. */
    private void advanceClock(Instant now) {
        if (day.isOutside(now)) {
            rollTo(day.dateOf(now));
        }
        Instant last = lastStep;
        if (last != null && now.isAfter(last)) {
            // a clock that went backwards adds nothing; time before midnight belongs to the day that ended
            Instant from = last.isBefore(day.start()) ? day.start() : last;
            long nanos = Elapsed.nanos(from, now);
            for (SurplusLoad load : loads) {
                if (load.on) {
                    load.runtimeTodayNanos += nanos;
                }
            }
        }
        lastStep = now;
    }

    private void rollTo(LocalDate today) {
        if (!day.moveTo(today)) {
            return;
        }
        for (SurplusLoad load : loads) {
            load.runtimeTodayNanos = 0;
            if (load.config.hasDailyMinimum()) {
                Instant deadline = day.deadline(load.config.dailyDeadline());
                load.deadline = deadline;
                load.deadlineText = day.describe(deadline, load.config.dailyDeadline());
            }
        }
    }

    /**
     * Ends promise and release windows the grid reading has caught up with, and sums the rest. A reading shows a
     * switch when taken at least {@code settleTime} after it, and strictly after it: a reading of the switch
     * instant itself was taken before the decision. The step's balance goes into the {@code balance*} fields, those
     * of no reading ({@code readAt} null: nothing counted) included.
     */
    private void balance(Instant now, @Nullable Instant readAt) {
        if (readAt == null) {
            balanceGrid = 0;
            balanceBattery = 0;
            balancePromised = 0;
            balanceReleased = 0;
            return;
        }
        double promised = 0;
        double released = 0;
        for (SurplusLoad load : loads) {
            Instant from = load.promiseFrom;
            if (from != null) {
                if (!shows(readAt, from)) {
                    promised += load.promisedWatts(readAt, now, config.staleAfter());
                } else {
                    load.promiseFrom = null;
                }
            }
            Instant releasedAt = load.releaseFrom;
            if (releasedAt != null) {
                if (!shows(readAt, releasedAt)) {
                    released += load.releasedWatts;
                } else {
                    load.releaseFrom = null;
                    load.releasedWatts = 0;
                }
            }
        }
        balanceGrid = gridWatts;
        balanceBattery = batteryImport(now);
        balancePromised = promised;
        balanceReleased = released;
    }

    /** @return whether a reading of {@code readAt} shows a switch made at {@code switchedAt} (see {@link #balance}) */
    private boolean shows(Instant readAt, Instant switchedAt) {
        return readAt.isAfter(switchedAt) && !switchedAt.plus(config.settleTime()).isAfter(readAt);
    }

    /** Discharge always counts as import; charging counts as surplus only when the battery yields. */
    private double batteryImport(Instant now) {
        PowerReading reading = battery;
        if (reading == null || reading.isStaleAt(now, config.staleAfter())) {
            return 0;
        }
        double charge = reading.watts();
        return charge < 0 || batterySoc >= config.minSoc() ? -charge : 0;
    }

    private double batteryWithheld(Instant now) {
        PowerReading reading = battery;
        if (reading == null || reading.isStaleAt(now, config.staleAfter()) || batterySoc >= config.minSoc()) {
            return 0;
        }
        return Math.max(0, reading.watts());
    }

    /** Switches a load the planner wants switched (a method of its own: most steps switch nothing). */
    private void carryOut(SurplusLoad load, Instant now, @Nullable Instant readAt) {
        load.conditionSince = null;
        Instant previousSwitch = load.since;
        load.since = now;
        if (load.wantOn) {
            load.on = true;
            load.promiseFrom = now;
            Instant tailEnd = previousSwitch == null ? now : previousSwitch.plus(config.settleTime());
            load.measuredRunFrom = tailEnd.isAfter(now) ? tailEnd : now;
            load.releaseFrom = null;
            load.releasedWatts = 0;
            Duration force = load.pendingForce;
            if (load.reason == Reason.FORCED && force != null) {
                load.forcedUntil = SurplusLoad.forceEnd(now, force);
                load.pendingForce = null;
            }
        } else {
            // what the meter may still show of it: only the visible part while its promise was still counted
            double shown = load.promiseFrom == null ? load.freedWatts(now, config.staleAfter())
                    : readAt == null ? 0 : load.visibleWatts(readAt, now, config.staleAfter());
            load.on = false;
            load.promiseFrom = null;
            load.forcedUntil = null;
            load.releasedWatts = shown;
            load.releaseFrom = shown > 0 ? now : null;
        }
    }

    // ------------------------------------------------------------------ restart

    /** @return the state to save across a restart */
    public EnergyManagerSnapshot snapshot() {
        List<EnergyManagerSnapshot.LoadState> states = new ArrayList<>(loads.length);
        for (SurplusLoad load : loads) {
            states.add(new EnergyManagerSnapshot.LoadState(load.name(), load.on, load.since,
                    Duration.ofNanos(load.runtimeTodayNanos), load.forcedUntil, load.pendingForce));
        }
        LocalDate current = day.date();
        // before the first step no runtime was counted, so the day is irrelevant
        return new EnergyManagerSnapshot(current == null ? LocalDate.EPOCH : current, states);
    }

    /**
     * Restores a saved state. Runtimes count only when saved on today's date; time while the system was down is
     * not counted (so the daily minimum errs towards running). Running loads count as promised power again until
     * the meter catches up, and their min on time runs from their saved switch-on (from now when unknown). Loads
     * unknown to this manager are ignored.
     */
    public void restore(EnergyManagerSnapshot snapshot, Instant now) {
        LocalDate today = day.dateOf(now);
        rollTo(today);
        boolean sameDay = snapshot.day().equals(today);
        for (EnergyManagerSnapshot.LoadState state : snapshot.loads()) {
            SurplusLoad load = byName.get(state.name());
            if (load == null) {
                continue;
            }
            Instant since = state.since();
            load.on = state.on();
            load.since = state.on() && since == null ? now : since;
            load.runtimeTodayNanos = sameDay ? state.runtimeToday().toNanos() : 0;
            load.forcedUntil = state.on() ? state.forcedUntil() : null;
            load.pendingForce = state.on() ? null : state.pendingForce();
            load.promiseFrom = state.on() ? now : null;
            load.measuredRunFrom = now;
            load.releaseFrom = null;
            load.releasedWatts = 0;
            load.conditionSince = null;
        }
        lastStep = now;
    }
}
