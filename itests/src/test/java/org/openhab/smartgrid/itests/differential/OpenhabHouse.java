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
package org.openhab.smartgrid.itests.differential;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.EnergyManagerConstants;
import org.openhab.automation.energymanager.internal.factory.EnergyManagerModuleHandlerFactory;
import org.openhab.automation.energymanager.internal.handler.TriggerOutputs;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.binding.thermia.internal.LinkedItemStates;
import org.openhab.binding.thermia.internal.ThermiaHandler;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.TriggerHandlerCallback;
import org.openhab.core.automation.util.ModuleBuilder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.i18n.LocationProvider;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.SgController;
import org.openhab.smartgrid.core.SgControllerSnapshot;
import org.openhab.smartgrid.core.SgStepResult;
import org.openhab.smartgrid.core.config.ParameterValues;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.guard.GuardEvent;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;
import org.openhab.smartgrid.core.meter.SignConvention;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.ManagerSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The house as openHAB runs it, with the add-ons' real code: the heat pump Thing's {@link ThermiaHandler} and the
 * automation add-on's module handler factory, trigger handlers and managers, on mocked openHAB services (items,
 * storage, time zone, location), a {@link VirtualTime} for clock, scheduler and event bus, and rules as a user
 * writes them:
 * <ul>
 * <li>one rule per load of the simulator's configuration, its trigger configured with the configuration's values
 * (read through the core's parameter model, so with openHAB's names); the boost load's rule commands the Thing's
 * {@code pv-boost}, the heat pump's shed rule its {@code peak-shed}; a relay load's rule commands its relay item,
 * whose state (ON = shed) is the load's shed feedback when it has one;</li>
 * <li>the utility's lock item commands the Thing's {@code grid-lock} when it changes;</li>
 * <li>the Thing's {@code sg-mode} channel is linked to the heat pump load's {@code shedFeedbackItem}: every state the
 * Thing publishes there is an item state event.</li>
 * </ul>
 * openHAB starts at the first sample: the Thing initializes from a storage that holds a quiet guard history, then
 * the rules are enabled (no item has a state yet), then the samples come.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class OpenhabHouse {

    private static final ThingUID HEAT_PUMP = new ThingUID(THING_TYPE_HEATPUMP, "hp");

    private final SimulationConfig config;
    private final DecisionLog log;
    /** Whether the Thing's step that just published sg-mode was a heat pump decision, waiting for its last-event. */
    private boolean decided;
    private final VirtualTime time;
    private final ManagerRegistry registry;
    private final EnergyManagerModuleHandlerFactory factory;
    private final ThermiaHandler heatPump;
    private final String gridItem;
    private final @Nullable String modeItem;
    /** The load manager's heat pump load's loadPowerItem, null when it has none. */
    private final @Nullable String heatPumpPowerItem;
    private final SignConvention gridSign;
    private boolean gridLock;

    OpenhabHouse(SimulationConfig config, Instant start, DecisionLog log) {
        this.config = config;
        this.log = log;
        ZoneId zone = config.house().timeZone();
        time = new VirtualTime(start, zone);
        gridItem = gridItem(config);
        modeItem = modeItem(config);
        heatPumpPowerItem = config.sheddableLoads().stream()
                .filter(load -> load.name().equals(config.house().shedLoad()) && load.hasLoadPowerItem())
                .map(load -> load.wiring().get(SheddableLoadParameters.LOAD_POWER_ITEM)).findFirst().orElse(null);
        ManagerSetup energyManager = config.energyManager();
        ManagerSetup loadManager = config.loadManager();
        gridSign = energyManager != null ? energyManager.wiring().get(EnergyManagerParameters.GRID_SIGN)
                : loadManager != null ? loadManager.wiring().get(LoadManagerParameters.GRID_SIGN)
                        : SignConvention.IMPORT_POSITIVE;

        ItemRegistry items = mock(ItemRegistry.class);
        try {
            when(items.getItem(anyString())).thenThrow(new ItemNotFoundException("no state yet"));
        } catch (ItemNotFoundException e) {
            throw new AssertionError(e);
        }
        TimeZoneProvider timeZone = mock(TimeZoneProvider.class);
        when(timeZone.getTimeZone()).thenReturn(zone);
        LocationProvider location = mock(LocationProvider.class);
        when(location.getLocation()).thenReturn(new PointType(new DecimalType(config.house().latitude()),
                new DecimalType(config.house().longitude())));
        StorageService storage = storage(quietHistory(config, start));
        // the simulator's rules name no status items: nothing is posted, the decisions are what is compared
        registry = new ManagerRegistry(items, mock(EventPublisher.class), timeZone, location, storage, time.clock());
        factory = new EnergyManagerModuleHandlerFactory(registry);

        Thing thing = ThingBuilder.create(THING_TYPE_HEATPUMP, HEAT_PUMP)
                .withConfiguration(new Configuration(new LinkedHashMap<>(config.guard().canonical()))).build();
        heatPump = new ThermiaHandler(thing, storage, time.clock(), LinkedItemStates.NONE, time.scheduler());
        heatPump.setCallback(thingCallback());
        heatPump.initialize();
        time.deliver();

        ManagerSetup energy = config.energyManager();
        if (energy != null) {
            for (LoadSetup load : energy.loads()) {
                enable(EnergyManagerConstants.SURPLUS_LOAD_TRIGGER, energy, load,
                        load.name().equals(config.house().boostLoad()) ? CHANNEL_PV_BOOST : null);
            }
        }
        ManagerSetup peak = config.loadManager();
        if (peak != null) {
            for (LoadSetup load : peak.loads()) {
                enable(EnergyManagerConstants.PEAK_LOAD_TRIGGER, peak, load,
                        load.name().equals(config.house().shedLoad()) ? CHANNEL_PEAK_SHED : null);
            }
        }
    }

    /** The grid meter item both managers read (the simulator has one meter). */
    private static String gridItem(SimulationConfig config) {
        ManagerSetup energy = config.energyManager();
        ManagerSetup peak = config.loadManager();
        String energyGrid = energy == null ? null : energy.wiring().get(EnergyManagerParameters.GRID_ITEM);
        String peakGrid = peak == null ? null : peak.wiring().get(LoadManagerParameters.GRID_ITEM);
        if (energyGrid != null && peakGrid != null && !energyGrid.equals(peakGrid)) {
            throw new IllegalArgumentException("the simulator has one grid meter: both managers must read the same "
                    + "gridItem, not " + energyGrid + " and " + peakGrid);
        }
        return energyGrid != null ? energyGrid : peakGrid != null ? peakGrid : "Grid_Power";
    }

    /** The item the Thing's sg-mode is linked to: the heat pump load's shed feedback item, null when it has none. */
    private static @Nullable String modeItem(SimulationConfig config) {
        for (LoadSetup load : config.sheddableLoads()) {
            if (load.name().equals(config.house().shedLoad()) && load.hasShedFeedback()) {
                return load.wiring().get(SheddableLoadParameters.SHED_FEEDBACK_ITEM);
            }
        }
        return null;
    }

    /**
     * @return the Thing's saved guard state when openHAB has run before without a lock: a controller with the
     *         Thing's guards stepped once at {@code start}, with no request
     */
    private static String quietHistory(SimulationConfig config, Instant start) {
        SgController quiet = new SgController(config.guardConfig(), config.pvSurplusMode(), config.house().timeZone());
        quiet.step(start);
        SgControllerSnapshot snapshot = quiet.snapshot();
        if (snapshot == null) {
            throw new AssertionError("a controller that stepped has a snapshot");
        }
        return snapshot.encode();
    }

    @SuppressWarnings("unchecked")
    private static StorageService storage(String guard) {
        Map<String, Object> values = new HashMap<>();
        values.put("guard", guard);
        Storage<Object> storage = mock(Storage.class);
        when(storage.put(anyString(), any())).thenAnswer(i -> values.put(i.getArgument(0), i.getArgument(1)));
        when(storage.get(anyString())).thenAnswer(i -> values.get(i.getArgument(0)));
        StorageService service = mock(StorageService.class);
        Map<String, Storage<Object>> others = new HashMap<>();
        when(service.getStorage(anyString(), any())).thenAnswer(i -> {
            String name = i.getArgument(0);
            if (name.startsWith("thermia.")) {
                return storage;
            }
            return others.computeIfAbsent(name, n -> {
                Map<String, Object> own = new HashMap<>();
                Storage<Object> other = mock(Storage.class);
                when(other.put(anyString(), any())).thenAnswer(p -> own.put(p.getArgument(0), p.getArgument(1)));
                when(other.get(anyString())).thenAnswer(g -> own.get(g.getArgument(0)));
                return other;
            });
        });
        return service;
    }

    /** The Thing's link to openHAB: its sg-mode state is the mode item's state event; the rest goes nowhere. */
    private ThingHandlerCallback thingCallback() {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        doAnswer(i -> {
            String channel = ((ChannelUID) i.getArgument(0)).getId();
            if (CHANNEL_LAST_EVENT.equals(channel)) {
                // published after sg-mode in the same step: the text of the decision that step made, if it made one
                if (decided) {
                    decided = false;
                    State text = i.getArgument(1);
                    log.lastEventShown(text instanceof StringType ? text.toString() : "");
                }
            } else if (CHANNEL_SG_MODE.equals(channel)) {
                SgStepResult step = heatPump.lastStep().orElseThrow();
                // the first step reports the restored history, which the simulator's engine has not: its own text
                decided = log.step(step)
                        && step.events().stream().noneMatch(e -> e.kind() == GuardEvent.Kind.RESTORED);
                String item = modeItem;
                State state = i.getArgument(1);
                if (item != null) {
                    time.post(() -> itemState(item, state));
                }
            }
            return null;
        }).when(callback).stateUpdated(any(), any());
        return callback;
    }

    /** Enables a load's rule: its trigger as the simulator's configuration gives it, its action forwarding. */
    private void enable(String type, ManagerSetup manager, LoadSetup load, @Nullable String thingChannel) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterValues part : List.of(manager.wiring(), load.wiring(), load.parameters(), manager.settings())) {
            values.putAll(part.canonical());
        }
        Trigger trigger = ModuleBuilder.createTrigger().withId("trigger").withTypeUID(type)
                .withConfiguration(new Configuration(values)).build();
        String uid = type + ":" + load.name();
        ModuleHandler handler = factory.getHandler(trigger, uid);
        if (handler == null) {
            throw new AssertionError("no handler for " + type);
        }
        boolean shedding = type.equals(EnergyManagerConstants.PEAK_LOAD_TRIGGER);
        String feedbackItem = shedding && load.hasShedFeedback() && thingChannel == null
                ? load.wiring().get(SheddableLoadParameters.SHED_FEEDBACK_ITEM)
                : null;
        TriggerHandlerCallback callback = mock(TriggerHandlerCallback.class);
        when(callback.getScheduler()).thenReturn(time.scheduler());
        doAnswer(i -> {
            Map<String, ?> outputs = i.getArgument(1);
            OnOffType command = (OnOffType) outputs.get(TriggerOutputs.COMMAND);
            log.load(time.instant(), shedding ? DecisionLog.LOAD_MANAGER : DecisionLog.ENERGY_MANAGER, load.name(),
                    command == OnOffType.ON, String.valueOf(outputs.get(TriggerOutputs.REASON)),
                    String.valueOf(outputs.get(TriggerOutputs.DETAIL)));
            if (thingChannel != null) {
                time.post(() -> command(thingChannel, command));
            } else if (feedbackItem != null) {
                // the relay item follows its command (autoupdate): ON = shed, its state the shed's feedback
                time.post(() -> itemState(feedbackItem, command));
            }
            return null;
        }).when(callback).triggered(any(Trigger.class), anyMap());
        handler.setCallback(callback);
    }

    /** An item's state event, delivered as openHAB's event bus delivers it: through the subscriber's filter. */
    private void itemState(String item, State state) {
        Event event = ItemEventFactory.createStateEvent(item, state);
        if (registry.getEventFilter().apply(event)) {
            registry.receive(event);
        }
    }

    private void command(String channel, Command command) {
        heatPump.handleCommand(new ChannelUID(HEAT_PUMP, channel), command);
    }

    /**
     * openHAB's time moves to the sample (timers on the way fire); the lock item commands grid-lock when it
     * changed, the heat pump's power item (the Thing's electric-power channel, when the load manager's heat pump load
     * reads it) reports, then the meter.
     *
     * @param heatPumpWatts what the heat pump draws at the sample
     */
    void sample(Instant at, double importWatts, boolean lock, double heatPumpWatts) {
        time.advanceTo(at);
        if (lock != gridLock) {
            gridLock = lock;
            OnOffType command = OnOffType.from(lock);
            time.post(() -> command(CHANNEL_GRID_LOCK, command));
        }
        String powerItem = heatPumpPowerItem;
        if (powerItem != null) {
            State power = new QuantityType<>(heatPumpWatts, Units.WATT);
            time.post(() -> itemState(powerItem, power));
        }
        // the meter item reports in its own sign (a sign convention is its own inverse)
        State state = new DecimalType(BigDecimal.valueOf(gridSign.toImportWatts(importWatts)));
        time.post(() -> itemState(gridItem, state));
        time.deliver();
    }

    /** openHAB stops: the Thing's timers and the managers' wake-ups end. */
    void stop() {
        heatPump.dispose();
        registry.deactivate();
    }
}
