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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.PowerStates;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.energy.EnergyManager;
import org.openhab.smartgrid.core.energy.EnergyManagerConfig;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.EnergyManagerResult;
import org.openhab.smartgrid.core.energy.EnergyManagerSnapshot;
import org.openhab.smartgrid.core.meter.GridMeter;
import org.openhab.smartgrid.core.meter.PowerReading;
import org.openhab.smartgrid.core.energy.GeoLocation;
import org.openhab.smartgrid.core.energy.MeterStatus;
import org.openhab.smartgrid.core.energy.SurplusLoadConfig;

/**
 * One energy manager of the rules: its core {@link EnergyManager}, rebuilt (and restored from its own snapshot)
 * whenever a load joins or leaves, and the translation of the meter items into its inputs.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class SurplusManagerAdapter extends ManagerAdapter {

    private final ManagerSettings settings;
    private final GridMeter gridMeter;
    private final @Nullable String batteryItem;
    private final @Nullable String socItem;
    private final Duration staleAfter;
    private final ZoneId zone;
    private final @Nullable GeoLocation location;
    private final SnapshotStore store;
    private final Map<String, SurplusLoadSpec> specs = new LinkedHashMap<>();
    private final SurplusHistory history = new SurplusHistory(Duration.ofHours(1));
    private @Nullable EnergyManager core;
    private @Nullable EnergyManagerResult lastResult;
    private @Nullable EnergyManagerSnapshot lastSaved;
    private final SaveThrottle saving = new SaveThrottle();
    /** When the meter last reported (its value, import positive, is the grid meter's: for a rebuild). */
    private @Nullable Instant gridAt;
    private double batteryWatts = Double.NaN;
    private @Nullable Instant batteryAt;
    private double soc = Double.NaN;
    private boolean locked;
    /** Each load's last temperature: a rebuild takes them again. */
    private final Map<String, Temperature> temperatures = new LinkedHashMap<>();

    /** A load's temperature item's last value, °C, and when it came. */
    private record Temperature(double celsius, Instant at) {
    }

    SurplusManagerAdapter(String name, ManagerSettings settings, ZoneId zone, @Nullable GeoLocation location,
            SnapshotStore store, Clock clock, StatusSink sink) {
        super("energy manager", name, clock, sink);
        this.settings = settings;
        this.gridMeter = GridMeter.of(settings.values());
        this.batteryItem = settings.item(EnergyManagerParameters.BATTERY_ITEM);
        this.socItem = settings.item(EnergyManagerParameters.SOC_ITEM);
        this.staleAfter = settings.get(EnergyManagerParameters.STALE_AFTER);
        this.zone = zone;
        this.location = location;
        this.store = store;
    }

    /** @return what the manager's loads share: its meters and parameters */
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
    synchronized void add(SurplusLoadSpec spec, LoadListener listener) {
        requireFits(spec.load().name(), settings.difference(spec.settings()));
        join(specs, spec.load().name(), spec, listener, spec.status());
    }

    synchronized void remove(String load) {
        leave(specs, load);
    }

    @Override
    protected void rebuild() {
        EnergyManager old = core;
        Instant now = clock.instant();
        if (specs.isEmpty()) {
            core = null;
            return;
        }
        List<SurplusLoadConfig> loads = new ArrayList<>();
        specs.values().forEach(spec -> loads.add(spec.load()));
        EnergyManagerConfig config = EnergyManagerParameters.config(settings.values(),
                settings.get(EnergyManagerParameters.GRID_SIGN), settings.get(EnergyManagerParameters.BATTERY_SIGN),
                zone, location);
        EnergyManager fresh = new EnergyManager(config, loads);
        EnergyManagerSnapshot saved = old != null ? old.snapshot() : store.loadSurplus(name());
        if (saved != null) {
            fresh.restore(saved, now);
        }
        fresh.setLocked(locked, now);
        core = fresh;
        if (old != null) {
            reapplyInputs(fresh);
        }
    }

    /** The meters' last values survive a rebuild, so a joining load need not wait for the meter to report. */
    private void reapplyInputs(EnergyManager fresh) {
        Instant gridTime = gridAt;
        double gridWatts = gridMeter.importWatts();
        if (gridTime != null && !Double.isNaN(gridWatts)) {
            fresh.updateGrid(new PowerReading(gridTime, gridWatts));
        }
        Instant at = batteryAt;
        if (at != null && !Double.isNaN(batteryWatts)) {
            fresh.updateBatteryMeter(at, batteryWatts, Double.isNaN(soc) ? 100 : soc);
        }
        temperatures.forEach((load, temperature) -> {
            if (specs.containsKey(load)) {
                fresh.updateLoadTemperature(load, temperature.celsius(), temperature.at());
            }
        });
    }

    @Override
    public Set<String> items() {
        Set<String> items = new LinkedHashSet<>();
        items.addAll(gridMeter.items());
        addIfSet(items, batteryItem);
        addIfSet(items, socItem);
        synchronized (this) {
            specs.values().forEach(spec -> {
                addIfSet(items, spec.loadPowerItem());
                addIfSet(items, spec.stopTemperatureItem());
            });
        }
        return items;
    }

    private static void addIfSet(Set<String> items, @Nullable String item) {
        if (item != null) {
            items.add(item);
        }
    }

    @Override
    protected boolean takeState(String item, State state, Instant now) {
        EnergyManager manager = core;
        if (manager == null) {
            return true;
        }
        GridMeter.Update grid = gridMeter.take(item, PowerStates.toWatts(state));
        if (grid != GridMeter.Update.NONE) {
            gridAt = now;
            if (grid == GridMeter.Update.READING) {
                meterReported(now);
                manager.updateGrid(new PowerReading(now, gridMeter.importWatts()));
            } else {
                manager.invalidateGrid();
            }
        }
        if (item.equals(batteryItem)) {
            OptionalDouble watts = PowerStates.toWatts(state);
            batteryWatts = watts.isPresent() ? watts.getAsDouble() : Double.NaN;
            batteryAt = now;
        }
        if (item.equals(socItem)) {
            OptionalDouble percent = PowerStates.toWatts(state);
            soc = percent.isPresent() && percent.getAsDouble() >= 0 && percent.getAsDouble() <= 100
                    ? percent.getAsDouble()
                    : Double.NaN;
        }
        if (item.equals(batteryItem) || item.equals(socItem)) {
            updateBattery(manager);
        }
        for (SurplusLoadSpec spec : specs.values()) {
            if (item.equals(spec.loadPowerItem())) {
                String load = spec.load().name();
                takeLoadPower(state, watts -> manager.updateLoadPower(load, watts, now),
                        () -> manager.invalidateLoadPower(load));
            }
            if (item.equals(spec.stopTemperatureItem())) {
                takeTemperature(manager, spec.load().name(), state, now);
            }
        }
        return true;
    }

    /** UNDEF, NULL or no temperature: the load's stop temperature no longer applies (its reading is unknown). */
    private void takeTemperature(EnergyManager manager, String load, State state, Instant now) {
        OptionalDouble celsius = PowerStates.toCelsius(state);
        if (celsius.isPresent()) {
            temperatures.put(load, new Temperature(celsius.getAsDouble(), now));
            manager.updateLoadTemperature(load, celsius.getAsDouble(), now);
        } else {
            temperatures.remove(load);
            manager.invalidateLoadTemperature(load);
        }
    }

    /** Without a SoC item the battery counts as full: {@code minSoc} never holds surplus back. */
    private void updateBattery(EnergyManager manager) {
        Instant at = batteryAt;
        boolean socMissing = socItem != null && Double.isNaN(soc);
        if (at == null || Double.isNaN(batteryWatts) || socMissing) {
            manager.invalidateBattery();
        } else {
            manager.updateBatteryMeter(at, batteryWatts, Double.isNaN(soc) ? 100 : soc);
        }
    }

    @Override
    protected synchronized void saveNow() {
        EnergyManager manager = core;
        if (manager != null) {
            EnergyManagerSnapshot snapshot = manager.snapshot();
            store.saveSurplus(name(), snapshot);
            lastSaved = snapshot;
        }
    }

    @Override
    protected void step(Instant now) {
        EnergyManager manager = core;
        if (manager == null) {
            return;
        }
        EnergyManagerResult result = manager.step(now);
        lastResult = result;
        history.add(now, result.meter() == MeterStatus.FRESH ? result.surplus()
                : Double.NEGATIVE_INFINITY);
        EnergyManagerSnapshot snapshot = manager.snapshot();
        if (!snapshot.equals(lastSaved) && saving.due(now, restartKey(snapshot))) {
            store.saveSurplus(name(), snapshot);
            lastSaved = snapshot;
        }
        status.power(statusItem(EnergyManagerParameters.SURPLUS_ITEM),
                result.meter() == MeterStatus.FRESH ? result.surplus() : Double.NaN);
        publish(result.commands(), result.nextWakeUp(), now);
    }

    /** @return what a restart needs at once: the day and each load's state, all but its growing runtime */
    private static List<Object> restartKey(EnergyManagerSnapshot snapshot) {
        List<Object> key = new ArrayList<>();
        key.add(snapshot.day());
        for (EnergyManagerSnapshot.LoadState load : snapshot.loads()) {
            key.add(load.withRuntimeToday(Duration.ZERO));
        }
        return key;
    }

    /**
     * With nothing running the manager has no reason to step when its reading goes stale, but the surplus it showed
     * is then no longer known: the surplus item turns UNDEF at that instant.
     */
    @Override
    protected @Nullable Instant statusDue(Instant now) {
        Instant at = meterAt();
        if (at == null || statusItem(EnergyManagerParameters.SURPLUS_ITEM) == null) {
            return null;
        }
        Instant stale = staleFrom(at);
        return stale.isAfter(now) ? stale : null;
    }

    @Override
    protected void refreshStatus(Instant now) {
        Instant at = meterAt();
        if (at != null && !staleFrom(at).isAfter(now)) {
            status.power(statusItem(EnergyManagerParameters.SURPLUS_ITEM), Double.NaN);
        }
    }

    /** @return the first instant at which a reading taken at {@code at} is stale: older than staleAfter */
    private Instant staleFrom(Instant at) {
        return at.plus(staleAfter).plusNanos(1);
    }

    /** Forces a load on for {@code duration}, then steps. */
    public synchronized void force(String load, Duration duration) {
        Instant now = clock.instant();
        requireCore().force(load, duration, now);
        step(now);
    }

    /** Ends a load's force, then steps. */
    public synchronized void release(String load) {
        Instant now = clock.instant();
        requireCore().release(load, now);
        step(now);
    }

    /** Locks or unlocks the manager, then steps. */
    public synchronized void setLocked(boolean lock) {
        Instant now = clock.instant();
        locked = lock;
        requireCore().setLocked(lock, now);
        step(now);
    }

    /** @return whether the surplus was at least {@code watts} during the whole last {@code duration} */
    public synchronized boolean surplusHeld(double watts, Duration duration) {
        return history.heldAtLeast(watts, duration, clock.instant());
    }

    /** @return the last step's result, null before the first step */
    public synchronized @Nullable EnergyManagerResult lastResult() {
        return lastResult;
    }

    /** @return the runtime today of the load, as of the last step */
    public synchronized Duration runtimeToday(String load) {
        EnergyManager manager = core;
        return manager == null ? Duration.ZERO : manager.runtimeToday(load);
    }

    public synchronized boolean isLocked() {
        return locked;
    }

    private EnergyManager requireCore() {
        EnergyManager manager = core;
        if (manager == null) {
            throw new IllegalStateException("energy manager '" + name() + "' has no loads");
        }
        return manager;
    }
}
