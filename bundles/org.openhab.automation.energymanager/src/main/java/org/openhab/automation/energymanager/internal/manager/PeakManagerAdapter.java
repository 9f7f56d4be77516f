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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.PowerStates;
import org.openhab.automation.energymanager.internal.ShedFeedback;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.load.LoadManager;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.LoadManagerResult;
import org.openhab.smartgrid.core.load.LoadManagerSnapshot;
import org.openhab.smartgrid.core.load.MonthPeak;
import org.openhab.smartgrid.core.meter.GridMeter;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;

/**
 * One load manager of the rules: its core {@link LoadManager}, rebuilt (and restored from its own snapshot)
 * whenever a load joins or leaves, and the translation of the grid power, energy counter and shed feedback items
 * into its inputs. After a rebuild the manager counts as stale until the meter reports again (normally seconds).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class PeakManagerAdapter extends ManagerAdapter {

    /** What a restart needs at once (the quarter's growing energy may wait for the next save). */
    private record RestartKey(List<LoadManagerSnapshot.LoadState> loads, MonthPeak.Snapshot monthPeak,
            @Nullable Instant quarterStart) {
    }

    /** The last command to a load: shed or restored, and when. */
    private record Commanded(boolean shed, Instant at) {
    }

    private final ManagerSettings settings;
    private final GridMeter gridMeter;
    private final @Nullable String meterMonthPeakItem;
    private final @Nullable String meterQuarterDemandItem;
    private final @Nullable String energyItem;
    private final @Nullable String quarterSyncItem;
    private final Duration feedbackTimeout;
    private final ZoneId zone;
    private final SnapshotStore store;
    private final Map<String, PeakLoadSpec> specs = new LinkedHashMap<>();
    private final Map<String, Commanded> commanded = new HashMap<>();
    private final Map<String, ShedFeedback> feedback = new HashMap<>();
    private final SaveThrottle saving = new SaveThrottle();
    private @Nullable LoadManager core;
    private @Nullable LoadManagerResult lastResult;
    /**
     * Loxone's Off, set by the LockManager action: kept across rebuilds (a load joining or leaving), not across a
     * restart of openHAB, as the energy manager's lock.
     */
    private boolean off;

    PeakManagerAdapter(String name, ManagerSettings settings, ZoneId zone, SnapshotStore store, Clock clock,
            StatusSink sink) {
        super("load manager", name, clock, sink);
        this.settings = settings;
        this.gridMeter = GridMeter.of(settings.values());
        this.meterMonthPeakItem = settings.item(LoadManagerParameters.METER_MONTH_PEAK_ITEM);
        this.meterQuarterDemandItem = settings.item(LoadManagerParameters.METER_QUARTER_DEMAND_ITEM);
        this.energyItem = settings.item(LoadManagerParameters.ENERGY_ITEM);
        this.quarterSyncItem = settings.item(LoadManagerParameters.QUARTER_SYNC_ITEM);
        this.feedbackTimeout = settings.get(LoadManagerParameters.FEEDBACK_TIMEOUT);
        this.zone = zone;
        this.store = store;
    }

    /** @return what the manager's loads share: its meter and parameters */
    public ManagerSettings settings() {
        return settings;
    }

    /** @return the item of the grid power */
    public String gridItem() {
        return gridMeter.describe();
    }

    /**
     * Adds a load and rebuilds the core manager.
     *
     * @throws IllegalArgumentException when the load does not fit the manager (its message says why)
     */
    synchronized void add(PeakLoadSpec spec, LoadListener listener) {
        requireFits(spec.load().name(), settings.difference(spec.settings()));
        join(specs, spec.load().name(), spec, listener, spec.status());
    }

    synchronized void remove(String load) {
        leave(specs, load);
        commanded.remove(load);
        feedback.remove(load);
    }

    @Override
    protected void rebuild() {
        LoadManager old = core;
        if (specs.isEmpty()) {
            core = null;
            return;
        }
        List<SheddableLoadConfig> loads = new ArrayList<>();
        specs.values().forEach(spec -> loads.add(spec.load()));
        LoadManager fresh = new LoadManager(LoadManagerParameters.config(settings.values(),
                settings.get(LoadManagerParameters.GRID_SIGN), zone, loads));
        LoadManagerSnapshot saved = old != null ? old.snapshot() : store.loadPeak(name());
        fresh.expectQuarterSync(quarterSyncItem != null);
        if (saved != null) {
            fresh.restore(saved, clock.instant());
        }
        fresh.setOff(off);
        core = fresh;
    }

    @Override
    public Set<String> items() {
        Set<String> items = new LinkedHashSet<>();
        items.addAll(gridMeter.items());
        String monthPeak = meterMonthPeakItem;
        if (monthPeak != null) {
            items.add(monthPeak);
        }
        String demand = meterQuarterDemandItem;
        if (demand != null) {
            items.add(demand);
        }
        String energy = energyItem;
        if (energy != null) {
            items.add(energy);
        }
        String sync = quarterSyncItem;
        if (sync != null) {
            items.add(sync);
        }
        synchronized (this) {
            for (PeakLoadSpec spec : specs.values()) {
                String item = spec.shedFeedbackItem();
                if (item != null) {
                    items.add(item);
                }
                String power = spec.loadPowerItem();
                if (power != null) {
                    items.add(power);
                }
            }
        }
        return items;
    }

    @Override
    protected boolean takeState(String item, State state, Instant now) {
        LoadManager manager = core;
        if (manager == null) {
            return true;
        }
        // a load's own meter only informs the next step: the grid meter's next reading decides
        boolean step = false;
        switch (gridMeter.take(item, PowerStates.toWatts(state))) {
            case READING -> {
                step = true;
                meterReported(now);
                manager.updateGrid(new PowerReading(now, gridMeter.importWatts()));
            }
            case UNDEFINED -> {
                step = true;
                manager.gridUndefined(now);
            }
            case NONE -> {
            }
        }
        if (item.equals(meterMonthPeakItem)) {
            OptionalDouble watts = PowerStates.toWatts(state);
            if (watts.isPresent()) {
                manager.updateMeterMonthPeak(watts.getAsDouble(), now);
            }
        }
        if (item.equals(meterQuarterDemandItem)) {
            OptionalDouble watts = PowerStates.toWatts(state);
            if (watts.isPresent()) {
                manager.updateMeterQuarterDemand(watts.getAsDouble(), now);
            }
        }
        if (item.equals(energyItem)) {
            step = true;
            OptionalDouble kwh = PowerStates.toKilowattHours(state);
            if (kwh.isPresent()) {
                manager.updateEnergyCounter(kwh.getAsDouble(), now);
            } else {
                manager.energyCounterUndefined();
            }
        }
        if (item.equals(quarterSyncItem) && isSyncPulse(state)) {
            step = true;
            manager.synchronizeQuarter(now);
        }
        for (PeakLoadSpec spec : specs.values()) {
            if (item.equals(spec.shedFeedbackItem())) {
                step = true;
                reportShedState(manager, spec.load(), ShedFeedback.of(state, spec.load().power()), now);
            }
            if (item.equals(spec.loadPowerItem())) {
                String load = spec.load().name();
                takeLoadPower(state, watts -> manager.updateLoadPower(load, watts, now),
                        () -> manager.invalidateLoadPower(load));
            }
        }
        return step;
    }

    /**
     * @return whether a state of the quarter-hour sync item is a pulse: an update of a Switch to ON, or of a DateTime
     *         or Number item to a value (a meter's quarter start, a counter); OFF (a pulse ending), UNDEF and NULL
     *         are none
     */
    static boolean isSyncPulse(State state) {
        return state == OnOffType.ON || state instanceof DateTimeType || state instanceof DecimalType
                || state instanceof QuantityType<?>;
    }

    private void reportShedState(LoadManager manager, SheddableLoadConfig load, ShedFeedback report, Instant now) {
        feedback.put(load.name(), report);
        if (report != ShedFeedback.NO_REPORT) {
            boolean inEffect = report == ShedFeedback.IN_EFFECT;
            manager.reportShedState(load.name(), inEffect, reportedAt(load.name(), inEffect, now));
        }
    }

    /**
     * openHAB delivers item events asynchronously: a state the device posted before it saw the last command can
     * arrive after it. A report that contradicts the last command and arrives within {@code feedbackTimeout} of it is
     * therefore dated just before the command: it still tells the device's state, but it does not end the wait for
     * the device's answer. Only a report that confirms the command, or the timeout, ends it.
     */
    private Instant reportedAt(String load, boolean inEffect, Instant now) {
        Commanded last = commanded.get(load);
        if (last != null && last.shed() != inEffect && now.isBefore(last.at().plus(feedbackTimeout))) {
            return last.at().minusMillis(1);
        }
        return now;
    }

    @Override
    protected synchronized void saveNow() {
        LoadManager manager = core;
        if (manager != null) {
            store.savePeak(name(), manager.snapshot());
        }
    }

    @Override
    protected void step(Instant now) {
        LoadManager manager = core;
        if (manager == null) {
            return;
        }
        LoadManagerResult result = manager.step(now);
        lastResult = result;
        for (LoadCommand command : result.commands()) {
            Commanded last = commanded.get(command.load());
            if (last == null ? command.on() : last.shed() != command.on()) {
                commanded.put(command.load(), new Commanded(command.on(), now));
            }
        }
        LoadManagerSnapshot snapshot = manager.snapshot();
        // the lock history, the month peak and the quarter at once; the quarter's energy at most once a minute
        RestartKey key = new RestartKey(snapshot.loads(), snapshot.monthPeak(), snapshot.quarter().quarterStart());
        if (saving.due(now, key)) {
            store.savePeak(name(), snapshot);
        }
        showFigures(result, manager.lastQuarter());
        publish(result.commands(), result.nextWakeUp(), now);
    }

    /** The figures of the step in the manager's status items (Loxone's Ap, AvgP and MaxPe outputs, the month peak). */
    private void showFigures(LoadManagerResult result, @Nullable FinishedQuarter lastQuarter) {
        status.power(statusItem(LoadManagerParameters.ALLOWED_POWER_ITEM), result.allowedWatts());
        status.power(statusItem(LoadManagerParameters.QUARTER_AVERAGE_ITEM), result.quarter().averageWatts());
        status.power(statusItem(LoadManagerParameters.LAST_QUARTER_AVERAGE_ITEM),
                lastQuarter == null ? Double.NaN : lastQuarter.averageWatts());
        status.power(statusItem(LoadManagerParameters.MONTH_PEAK_ITEM), result.monthPeakWatts());
        status.power(statusItem(LoadManagerParameters.EXCESS_ITEM), result.uncoveredWatts());
    }

    /**
     * Turns the manager off (Loxone's Off: nothing is shed, every shed is given back as its hold allows) or on again,
     * then steps.
     */
    public synchronized void setOff(boolean turnOff) {
        off = turnOff;
        LoadManager manager = core;
        if (manager != null) {
            manager.setOff(turnOff);
            step(clock.instant());
        }
    }

    public synchronized boolean isOff() {
        return off;
    }

    /** @return the last step's result, null before the first step */
    public synchronized @Nullable LoadManagerResult lastResult() {
        return lastResult;
    }

    /** @return the item that reports whether a shed of the load is in effect, null when the load has none */
    public synchronized @Nullable String shedFeedbackItem(String load) {
        PeakLoadSpec spec = specs.get(load);
        return spec == null ? null : spec.shedFeedbackItem();
    }

    /** @return what the load's shed feedback item said last, NO_REPORT before it said anything */
    public synchronized ShedFeedback lastFeedback(String load) {
        return feedback.getOrDefault(load, ShedFeedback.NO_REPORT);
    }
}
