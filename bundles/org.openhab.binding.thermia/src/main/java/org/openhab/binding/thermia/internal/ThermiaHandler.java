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
package org.openhab.binding.thermia.internal;

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.thermia.internal.RelayDriver.Confirmed;
import org.openhab.binding.thermia.internal.ThermiaConfiguration.RelayOutputKind;
import org.openhab.binding.thermia.internal.modbus.GenesisPoller;
import org.openhab.binding.thermia.internal.modbus.ModbusEndpoint;
import org.openhab.binding.thermia.internal.modbus.ModbusRelayConfig;
import org.openhab.binding.thermia.internal.modbus.ModbusRelayOutput;
import org.openhab.binding.thermia.internal.relay.ChannelRelayOutput;
import org.openhab.binding.thermia.internal.relay.RelayOutput;
import org.openhab.binding.thermia.internal.relay.RelayOutputException;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.arbiter.ExpiredRequest;
import org.openhab.smartgrid.core.arbiter.ModeSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.mode.WiringCheck;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of a {@code thermia:heatpump} Thing. It only translates: channel commands become requests of the
 * core's {@link SgController}, each step's result becomes relay writes, channel states and log lines, and the
 * controller's next step instant becomes a timer on the handler's scheduler. Every decision (arbitration, guards,
 * deferral timing, lock budget) is the controller's.
 * <p>
 * The guard history, the manual override and the last requests are saved in openHAB's storage after every
 * change and restored in {@link #initialize()}, so the guards continue across a restart. A restored request is
 * confirmed by the state of its linked item ({@link LinkedItemStates}) or by a fresh command; otherwise the core ends
 * it {@code maxGridLockMinutes} after it was switched ON ({@link RequestChannels}).
 * <p>
 * The relays are written by a {@link RelayDriver}: a Modbus relay module on the scheduler (never on the thread that
 * delivers a command), one write at a time, retried with a {@link Backoff} while it fails, the Thing OFFLINE
 * (COMMUNICATION_ERROR) meanwhile. With {@code genesisHost} set, a {@link GenesisMonitor} polls the heat pump; its
 * failures never take the Thing offline (monitoring is optional), they only add a note to the status.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThermiaHandler extends BaseThingHandler {

    /** The channels a REFRESH makes current with a step (the core counts a running lock up to the step). */
    private static final Set<String> LIVE_CHANNELS = Set.of(CHANNEL_LOCK_TIME_TODAY, CHANNEL_LOCKS_TODAY,
            CHANNEL_NEXT_CHANGE);

    private final Logger logger = LoggerFactory.getLogger(ThermiaHandler.class);
    private final StorageService storageService;
    private final LinkedItemStates linkedItems;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final Object lock = new Object();
    private final StatusBoard status = new StatusBoard(
            info -> updateStatus(info.getStatus(), info.getStatusDetail(), info.getDescription()));

    private @Nullable SgController controller;
    private @Nullable RelayControl relays;
    private @Nullable GenesisMonitor monitor;
    private @Nullable ControllerStore store;
    private final StepTimer stepTimer;
    private @Nullable SgStepResult lastStep;
    private @Nullable String lastEvent;
    private @Nullable Duration overrideExpiry;

    /**
     * @param thing the Thing
     * @param storageService where the guard state survives restarts
     * @param clock the time source; its zone is the zone whose midnight resets the daily lock counters
     */
    public ThermiaHandler(Thing thing, StorageService storageService, Clock clock) {
        this(thing, storageService, clock, LinkedItemStates.NONE, null);
    }

    /** @param linkedItems the states of the items linked to a channel, read to confirm restored requests */
    public ThermiaHandler(Thing thing, StorageService storageService, Clock clock, LinkedItemStates linkedItems) {
        this(thing, storageService, clock, linkedItems, null);
    }

    /** @param timers the scheduler for the controller's steps; null for the handler's own {@code scheduler} */
    ThermiaHandler(Thing thing, StorageService storageService, Clock clock,
            @Nullable ScheduledExecutorService timers) {
        this(thing, storageService, clock, LinkedItemStates.NONE, timers);
    }

    /**
     * @param timers the scheduler for the controller's steps and the relay output, null for the handler's own
     *            {@code scheduler} (tests and the differential test drive it on a virtual clock)
     */
    public ThermiaHandler(Thing thing, StorageService storageService, Clock clock, LinkedItemStates linkedItems,
            @Nullable ScheduledExecutorService timers) {
        super(thing);
        this.storageService = storageService;
        this.linkedItems = linkedItems;
        this.clock = clock;
        this.timers = timers == null ? scheduler : timers;
        this.stepTimer = new StepTimer(this.timers, this::onTimer);
    }

    @Override
    public void initialize() {
        ThermiaConfiguration config;
        SgController created;
        GuardConfig guards;
        try {
            config = ThermiaConfiguration.read(thing.getConfiguration().getProperties());
            guards = config.guardConfig();
            created = new SgController(guards, config.pvSurplusMode(), clock.getZone(), config.maxGridLock());
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.getMessage());
            return;
        }
        if (!config.retired().isEmpty()) {
            logger.warn("{}: parameters {} are no longer used and are ignored; remove them from the configuration",
                    thing.getUID(), config.retired());
        }
        Duration designLock = config.designLockTime();
        RelayOutputKind kind = config.relayOutputKind();
        @Nullable
        ControllableConsumer consumer = config.controllableConsumer();
        RelayOutput output;
        try {
            output = createRelayOutput(kind, config);
        } catch (RelayOutputException | IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.getMessage());
            return;
        }
        updateProperty(PROPERTY_DAILY_LOCK_LIMIT, guards.dailyLockLimit().toMinutes() + " min");
        updateProperty(PROPERTY_CONTROLLABLE_CONSUMER,
                consumer == null ? null : SizingStatus.classification(consumer));
        String sizing = SizingStatus.warning(guards, designLock, config.designLockHours());
        if (sizing != null) {
            logger.warn("{}: {}", thing.getUID(), sizing);
        }
        synchronized (lock) {
            Storage<String> storage = storageService.getStorage("thermia." + thing.getUID(),
                    getClass().getClassLoader());
            ControllerStore saved = new ControllerStore(storage);
            store = saved;
            relays = new RelayControl(thing.getUID().toString(), output, timers, clock, status, this::updateState,
                    config.relayReadBack());
            overrideExpiry = config.overrideExpiry();
            lastStep = null;
            lastEvent = null;
            controller = created;
            Instant now = clock.instant();
            GuardEvent restored = saved.restore(created, now);
            // the first step reports the restore event again, with the wanted mode: it is logged there
            logger.debug("{}: {}; requests {}", thing.getUID(), restored.detail(clock.getZone()), created.requests());
            for (String line : RequestChannels.confirmByLinkedItems(created, thing.getUID(), linkedItems, now,
                    clock.getZone())) {
                logger.info("{}: {}", thing.getUID(), line);
            }
            // UNKNOWN until the relays confirm the first write (at once for the relay channels)
            status.start(sizing);
            step();
            startGenesisMonitoring(config);
        }
    }

    @Override
    public void dispose() {
        stopGenesisMonitoring();
        synchronized (lock) {
            stepTimer.cancel();
            RelayControl current = relays;
            if (current != null) {
                current.close();
            }
            relays = null;
            controller = null;
            store = null;
        }
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        synchronized (lock) {
            RelayControl current = relays;
            if (current != null && current.linked(channelUID.getId())) {
                return;
            }
        }
        super.channelLinked(channelUID);
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(ThermiaActions.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String id = channelUID.getId();
        synchronized (lock) {
            SgController current = controller;
            if (current == null) {
                return;
            }
            if (command instanceof RefreshType) {
                if (LIVE_CHANNELS.contains(id)) {
                    step();
                } else {
                    refresh(id, current);
                }
                return;
            }
            Instant now = clock.instant();
            switch (id) {
                case CHANNEL_GRID_LOCK, CHANNEL_PEAK_SHED, CHANNEL_PV_BOOST, CHANNEL_COMFORT_REQUEST -> {
                    if (!(command instanceof OnOffType onOff)) {
                        logger.warn("{}: channel {} takes ON or OFF, ignoring '{}'", thing.getUID(), id, command);
                        return;
                    }
                    request(current, id, onOff == OnOffType.ON, now);
                }
                case CHANNEL_SG_MODE -> {
                    ModeOverride override;
                    try {
                        override = ModeOverride.fromCommand(command);
                    } catch (IllegalArgumentException e) {
                        logger.warn("{}: {}; command ignored", thing.getUID(), e.getMessage());
                        return;
                    }
                    override(current, override, overrideExpiry, now);
                }
                case CHANNEL_RELAY_SG1, CHANNEL_RELAY_SG2 -> {
                    RelayControl output = relays;
                    if (output != null) {
                        output.reported(id, command);
                    }
                    return;
                }
                default -> {
                    logger.debug("{}: channel {} is read-only, ignoring '{}'", thing.getUID(), id, command);
                    return;
                }
            }
            step();
        }
    }

    private void request(SgController current, String id, boolean active, Instant now) {
        switch (id) {
            case CHANNEL_GRID_LOCK -> current.setGridLock(active, now);
            case CHANNEL_PEAK_SHED -> current.setPeakShed(active, now);
            case CHANNEL_PV_BOOST -> current.setPvSurplus(active, now);
            default -> current.setComfortRequest(active, now);
        }
    }

    private void override(SgController current, ModeOverride override, @Nullable Duration expiry, Instant now) {
        if (override instanceof ModeOverride.Force force) {
            Instant until = expiry == null ? null : now.plus(expiry);
            current.setManualOverride(force.mode(), until, now);
            logger.info("{}: manual override {} {}", thing.getUID(), force.mode(),
                    until == null || expiry == null ? "until AUTO"
                            : "until " + time(until, now) + " (" + TimeText.duration(expiry) + ")");
        } else {
            current.releaseManualOverride(now);
            logger.info("{}: manual override released (AUTO)", thing.getUID());
        }
    }

    private void refresh(String id, SgController current) {
        SgStepResult step = lastStep;
        if (step == null) {
            return;
        }
        State state = StepStates.of(step, lastEvent).get(id);
        if (state == null && !RequestChannels.isProvisional(current, id)) {
            // a provisional request is not published: its item's state would confirm it at the next initialize
            state = StepStates.of(current.requests()).get(id);
        }
        if (state != null) {
            updateState(id, state);
        } else if (!channelsAreOutput() && (CHANNEL_RELAY_SG1.equals(id) || CHANNEL_RELAY_SG2.equals(id))) {
            // a status only for other outputs: on the relay channels a state would overwrite the relay item's own
            SgMode mode = approvedMode();
            if (mode != null) {
                updateState(id, CHANNEL_RELAY_SG1.equals(id) ? RelayStates.sg1(mode) : RelayStates.sg2(mode));
            }
        }
    }

    /**
     * A manual override from a rule action.
     *
     * @param override the mode to force, or the release
     * @param duration how long a forced mode holds, null until {@code AUTO}
     * @return the step after the change
     * @throws IllegalStateException when the Thing is not running
     */
    public SgStepResult applyOverride(ModeOverride override, @Nullable Duration duration) {
        synchronized (lock) {
            SgController current = running();
            override(current, override, duration, clock.instant());
            return step();
        }
    }

    /**
     * @return the last step, empty before the first one or when the Thing is not running
     */
    public Optional<SgStepResult> lastStep() {
        synchronized (lock) {
            return controller == null ? Optional.empty() : Optional.ofNullable(lastStep);
        }
    }

    /** @return the instant as a person reads it: local time of openHAB's zone, with the date on another day */
    private String time(Instant at, Instant now) {
        return TimeText.time(at, now, clock.getZone());
    }

    /** @return the time source of this handler (its zone is the Thing's day) */
    public Clock clock() {
        return clock;
    }

    /** @return the mode the relay output last confirmed, null before the first write or after a failure */
    public @Nullable SgMode approvedMode() {
        RelayControl current = relays;
        Confirmed confirmed = current == null ? null : current.confirmed();
        return confirmed == null ? null : confirmed.mode();
    }

    private boolean channelsAreOutput() {
        RelayControl current = relays;
        return current != null && current.channelsAreOutput();
    }

    /** @return the relay writer, null when the Thing is not running (for tests) */
    @Nullable
    RelayDriver relayDriver() {
        RelayControl current = relays;
        return current == null ? null : current.driver();
    }

    /** @return the Genesis monitor, null without a Genesis connection (for tests) */
    @Nullable
    GenesisMonitor genesisMonitor() {
        return monitor;
    }

    private SgController running() {
        SgController current = controller;
        if (current == null) {
            throw new IllegalStateException("Thing " + thing.getUID() + " is not running (status "
                    + thing.getStatus() + "): check its configuration");
        }
        return current;
    }

    /** Runs one controller step now: relays, channels, storage, next timer. Call under {@link #lock}. */
    private SgStepResult step() {
        SgController current = running();
        Instant now = clock.instant();
        SgStepResult result = current.step(now);
        lastStep = result;
        ZoneId zone = clock.getZone();
        for (GuardEvent event : result.events()) {
            String detail = event.detail(zone);
            lastEvent = detail;
            logger.info("{}: {} | wanted {} by {} since {}", thing.getUID(), detail, result.wanted(), result.source(),
                    time(result.wantedSince(), now));
        }
        for (ExpiredRequest ended : result.expiredRequests()) {
            // after the guard events: last-event says why the relays changed
            String detail = ended.detail(zone);
            lastEvent = detail;
            logger.info("{}: {}", thing.getUID(), detail);
            updateState(RequestChannels.channelOf(ended.source()), OnOffType.OFF);
        }
        if (logger.isDebugEnabled()) {
            Instant wantedAt = result.wantedAt();
            logger.debug("{}: {}; relays {}, wanted at {}, next step at {}", thing.getUID(),
                    result.arbitration().detail(now, zone), result.effective(),
                    wantedAt == null ? "-" : time(wantedAt, now), time(result.nextStepAt(), now));
        }
        RelayControl output = relays;
        if (output != null) {
            // a failed output is retried by the driver itself, with backoff, always with its latest mode; the grid
            // operator's lock as soon as the output can take it
            output.drive(result.effective(), result.source() == ModeSource.GRID_LOCK);
        }
        StepStates.of(result, lastEvent).forEach(this::updateState);
        ControllerStore saved = store;
        if (saved != null) {
            saved.save(current);
        }
        stepTimer.at(result.stepAgainAt(), now);
        return result;
    }

    private void onTimer() {
        synchronized (lock) {
            if (controller != null) {
                step();
            }
        }
    }

    /**
     * Creates the relay output the configuration asks for.
     *
     * @throws RelayOutputException when the output cannot be created; the Thing goes OFFLINE (configuration)
     * @throws IllegalArgumentException naming a relay parameter out of range; the Thing goes OFFLINE (configuration)
     */
    protected RelayOutput createRelayOutput(RelayOutputKind kind, ThermiaConfiguration config)
            throws RelayOutputException {
        return kind == RelayOutputKind.MODBUS ? createModbusRelayOutput(config)
                : new ChannelRelayOutput(this::postCommand);
    }

    /**
     * @throws IllegalArgumentException naming the relay parameter that is out of range
     */
    private RelayOutput createModbusRelayOutput(ThermiaConfiguration config) {
        return new ModbusRelayOutput(new ModbusRelayConfig(config.relayHost(), config.relayPort(),
                config.relayUnitId(), config.relayCoilSg1(), config.relayCoilSg2()));
    }

    /** Starts polling the heat pump when {@code genesisHost} is set. Call under {@link #lock}. */
    private void startGenesisMonitoring(ThermiaConfiguration config) {
        if (!config.hasGenesisConnection()) {
            return;
        }
        GenesisPoller poller = new GenesisPoller(
                ModbusEndpoint.of(config.genesisHost(), config.genesisPort(), config.genesisUnitId()));
        RelayControl current = relays;
        Supplier<@Nullable Confirmed> commanded = () -> current == null ? null : current.confirmed();
        GenesisMonitor started = new GenesisMonitor(thing.getUID().toString(), poller,
                new WiringCheck(config.wiringGraceTime(), clock.getZone()), clock, commanded, new GenesisSink());
        monitor = started;
        started.start(timers, config.pollInterval());
    }

    /** Cancels the polls and closes the Genesis connection. */
    private void stopGenesisMonitoring() {
        GenesisMonitor current;
        synchronized (lock) {
            current = monitor;
            monitor = null;
        }
        if (current != null) {
            // outside the lock: closing waits for a poll in progress
            current.stop();
        }
    }

    /** Publishes the Genesis polls. */
    private final class GenesisSink implements GenesisMonitor.Sink {
        @Override
        public void state(String channelId, State state) {
            updateState(channelId, state);
        }

        @Override
        public void note(@Nullable String note) {
            status.note(StatusBoard.Part.GENESIS, note);
        }

        @Override
        public void wiring(@Nullable String note) {
            status.note(StatusBoard.Part.WIRING, note);
        }

        @Override
        public void redrive() {
            RelayControl output = relays;
            if (output != null) {
                output.redrive();
            }
        }
    }
}
