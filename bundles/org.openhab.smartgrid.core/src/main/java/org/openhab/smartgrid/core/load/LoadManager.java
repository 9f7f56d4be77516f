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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.guard.LockBudget;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * The load manager (Loxone Lastmanager semantics, plus the capacity tariff): keeps grid import under a limit by
 * shedding loads, lowest priority first, and restoring them, highest priority first, when there is room again.
 * <p>
 * <b>Inputs.</b> Grid power ({@link #updateGrid}), optionally the grid import counter ({@link #updateEnergyCounter};
 * energy then comes from it), and, for loads with feedback, whether a shed is really in effect
 * ({@link #reportShedState}). {@link #step} decides; it reads no clock.
 * <p>
 * <b>Shedding.</b> When the expected import exceeds the allowed power, loads are shed from the lowest priority up
 * until their power covers the excess. A load inside its re-arm window ({@code minReleaseTime} after its last
 * restore) is passed over (reported as LOCK_REARM with the instant it could be shed) and the next one is taken.
 * <p>
 * <b>Restoring.</b> With no excess, shed loads are restored from the highest priority down while the headroom is at
 * least the load's power plus its hysteresis; each restore uses up its power from the headroom, so two loads never
 * come back on the same watts. A shed holds at least {@code minShedTime}; a load still in that hold keeps its
 * power reserved so that lower-priority loads do not take its place. In PEAK mode the headroom for a restore is
 * measured against the lower of the quarter allowance and the limit itself: a restore binds the load for its
 * re-arm window, which reaches into the next quarter, so an end-of-quarter windfall never brings loads back.
 * <p>
 * <b>What the meter cannot see yet.</b> The expected import is the last meter value minus the power of loads shed
 * since that value, plus the power of loads restored since (a reading taken at the very instant of a command is
 * the one the command was decided on, so it does not show it). A shed the device has not carried out (a load with
 * feedback that reported "not shed", or did not answer within {@code feedbackTimeout}) frees nothing; while its
 * answer is awaited it counts as carried out. A load without feedback counts as shed the moment the shed is
 * commanded. The quarter-hour meter holds this expected import until the next sample.
 * <p>
 * <b>Missing, UNDEF or stale meter data.</b> When the grid power (or, in PEAK and BOTH mode with a counter, the
 * counter) is missing, undefined or older than {@code staleAfter}, the manager sheds nothing new and keeps every
 * current shed for {@code staleRestoreAfter}, counted from its first step on stale data; then it restores each shed
 * load as soon as its hold allows, so that a silent meter never keeps a load off without end. Loads it does nothing
 * to report STALE_METER.
 * <p>
 * <b>Shed budget.</b> A load with {@code maxShedTime}, {@code maxShedsPerDay} or {@code maxShedTimePerDay} (the heat
 * pump Thing's lock budget) is shed only when its budget allows a shed now, and not again before it has run as
 * long as its last shed lasted (LOCK_BUDGET otherwise, with the day's use in the detail); its shed ends when the
 * budget says so. When the shed it holds is the last one the budget allows today, it is not restored while the
 * highest import of the last {@value #RISK_MINUTES} minutes plus the load's power and hysteresis exceeds the
 * limit: a cycling oven's off-phase is no room, and a lock given back then could not be had again.
 * <p>
 * <b>Off</b> (Loxone's Off input, {@link #setOff}). A manager that is off sheds nothing and gives back every shed
 * load as soon as its hold allows, without needing headroom; loads it does nothing to report LOCKED. The holds,
 * re-arm windows and budgets still apply: turning the manager on again right after a restore does not shed that
 * load before its {@code minReleaseTime}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class LoadManager {

    private static final long NONE = SheddableLoad.NONE;
    /**
     * How far back a load holding its last shed of the day looks for import that restoring it could push over the
     * limit: a quarter-hour, so that the off-phase of an oven cycling for minutes does not count as room.
     */
    static final int RISK_MINUTES = 15;
    private static final String NOT_CARRIED_OUT = "; not carried out by the device, not counted as freed";

    private final LoadManagerConfig config;
    private final SheddableLoad[] loads;
    /** Lowest priority first; among equal priorities the later-configured load first. */
    private final SheddableLoad[] shedOrder;
    private final QuarterHourMeter meter;
    private final MonthPeak monthPeak;
    /** The quarter-hour that ended last, null until one ends (it is not part of a snapshot). */
    private @Nullable FinishedQuarter lastQuarter;
    private final long staleMs;
    private final long feedbackTimeoutMs;
    private final long staleRestoreMs;
    private final Supplier<String> staleDetail;
    private final Supplier<String> staleRestoreDetail;
    private static final Supplier<String> OFF_DETAIL = () -> "load manager off: nothing is shed";
    private static final Supplier<String> OFF_RESTORE_DETAIL = () -> "load manager off: given back without needing "
            + "headroom";

    /** Loxone's Off input: nothing is shed, every shed is given back as its hold allows. */
    private boolean off;
    /** Whether sync pulses set the quarters: a restore then takes the saved quarter's offset. */
    private boolean quarterSync;

    // the last grid reading as numbers, not a reading object: the simulator hands one over at every sample
    private boolean readingKnown;
    private double lastReadingWatts;
    /** When the last grid reading was taken, in epoch ms. */
    private long lastReadingAt;
    private long counterAt = NONE;
    /** The meter's own running quarter-hour demand as it reported it last, and the quarter it belongs to. */
    private double meterDemandWatts = Double.NaN;
    private long meterDemandQuarter = NONE;
    /** The first decision that found the meter data stale; NONE while it is fresh. */
    private long staleSinceMs = NONE;

    // the last decision, as result() and command(int) give it; no objects are made for it until they are asked for
    private @Nullable Instant decidedAt;
    private Reason decidedReason = Reason.STALE_METER;
    private double gridWatts = Double.NaN;
    private double importWatts = Double.NaN;
    private double allowedWatts = Double.NaN;
    private double limitWatts;
    private double uncoveredWatts;
    private double monthPeakWatts;
    private Instant quarterStart = Instant.EPOCH;
    private double quarterEnergyWh;
    private long quarterElapsedMs;
    private long quarterMeasuredMs;
    private long wakeUpMs;
    /** The expected import's highest value per minute of the last {@link #RISK_MINUTES}, by minute modulo. */
    private final double[] minutePeaks = new double[RISK_MINUTES];
    /** The newest minute (epoch minutes) in {@link #minutePeaks}; NONE when it is empty. */
    private long peakMinute = NONE;

    public LoadManager(LoadManagerConfig config) {
        this.config = config;
        List<SheddableLoadConfig> configs = config.loads();
        loads = new SheddableLoad[configs.size()];
        for (int i = 0; i < loads.length; i++) {
            loads[i] = new SheddableLoad(configs.get(i), config.zone());
        }
        List<SheddableLoad> order = new ArrayList<>(Arrays.asList(loads));
        // stable sort on priority, then reversed: lowest priority first, later-configured first among equals
        order.sort(Comparator.comparingInt(l -> l.config.priority()));
        Collections.reverse(order);
        shedOrder = order.toArray(new SheddableLoad[0]);
        monthPeak = new MonthPeak(config.zone());
        meter = new QuarterHourMeter(config.zone(), config.quarterOffset(), config.staleAfter(), quarter -> {
            lastQuarter = quarter;
            monthPeak.offer(quarter);
            if (meterDemandQuarter == quarter.start().toEpochMilli()) {
                // the meter's own figure of the quarter that ended: the month peak is never below it
                monthPeak.offerMeterPeak(meterDemandWatts, quarter.start());
            }
        });
        staleMs = config.staleAfter().toMillis();
        feedbackTimeoutMs = config.feedbackTimeout().toMillis();
        staleRestoreMs = config.staleRestoreAfter().toMillis();
        String staleText = "meter data missing, undefined or older than " + TimeText.duration(config.staleAfter())
                + ": sheds kept for up to " + TimeText.duration(config.staleRestoreAfter()) + ", nothing shed";
        staleDetail = () -> staleText;
        String staleRestoreText = "meter data missing, undefined or stale for "
                + TimeText.duration(config.staleRestoreAfter()) + " (staleRestoreAfter): restored without a reading";
        staleRestoreDetail = () -> staleRestoreText;
    }

    public LoadManagerConfig config() {
        return config;
    }

    /**
     * @return the clock quarter-hour that ended last, as measured (its average is what the capacity tariff bills);
     *         null until a quarter ends after the manager was made
     */
    public @Nullable FinishedQuarter lastQuarter() {
        return lastQuarter;
    }

    /** Grid power in the engine's convention (import positive). */
    public void updateGrid(PowerReading reading) {
        updateGrid(reading.at(), reading.watts());
    }

    /**
     * {@link #updateGrid(PowerReading)} without a reading object: W import positive, taken at {@code at}.
     *
     * @throws IllegalArgumentException when {@code importWatts} is not a finite number
     */
    public void updateGrid(Instant at, double importWatts) {
        lastReadingWatts = PowerReading.checkWatts(importWatts);
        readingKnown = true;
        lastReadingAt = at.toEpochMilli();
        meter.addPower(lastReadingAt, importWatts);
    }

    /** Grid power as the meter reports it, converted with the configured sign convention. */
    public void updateGridMeter(double meterWatts, Instant at) {
        updateGrid(at, config.signConvention().toImportWatts(meterWatts));
    }

    /** The grid power item became UNDEF (or NULL) at {@code at}: no current import is known until the next value. */
    public void gridUndefined(Instant at) {
        readingKnown = false;
        meter.powerUndefined(at);
    }

    /**
     * The grid import counter (Loxone Gi). From the first reading on, quarter energy comes from the counter.
     *
     * @param kWh total import in kWh
     * @param at when it was read
     */
    public void updateEnergyCounter(double kWh, Instant at) {
        meter.addCounter(kWh, at);
        counterAt = Math.max(counterAt, at.toEpochMilli());
    }

    /**
     * The month peak the meter itself reports (Belgian meters: the highest quarter-hour demand of the month): this
     * month's peak is never below it, so following the month peak works from the first day.
     *
     * @param watts the meter's month peak in W; a negative or non-finite value is ignored
     */
    public void updateMeterMonthPeak(double watts, Instant at) {
        monthPeak.offerMeterPeak(watts, at);
    }

    /**
     * A sync pulse of the meter's averaging interval (Loxone Tr): a quarter-hour starts at {@code at}, and the
     * quarters keep that offset from the clock's quarter-hours from then on (see {@link QuarterHourMeter#synchronize}).
     */
    public void synchronizeQuarter(Instant at) {
        meter.synchronize(at);
    }

    /**
     * Says that sync pulses ({@link #synchronizeQuarter}) set the quarters: a {@link #restore} then takes the offset
     * of the saved quarter when that quarter still runs, instead of the configured one. Call before the restore.
     */
    public void expectQuarterSync(boolean expect) {
        quarterSync = expect;
    }

    /** @return how long after the clock's quarter-hours the quarters start: configured, or set by a sync pulse */
    public Duration quarterOffset() {
        return meter.quarterOffset();
    }

    /**
     * The running quarter-hour average demand the meter itself reports (Belgian meters: 1-0:1.4.0, the DSMR
     * binding's {@code emeter_actual_demand}). Its last value in a quarter is the meter's figure for that quarter:
     * when the quarter ends, this month's peak is never below it, also where this manager missed meter data.
     *
     * @param watts the meter's demand in W; a negative or non-finite value is ignored
     */
    public void updateMeterQuarterDemand(double watts, Instant at) {
        if (Double.isFinite(watts) && watts >= 0) {
            meterDemandWatts = watts;
            meterDemandQuarter = meter.quarterStartMillis(at.toEpochMilli());
        }
    }

    /** The grid import counter became UNDEF: energy is unknown until the next reading. */
    public void energyCounterUndefined() {
        counterAt = NONE;
        meter.counterUndefined();
    }

    /**
     * Feedback from the device of a load with {@code shedFeedback}: whether the shed is in effect (for the heat
     * pump: whether EVU is really applied, not deferred by its guards).
     *
     * @return true when the report is used; false for a load configured without feedback (its command counts)
     * @throws IllegalArgumentException for a name that is not a configured load
     */
    public boolean reportShedState(String load, boolean shedEffective, Instant at) {
        SheddableLoad target = loadNamed(load);
        if (!target.config.shedFeedback()) {
            return false;
        }
        target.report(shedEffective, at.toEpochMilli());
        return true;
    }

    /**
     * The measured power of a load (openHAB: its {@code loadPowerItem}; for the heat pump the Thing's
     * {@code electric-power} channel). While a measurement at most {@code staleAfter} old is known, shedding the load
     * counts as freeing what it draws, and a load that draws (almost) nothing is not shed: its lock would free
     * nothing. Without a measurement its configured {@code power} is assumed.
     *
     * @throws IllegalArgumentException for a name that is not a configured load
     */
    public void updateLoadPower(String load, double watts, Instant at) {
        loadNamed(load).measure(watts, at.toEpochMilli());
    }

    /** The load's power item went UNDEF: its configured power is assumed again. */
    public void invalidateLoadPower(String load) {
        loadNamed(load).forgetMeasurement();
    }

    /**
     * The heat pump reports its state at every step of a replay: a look through the few loads (the same string
     * instance matches at once) costs less than hashing.
     */
    private SheddableLoad loadNamed(String load) {
        for (SheddableLoad candidate : loads) {
            if (candidate.config.name().equals(load)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("load '" + load + "' is not configured; loads: "
                + config.loads().stream().map(SheddableLoadConfig::name).toList());
    }

    /**
     * Turns the manager off (Loxone's Off input) or on again. While off it sheds nothing and gives back every shed
     * load as soon as its {@code minShedTime} allows; the next decision applies it. Not part of the snapshot: the
     * caller sets it again after a restore.
     *
     * @param off true: off; false: on again
     */
    public void setOff(boolean off) {
        this.off = off;
    }

    /** @return whether the manager is off (see {@link #setOff}) */
    public boolean isOff() {
        return off;
    }

    /** Decides for {@code now}: one command per load, with reasons and figures. */
    public LoadManagerResult step(Instant now) {
        decide(now);
        return result();
    }

    /**
     * Decides for {@code now} exactly as {@link #step} does, but builds no result: for a caller that steps at every
     * meter sample and reads little of it (the simulator replays millions of samples). Read the decision with
     * {@link #isShed(int)}, {@link #command(int)} or {@link #result()}, before the next decision.
     */
    public void decide(Instant now) {
        long t = now.toEpochMilli();
        meter.advanceTo(t);
        for (SheddableLoad load : loads) {
            load.guard.observe(now);
            load.action = SheddableLoad.Action.NONE;
            load.advanceBudget(now);
            endShedAtBudget(now, load);
        }
        meter.measure(t);
        decidedAt = now;
        quarterStart = meter.measuredStart();
        quarterEnergyWh = meter.measuredEnergyWh();
        quarterElapsedMs = meter.measuredElapsedMillis();
        quarterMeasuredMs = meter.measuredMillis();
        // the month of the running quarter: with a quarter offset, the first seconds of a month still belong to
        // the last quarter of the month before
        double peak = monthPeak.peakWatts(meter.measuredStartMillis());
        monthPeakWatts = peak;
        double peakLimit = PeakBudget.effectiveLimit(config, peak);
        long quarterEnd = t - quarterElapsedMs + QuarterHourMeter.QUARTER_MS;

        boolean powerFresh = readingKnown && t - lastReadingAt <= staleMs;
        boolean counterFresh = counterAt != NONE && t - counterAt <= staleMs;
        double grid;
        long readingAt;
        long freshUntil;
        if (powerFresh) {
            grid = lastReadingWatts;
            readingAt = lastReadingAt;
            freshUntil = readingAt + staleMs;
        } else if (counterFresh && !Double.isNaN(meter.counterWatts())) {
            grid = meter.counterWatts();
            readingAt = counterAt;
            freshUntil = counterAt + staleMs;
        } else {
            decidedStale(now, t, peakLimit, quarterEnd);
            return;
        }
        if (config.mode().watchesPeak() && meter.counterMode()) {
            if (!counterFresh) {
                decidedStale(now, t, peakLimit, quarterEnd);
                return;
            }
            freshUntil = Math.min(freshUntil, counterAt + staleMs);
        }
        staleSinceMs = NONE;

        double expected = grid;
        for (SheddableLoad load : loads) {
            expected += load.unseenChange(t, feedbackTimeoutMs, readingAt);
        }
        double peakAllowed = config.mode().watchesPeak()
                ? PeakBudget.allowedWatts(peakLimit, quarterEnergyWh * QuarterHourMeter.JOULES_PER_WH,
                        quarterMeasuredMs, quarterEnd - t)
                : Double.POSITIVE_INFINITY;
        double overloadLimit = config.mode().watchesOverload() ? config.overloadLimit() : Double.POSITIVE_INFINITY;
        double allowed = Math.min(peakAllowed, overloadLimit);
        double restoreLimit = config.mode().watchesPeak() ? Math.min(allowed, peakLimit) : allowed;
        forgetOldPeaks(t);

        Reason overall;
        double uncovered = 0;
        if (off) {
            expected = giveBack(now, t, expected);
            overall = Reason.LOCKED;
        } else if (expected > allowed) {
            overall = expected > overloadLimit ? Reason.SHED_OVERLOAD : Reason.SHED_PEAK;
            double before = expected;
            expected = shed(now, t, expected, allowed, overall);
            uncovered = Math.max(0, expected - allowed);
            long importing = round(before);
            long allowedWatts = round(allowed);
            markShedLoads(now, t, () -> "import " + importing + " W > allowed " + allowedWatts + " W");
        } else {
            double riskLimit = Math.min(config.mode().watchesPeak() ? peakLimit : Double.POSITIVE_INFINITY,
                    overloadLimit);
            expected = restore(now, t, expected, restoreLimit, riskLimit);
            overall = anyRestored() ? Reason.RESTORED : Reason.WITHIN_LIMIT;
        }
        meter.adjustPower(t, expected);
        recordPeak(t, expected);

        decidedReason = overall;
        gridWatts = grid;
        importWatts = expected;
        allowedWatts = allowed;
        limitWatts = config.mode().watchesPeak() ? peakLimit : overloadLimit;
        uncoveredWatts = uncovered;
        wakeUpMs = nextWakeUp(now, t, Math.min(quarterEnd, freshUntil + 1));
    }

    /**
     * The meter data is missing, undefined or stale: nothing is shed; every shed is kept until the data has been stale
     * for {@code staleRestoreAfter}, then each shed load is restored as soon as its hold allows.
     */
    private void decidedStale(Instant now, long t, double peakLimit, long quarterEnd) {
        if (off) {
            decidedOffWithoutData(now, t, peakLimit, quarterEnd);
            return;
        }
        if (staleSinceMs == NONE) {
            staleSinceMs = t;
        }
        long restoreAt = staleSinceMs + staleRestoreMs;
        long wake = quarterEnd;
        for (SheddableLoad load : loads) {
            if (!load.commandedShed()) {
                continue;
            }
            if (load.budget != null) {
                wake = Math.min(wake, load.budgetShedEnd(now).toEpochMilli());
            }
            if (t < restoreAt) {
                wake = Math.min(wake, restoreAt);
            } else if (!restoreUnlessHeld(load, now, staleRestoreDetail)) {
                wake = Math.min(wake, load.guard.earliestRelease(now).toEpochMilli());
            }
        }
        decidedWithoutReading(Reason.STALE_METER, peakLimit, Math.max(wake, t + 1));
    }

    /**
     * Off without meter data: every shed is given back as its hold allows, as with data (the count towards
     * {@code staleRestoreAfter} starts again at the first stale step while on).
     */
    private void decidedOffWithoutData(Instant now, long t, double peakLimit, long quarterEnd) {
        staleSinceMs = NONE;
        giveBack(now, t, Double.NaN);
        decidedWithoutReading(Reason.LOCKED, peakLimit, nextWakeUp(now, t, quarterEnd));
    }

    /** The figures of a decision without a meter reading: no import or allowance is known, nothing is uncovered. */
    private void decidedWithoutReading(Reason reason, double peakLimit, long wakeUp) {
        decidedReason = reason;
        gridWatts = Double.NaN;
        importWatts = Double.NaN;
        allowedWatts = Double.NaN;
        limitWatts = config.mode().watchesPeak() ? peakLimit : config.overloadLimit();
        uncoveredWatts = 0;
        wakeUpMs = wakeUp;
    }

    /**
     * Restores a shed load, saying {@code why}, once its hold allows; until then it stays shed in its hold.
     *
     * @return whether the load was restored
     */
    private static boolean restoreUnlessHeld(SheddableLoad load, Instant now, Supplier<String> why) {
        if (load.guard.canRelease(now)) {
            load.restore(now);
            load.action = SheddableLoad.Action.RESTORED;
            load.detail = why;
            return true;
        }
        load.action = SheddableLoad.Action.HOLD;
        load.detail = load.holdDetail;
        return false;
    }

    /**
     * Off: gives back every shed load whose hold is over, without needing headroom (a shed the manager no longer
     * wants must not wait for room); a load in its hold stays shed until its end. Returns the expected import after
     * it.
     */
    private double giveBack(Instant now, long t, double expected) {
        double result = expected;
        for (SheddableLoad load : loads) {
            if (!load.commandedShed()) {
                continue;
            }
            boolean freed = load.believedOff(t, feedbackTimeoutMs);
            if (restoreUnlessHeld(load, now, OFF_RESTORE_DETAIL) && freed) {
                result += load.config.power();
            }
        }
        return result;
    }

    /** @return the last decision's {@link LoadManagerResult#nextWakeUp()}: when to decide again at the latest */
    public Instant nextWakeUp() {
        return Instant.ofEpochMilli(nextWakeUpMillis());
    }

    /** @return {@link #nextWakeUp()} in epoch milliseconds, for a caller that decides at every sample */
    public long nextWakeUpMillis() {
        decided();
        return wakeUpMs;
    }

    /**
     * @return whether the last decision sheds the load at {@code index} (configuration order); as the
     *         {@link LoadCommand#on()} of its command
     */
    public boolean isShed(int index) {
        return loads[index].commandedShed();
    }

    /** @return the last decision's command for the load at {@code index} (configuration order) */
    public LoadCommand command(int index) {
        return loads[index].command(decided(), otherwise(), sharedDetail());
    }

    /** @return the last decision, with its figures */
    public LoadManagerResult result() {
        Instant now = decided();
        Reason otherwise = otherwise();
        Supplier<String> shared = sharedDetail();
        LoadCommand[] commands = new LoadCommand[loads.length];
        for (int i = 0; i < loads.length; i++) {
            commands[i] = loads[i].command(now, otherwise, shared);
        }
        return new LoadManagerResult(now, decidedReason, List.of(commands), gridWatts, importWatts, allowedWatts,
                limitWatts, uncoveredWatts,
                new QuarterStatus(quarterStart, quarterEnergyWh, quarterElapsedMs, quarterMeasuredMs),
                monthPeakWatts, Instant.ofEpochMilli(wakeUpMs));
    }

    private Instant decided() {
        Instant at = decidedAt;
        if (at == null) {
            throw new IllegalStateException("nothing decided yet: call step or decide first");
        }
        return at;
    }

    /** @return the reason of a load the decision did nothing to */
    private Reason otherwise() {
        return decidedReason == Reason.STALE_METER || decidedReason == Reason.LOCKED ? decidedReason
                : Reason.WITHIN_LIMIT;
    }

    /** @return the detail of a load the decision did nothing to: the step's import and allowed power */
    private Supplier<String> sharedDetail() {
        if (decidedReason == Reason.STALE_METER) {
            return staleDetail;
        }
        if (decidedReason == Reason.LOCKED) {
            return OFF_DETAIL;
        }
        long importing = round(importWatts);
        long allowed = round(allowedWatts);
        return () -> "import " + importing + " W, allowed " + allowed + " W";
    }

    /**
     * Restores shed loads from the highest priority down while the headroom allows; a load in its hold keeps its
     * need reserved, a load that does not fit stops the restoring. Returns the expected import after it.
     */
    private double restore(Instant now, long t, double expected, double restoreLimit, double riskLimit) {
        double headroom = restoreLimit - expected;
        // the risk window's peak, worked out at the first shed load: most steps have none
        double recentPeak = Double.NaN;
        double result = expected;
        boolean blocked = false;
        for (int i = shedOrder.length - 1; i >= 0; i--) {
            SheddableLoad load = shedOrder[i];
            if (!load.commandedShed()) {
                continue;
            }
            if (Double.isNaN(recentPeak)) {
                recentPeak = Math.max(expected, recentPeak());
            }
            // a shed the device never carried out freed nothing: cancelling it needs no headroom
            boolean freed = load.believedOff(t, feedbackTimeoutMs);
            double need = freed ? load.config.power() + load.config.restoreHysteresis() : 0;
            if (!load.guard.canRelease(now)) {
                load.action = SheddableLoad.Action.HOLD;
                load.detail = load.holdDetail;
                headroom -= need;
            } else if (freed && recentPeak + need > riskLimit && load.holdsLastShedToday(now)) {
                load.action = SheddableLoad.Action.LAST_SHED_KEPT;
                headroom -= need;
                long peak = round(recentPeak);
                long limit = round(riskLimit);
                long needed = round(need);
                load.detail = () -> "the last shed its budget allows today (" + load.budgetUse()
                        + "), kept: import up to " + peak + " W in the last " + RISK_MINUTES + " min + " + needed
                        + " W > limit " + limit + " W";
            } else if (!blocked && headroom >= need) {
                load.restore(now);
                load.action = SheddableLoad.Action.RESTORED;
                long room = round(headroom);
                SheddableLoadConfig restored = load.config;
                load.detail = freed
                        ? () -> "headroom " + room + " W >= power " + round(restored.power()) + " W + hysteresis "
                                + round(restored.restoreHysteresis()) + " W"
                        : () -> "the device never carried the shed out: ended without needing headroom";
                if (freed) {
                    result += load.config.power();
                    headroom -= load.config.power();
                }
            } else {
                blocked = true;
                load.action = SheddableLoad.Action.WAITING;
                long room = round(headroom);
                String needed = load.needSuffix;
                load.detail = () -> "headroom " + room + needed + (freed ? "" : NOT_CARRIED_OUT);
            }
        }
        return result;
    }

    /**
     * Ends a shed that reached the end its budget gives it ({@code maxShedTime}, or the day's shed time used up),
     * as soon as its hold allows: the device's guard would end it then too.
     */
    private void endShedAtBudget(Instant now, SheddableLoad load) {
        if (!load.commandedShed() || load.budgetShedEnd(now).isAfter(now) || !load.guard.canRelease(now)) {
            return;
        }
        load.restore(now);
        load.action = SheddableLoad.Action.BUDGET_RESTORED;
        load.detail = () -> "restored: the shed reached the end its budget allows (" + load.budgetUse() + ")";
    }

    /** Drops the minutes that have left the risk window by {@code t}. */
    private void forgetOldPeaks(long t) {
        long minute = Math.floorDiv(t, 60_000L);
        if (peakMinute == NONE || minute <= peakMinute) {
            return;
        }
        if (minute - peakMinute >= RISK_MINUTES) {
            Arrays.fill(minutePeaks, Double.NEGATIVE_INFINITY);
        } else {
            for (long m = peakMinute + 1; m <= minute; m++) {
                minutePeaks[(int) Math.floorMod(m, RISK_MINUTES)] = Double.NEGATIVE_INFINITY;
            }
        }
        peakMinute = minute;
    }

    /** Notes the expected import after a decision at {@code t} (after {@link #forgetOldPeaks}). */
    private void recordPeak(long t, double watts) {
        long minute = Math.floorDiv(t, 60_000L);
        if (peakMinute == NONE) {
            Arrays.fill(minutePeaks, Double.NEGATIVE_INFINITY);
            peakMinute = minute;
        }
        // a clock that went back books into the newest minute: the window never reaches into the future
        int slot = (int) Math.floorMod(Math.min(minute, peakMinute), RISK_MINUTES);
        minutePeaks[slot] = Math.max(minutePeaks[slot], watts);
    }

    /** @return the highest expected import of the last {@link #RISK_MINUTES}; -infinity when none is known */
    private double recentPeak() {
        double peak = Double.NEGATIVE_INFINITY;
        if (peakMinute != NONE) {
            for (double minutePeak : minutePeaks) {
                peak = Math.max(peak, minutePeak);
            }
        }
        return peak;
    }

    private boolean anyRestored() {
        for (SheddableLoad load : loads) {
            if (load.action == SheddableLoad.Action.RESTORED) {
                return true;
            }
        }
        return false;
    }

    /** @return the earliest of {@code candidate}, every load's next change and every feedback deadline; after t */
    private long nextWakeUp(Instant now, long t, long candidate) {
        long wake = candidate;
        for (SheddableLoad load : loads) {
            long deadline = load.feedbackDeadline(t, feedbackTimeoutMs);
            if (deadline != NONE) {
                wake = Math.min(wake, deadline);
            }
            Instant next = load.nextChange(now);
            if (next != null) {
                wake = Math.min(wake, next.toEpochMilli());
            }
            if (load.budget != null && load.commandedShed()) {
                wake = Math.min(wake, load.budgetShedEnd(now).toEpochMilli());
            }
        }
        return Math.max(wake, t + 1);
    }

    /**
     * Sheds from the lowest priority up until the excess is covered; returns the expected import after it. A load
     * whose measured power says it draws (almost) nothing is passed over: its lock would be spent on nothing.
     */
    private double shed(Instant now, long t, double expected, double allowed, Reason why) {
        double remaining = expected;
        for (SheddableLoad load : shedOrder) {
            if (remaining <= allowed) {
                break;
            }
            if (load.commandedShed() || load.believedOff(t, feedbackTimeoutMs)
                    || load.action == SheddableLoad.Action.BUDGET_RESTORED) {
                continue;
            }
            double frees = load.freeableWatts(t, staleMs);
            Instant budgetAllows = load.budgetAllowsShedFrom(now);
            if (load.measured(t, staleMs) && frees < load.idleBelowWatts()) {
                load.action = SheddableLoad.Action.IDLE;
                long draws = round(frees);
                long idle = round(load.idleBelowWatts());
                load.detail = () -> "draws " + draws + " W (measured), below " + idle
                        + " W: shedding it would free nothing";
            } else if (budgetAllows.isAfter(now)) {
                load.action = SheddableLoad.Action.BUDGET_SPENT;
                long uncovered = round(remaining - allowed);
                load.detail = () -> "needed to cover " + uncovered + " W, but its shed budget allows no shed "
                        + (load.budgetSpentForToday(budgetAllows) ? "today"
                                : "before " + TimeText.time(budgetAllows, now, config.zone()))
                        + " (" + load.budgetUse() + ")";
            } else if (load.guard.canLock(now)) {
                load.shed(now, why, frees);
                load.action = SheddableLoad.Action.SHED;
                if (load.believedOff(t, feedbackTimeoutMs)) {
                    remaining -= frees;
                }
            } else {
                load.action = SheddableLoad.Action.REARM_BLOCKED;
                long uncovered = round(remaining - allowed);
                load.detail = () -> "needed to cover " + uncovered + " W, but restored less than minReleaseTime ago";
            }
        }
        return remaining;
    }

    /** Labels the loads that stay shed in a step that sheds. */
    private void markShedLoads(Instant now, long t, Supplier<String> arithmetic) {
        for (SheddableLoad load : loads) {
            if (load.action == SheddableLoad.Action.SHED) {
                long power = round(load.shedWatts());
                String measured = load.measured(t, staleMs) ? " (measured)" : "";
                String awaiting = load.awaitingFeedback(t, feedbackTimeoutMs) ? ", awaiting the device" : "";
                load.detail = () -> arithmetic.get() + ": shed " + power + " W" + measured + awaiting;
            } else if (load.commandedShed()) {
                boolean hold = !load.guard.canRelease(now);
                load.action = hold ? SheddableLoad.Action.HOLD : SheddableLoad.Action.WAITING;
                String notCarriedOut = load.believedOff(t, feedbackTimeoutMs) ? "" : NOT_CARRIED_OUT;
                load.detail = () -> arithmetic.get() + notCarriedOut;
            }
        }
    }

    private static long round(double watts) {
        return Math.round(watts);
    }

    /** @return the state to save across a restart */
    public LoadManagerSnapshot snapshot() {
        List<LoadManagerSnapshot.LoadState> states = new ArrayList<>(loads.length);
        for (SheddableLoad load : loads) {
            LockBudget budget = load.budget;
            states.add(new LoadManagerSnapshot.LoadState(load.config.name(), load.guard.snapshot(),
                    budget == null ? null : budget.snapshot()));
        }
        return new LoadManagerSnapshot(monthPeak.snapshot(), meter.snapshot(), states, lastQuarter);
    }

    /**
     * Restores the state saved by {@link #snapshot()} after a restart. The month peak is kept when its month is
     * not in the future; the quarter energy only when its quarter is still running at {@code now}; each load's
     * lock history when saved and consistent, otherwise the guard assumes the most restrictive history (a lock
     * that just ended: the load cannot be shed for its {@code minReleaseTime}). Meter values are not saved: the
     * manager is stale until fresh data arrives, and a load with feedback waits for its device's report.
     *
     * @return true when every part was taken over as saved
     */
    public boolean restore(LoadManagerSnapshot snapshot, Instant now) {
        boolean all = monthPeak.restore(snapshot.monthPeak(), now);
        all &= meter.restore(snapshot.quarter(), now, quarterSync);
        // the last finished quarter still is the last one only when the restart falls in the quarter after it
        FinishedQuarter saved = snapshot.lastQuarter();
        lastQuarter = saved != null && saved.end().toEpochMilli() == meter.quarterStartMillis(now.toEpochMilli())
                ? saved
                : null;
        readingKnown = false;
        counterAt = NONE;
        staleSinceMs = NONE;
        long t = now.toEpochMilli();
        for (SheddableLoad load : loads) {
            LoadManagerSnapshot.LoadState state = snapshot.load(load.config.name());
            all &= load.guard.restore(state == null ? null : state.guard(), now);
            all &= load.restoreBudget(state == null ? null : state.budget(),
                    state != null && state.guard().lockStart() == null, now);
            load.restored(t);
        }
        return all;
    }
}
