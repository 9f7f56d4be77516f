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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.smartgrid.core.energy.EnergyManagerSnapshot;
import org.openhab.smartgrid.core.guard.LockBudget;
import org.openhab.smartgrid.core.guard.LockTimingGuard;
import org.openhab.smartgrid.core.load.FinishedQuarter;
import org.openhab.smartgrid.core.load.LoadManagerSnapshot;
import org.openhab.smartgrid.core.load.MonthPeak;
import org.openhab.smartgrid.core.load.QuarterHourMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the managers' state that must survive a restart (daily runtimes, forces, month peak, quarter-hour energy,
 * lock history) in openHAB's {@link StorageService}, as plain objects of texts and numbers that any storage can
 * serialize. A saved value that cannot be read is ignored with a warning: the manager starts fresh.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class SnapshotStore {

    static final String SURPLUS_STORAGE = "org.openhab.automation.energymanager.surplus";
    static final String PEAK_STORAGE = "org.openhab.automation.energymanager.peak";

    private final Logger logger = LoggerFactory.getLogger(SnapshotStore.class);
    private final Storage<SurplusState> surplus;
    private final Storage<PeakState> peak;

    public SnapshotStore(StorageService storageService) {
        ClassLoader loader = SnapshotStore.class.getClassLoader();
        this.surplus = storageService.getStorage(SURPLUS_STORAGE, loader);
        this.peak = storageService.getStorage(PEAK_STORAGE, loader);
    }

    /** An energy manager's saved state. */
    public static class SurplusState {
        public String day = "";
        public List<SurplusLoadState> loads = new ArrayList<>();
    }

    /** One energy-manager load's saved state; times as ISO texts, durations in ms, -1 for none. */
    public static class SurplusLoadState {
        public String name = "";
        public boolean on;
        public @Nullable String since;
        public long runtimeTodayMs;
        public @Nullable String forcedUntil;
        public long pendingForceMs = -1;
    }

    /** A load manager's saved state. */
    public static class PeakState {
        public @Nullable String peakMonth;
        public double peakWatts;
        public @Nullable String peakQuarterStart;
        public @Nullable String quarterStart;
        public double quarterEnergyWh;
        public long quarterMeasuredMs;
        public @Nullable String processedUntil;
        public @Nullable Double counterKwh;
        public @Nullable String counterAt;
        public @Nullable String lastQuarterStart;
        public double lastQuarterEnergyWh;
        public long lastQuarterMeasuredMs;
        public List<PeakLoadState> loads = new ArrayList<>();
    }

    /** One load-manager load's lock history, and its shed budget's counters when it has a budget. */
    public static class PeakLoadState {
        public String name = "";
        public boolean locked;
        public @Nullable String lockStart;
        public @Nullable String releaseStart;
        public @Nullable String budgetDay;
        public int budgetSheds;
        public long budgetShedSeconds;
        public long budgetLastShedSeconds;
        public @Nullable String budgetCountedUntil;
    }

    public void saveSurplus(String manager, EnergyManagerSnapshot snapshot) {
        SurplusState state = new SurplusState();
        state.day = snapshot.day().toString();
        for (EnergyManagerSnapshot.LoadState load : snapshot.loads()) {
            SurplusLoadState s = new SurplusLoadState();
            s.name = load.name();
            s.on = load.on();
            s.since = text(load.since());
            s.runtimeTodayMs = load.runtimeToday().toMillis();
            s.forcedUntil = text(load.forcedUntil());
            Duration pending = load.pendingForce();
            s.pendingForceMs = pending == null ? -1 : pending.toMillis();
            state.loads.add(s);
        }
        surplus.put(manager, state);
    }

    public @Nullable EnergyManagerSnapshot loadSurplus(String manager) {
        SurplusState state = surplus.get(manager);
        if (state == null) {
            return null;
        }
        try {
            List<EnergyManagerSnapshot.LoadState> loads = new ArrayList<>();
            for (SurplusLoadState s : state.loads) {
                loads.add(new EnergyManagerSnapshot.LoadState(s.name, s.on, instant(s.since),
                        Duration.ofMillis(s.runtimeTodayMs), instant(s.forcedUntil),
                        s.pendingForceMs < 0 ? null : Duration.ofMillis(s.pendingForceMs)));
            }
            return new EnergyManagerSnapshot(LocalDate.parse(state.day), loads);
        } catch (RuntimeException e) {
            logger.warn("The saved state of energy manager '{}' cannot be read, it starts fresh: {}", manager,
                    e.getMessage());
            return null;
        }
    }

    public void savePeak(String manager, LoadManagerSnapshot snapshot) {
        PeakState state = new PeakState();
        MonthPeak.Snapshot month = snapshot.monthPeak();
        YearMonth ym = month.month();
        state.peakMonth = ym == null ? null : ym.toString();
        state.peakWatts = month.watts();
        state.peakQuarterStart = text(month.quarterStart());
        QuarterHourMeter.Snapshot quarter = snapshot.quarter();
        state.quarterStart = text(quarter.quarterStart());
        state.quarterEnergyWh = quarter.energyWh();
        state.quarterMeasuredMs = quarter.measured().toMillis();
        state.processedUntil = text(quarter.processedUntil());
        state.counterKwh = Double.isNaN(quarter.counterKwh()) ? null : quarter.counterKwh();
        state.counterAt = text(quarter.counterAt());
        FinishedQuarter last = snapshot.lastQuarter();
        if (last != null) {
            state.lastQuarterStart = last.start().toString();
            state.lastQuarterEnergyWh = last.energyWh();
            state.lastQuarterMeasuredMs = last.measured().toMillis();
        }
        for (LoadManagerSnapshot.LoadState load : snapshot.loads()) {
            PeakLoadState s = new PeakLoadState();
            s.name = load.name();
            s.locked = load.guard().locked();
            s.lockStart = text(load.guard().lockStart());
            s.releaseStart = text(load.guard().releaseStart());
            LockBudget.Snapshot budget = load.budget();
            if (budget != null) {
                s.budgetDay = budget.day().toString();
                s.budgetSheds = budget.blocks();
                s.budgetShedSeconds = budget.lockTime().toSeconds();
                s.budgetLastShedSeconds = budget.lastBlock().toSeconds();
                s.budgetCountedUntil = budget.savedAt().toString();
            }
            state.loads.add(s);
        }
        peak.put(manager, state);
    }

    public @Nullable LoadManagerSnapshot loadPeak(String manager) {
        PeakState state = peak.get(manager);
        if (state == null) {
            return null;
        }
        try {
            String month = state.peakMonth;
            MonthPeak.Snapshot monthPeak = new MonthPeak.Snapshot(month == null ? null : YearMonth.parse(month),
                    state.peakWatts, instant(state.peakQuarterStart));
            Double counter = state.counterKwh;
            QuarterHourMeter.Snapshot quarter = new QuarterHourMeter.Snapshot(instant(state.quarterStart),
                    state.quarterEnergyWh, Duration.ofMillis(state.quarterMeasuredMs), instant(state.processedUntil),
                    counter == null ? Double.NaN : counter, instant(state.counterAt));
            List<LoadManagerSnapshot.LoadState> loads = new ArrayList<>();
            for (PeakLoadState s : state.loads) {
                String budgetDay = s.budgetDay;
                Instant countedUntil = instant(s.budgetCountedUntil);
                LockBudget.Snapshot budget = budgetDay == null || countedUntil == null ? null
                        : new LockBudget.Snapshot(LocalDate.parse(budgetDay), s.budgetSheds,
                                Duration.ofSeconds(s.budgetShedSeconds), Duration.ofSeconds(s.budgetLastShedSeconds),
                                countedUntil);
                loads.add(new LoadManagerSnapshot.LoadState(s.name,
                        new LockTimingGuard.Snapshot(s.locked, instant(s.lockStart), instant(s.releaseStart)),
                        budget));
            }
            Instant lastStart = instant(state.lastQuarterStart);
            FinishedQuarter last = lastStart == null ? null
                    : new FinishedQuarter(lastStart, state.lastQuarterEnergyWh,
                            Duration.ofMillis(state.lastQuarterMeasuredMs));
            return new LoadManagerSnapshot(monthPeak, quarter, loads, last);
        } catch (RuntimeException e) {
            logger.warn("The saved state of load manager '{}' cannot be read, it starts fresh: {}", manager,
                    e.getMessage());
            return null;
        }
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static @Nullable Instant instant(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }
}
