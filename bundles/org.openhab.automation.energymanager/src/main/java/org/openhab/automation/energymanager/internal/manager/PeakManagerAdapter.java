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
import org.openhab.smartgrid.core.load.LoadManager;
import org.openhab.smartgrid.core.load.LoadManagerConfig;
import org.openhab.smartgrid.core.load.LoadManagerResult;
import org.openhab.smartgrid.core.load.LoadManagerSnapshot;
import org.openhab.smartgrid.core.load.SheddableLoadConfig;

/**
 * One load manager of the rules: its core {@link LoadManager}, rebuilt (and restored from its own snapshot)
 * whenever a load joins or leaves, and the translation of the grid power and energy counter items into its
 * inputs. After a rebuild the manager counts as stale until the meter reports again (normally seconds).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class PeakManagerAdapter extends ManagerAdapter {

    private final PeakManagerSettings settings;
    private final ZoneId zone;
    private final SnapshotStore store;
    private final Map<String, PeakLoadSpec> specs = new LinkedHashMap<>();
    private @Nullable LoadManager core;
    private @Nullable LoadManagerResult lastResult;

    PeakManagerAdapter(String name, PeakManagerSettings settings, ZoneId zone, SnapshotStore store, Clock clock) {
        super("load manager", name, clock);
        this.settings = settings;
        this.zone = zone;
        this.store = store;
    }

    public PeakManagerSettings settings() {
        return settings;
    }

    /**
     * Adds a load and rebuilds the core manager.
     *
     * @throws IllegalArgumentException when the load does not fit the manager (its message says why)
     */
    synchronized void add(PeakLoadSpec spec, LoadListener listener) {
        requireFits(spec.load().name(), settings.difference(spec.settings()));
        join(specs, spec.load().name(), spec, listener);
    }

    synchronized void remove(String load) {
        leave(specs, load);
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
        LoadManagerConfig config = new LoadManagerConfig(settings.maxPower(), settings.mode(),
                settings.overloadPower(), settings.followMonthPeak(), LoadManagerConfig.DEFAULT_MONTH_PEAK_FLOOR,
                LoadManagerConfig.DEFAULT_STALE_AFTER, LoadManagerConfig.DEFAULT_FEEDBACK_TIMEOUT, zone,
                settings.gridSign(), loads);
        LoadManager fresh = new LoadManager(config);
        LoadManagerSnapshot saved = old != null ? old.snapshot() : store.loadPeak(name());
        if (saved != null) {
            fresh.restore(saved, clock.instant());
        }
        core = fresh;
    }

    @Override
    public Set<String> items() {
        Set<String> items = new LinkedHashSet<>();
        items.add(settings.gridItem());
        String energy = settings.energyItem();
        if (energy != null) {
            items.add(energy);
        }
        return items;
    }

    @Override
    protected void takeState(String item, State state, Instant now) {
        LoadManager manager = core;
        if (manager == null) {
            return;
        }
        if (item.equals(settings.gridItem())) {
            OptionalDouble watts = PowerStates.toWatts(state);
            if (watts.isPresent()) {
                manager.updateGridMeter(watts.getAsDouble(), now);
            } else {
                manager.gridUndefined(now);
            }
        }
        if (item.equals(settings.energyItem())) {
            OptionalDouble kwh = PowerStates.toKilowattHours(state);
            if (kwh.isPresent()) {
                manager.updateEnergyCounter(kwh.getAsDouble(), now);
            } else {
                manager.energyCounterUndefined();
            }
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
        store.savePeak(name(), manager.snapshot());
        publish(result.commands(), result.nextWakeUp(), now);
    }

    /** @return the last step's result, null before the first step */
    public synchronized @Nullable LoadManagerResult lastResult() {
        return lastResult;
    }
}
