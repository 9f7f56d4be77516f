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
package org.openhab.automation.energymanager.internal.handler;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.factory.EnergyManagerModuleHandlerFactory;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Condition;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.ActionHandler;
import org.openhab.core.automation.handler.ConditionHandler;
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
import org.openhab.core.items.events.ItemStateEvent;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.testkit.SteppedClock;
import org.openhab.smartgrid.core.testkit.SteppedScheduler;

/**
 * openHAB around the module handlers, as far as they see it: a factory and registry on mocked services, an
 * in-memory storage that outlives the registry (a restart), rules whose trigger outputs are recorded, item state
 * events posted to the registry, and a virtual clock with a manual scheduler.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class RuleRig {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** One rule's recorded trigger firings. */
    static final class Rule {
        final String uid;
        final List<Map<String, ?>> firings = new ArrayList<>();
        final List<Instant> firedAt = new ArrayList<>();
        final TriggerHandlerCallback callback = mock(TriggerHandlerCallback.class);
        @Nullable
        ModuleHandler handler;
        @Nullable
        Module module;

        Rule(String uid) {
            this.uid = uid;
        }

        /** @return the command of the last firing, null before the first */
        @Nullable
        OnOffType command() {
            return firings.isEmpty() ? null : (OnOffType) firings.get(firings.size() - 1).get(TriggerOutputs.COMMAND);
        }

        String reason() {
            return firings.isEmpty() ? "" : firings.get(firings.size() - 1).get(TriggerOutputs.REASON).toString();
        }

        /** @return the instant of the last firing that changed the command to {@code command}, null when none */
        @Nullable
        Instant lastSwitchTo(OnOffType command) {
            for (int i = firings.size() - 1; i >= 0; i--) {
                if (firings.get(i).get(TriggerOutputs.COMMAND) == command) {
                    return firedAt.get(i);
                }
            }
            return null;
        }
    }

    final SteppedClock clock;
    final SteppedScheduler scheduler;
    final Map<String, Object> storages = new HashMap<>();
    final Map<String, State> itemStates = new HashMap<>();
    /** Every state update the add-on posted to openHAB's event bus (its status items), in posting order. */
    final List<Update> updates = new ArrayList<>();
    final EventPublisher eventPublisher = this::record;
    final ItemRegistry itemRegistry = mock(ItemRegistry.class);
    final TimeZoneProvider timeZoneProvider = mock(TimeZoneProvider.class);
    final LocationProvider locationProvider = mock(LocationProvider.class);
    final StorageService storageService = mock(StorageService.class);
    ManagerRegistry registry;
    EnergyManagerModuleHandlerFactory factory;

    RuleRig(Instant start, @Nullable PointType location) {
        clock = new SteppedClock(start);
        scheduler = new SteppedScheduler(clock);
        when(timeZoneProvider.getTimeZone()).thenReturn(BRUSSELS);
        when(locationProvider.getLocation()).thenReturn(location);
        when(storageService.getStorage(anyString(), any())).thenAnswer(i -> storage(i.getArgument(0)));
        try {
            when(itemRegistry.getItem(anyString())).thenThrow(new ItemNotFoundException("no such item"));
        } catch (ItemNotFoundException e) {
            throw new AssertionError(e);
        }
        registry = new ManagerRegistry(itemRegistry, eventPublisher, timeZoneProvider, locationProvider,
                storageService, clock);
        factory = new EnergyManagerModuleHandlerFactory(registry);
    }

    /** A state update the add-on posted: when, to which item, the state and the event's source. */
    record Update(Instant at, String item, State state, @Nullable String source) {
    }

    private void record(Event event) {
        if (!(event instanceof ItemStateEvent stateEvent)) {
            throw new AssertionError("the add-on posts only item state updates, not " + event);
        }
        updates.add(new Update(clock.instant(), stateEvent.getItemName(), stateEvent.getItemState(),
                event.getSource()));
    }

    /** @return the updates posted to {@code item}, in order */
    List<Update> updatesOf(String item) {
        return updates.stream().filter(update -> update.item().equals(item)).toList();
    }

    /** openHAB restarts: a new registry and factory on the same storage. */
    void restart() {
        registry.deactivate();
        registry = new ManagerRegistry(itemRegistry, eventPublisher, timeZoneProvider, locationProvider,
                storageService, clock);
        factory = new EnergyManagerModuleHandlerFactory(registry);
    }

    @SuppressWarnings("unchecked")
    private Storage<Object> storage(String name) {
        return (Storage<Object>) storages.computeIfAbsent(name, n -> {
            Map<String, Object> values = new HashMap<>();
            Storage<Object> storage = mock(Storage.class);
            when(storage.put(anyString(), any())).thenAnswer(i -> values.put(i.getArgument(0), i.getArgument(1)));
            when(storage.get(anyString())).thenAnswer(i -> values.get(i.getArgument(0)));
            return storage;
        });
    }

    /** Enables a rule with a trigger of {@code type}: the handler is created and gets its callback. */
    Rule enableTrigger(String uid, String type, Map<String, Object> config) {
        Rule rule = new Rule(uid);
        Trigger trigger = ModuleBuilder.createTrigger().withId("1").withTypeUID(type)
                .withConfiguration(new Configuration(config)).build();
        when(rule.callback.getScheduler()).thenReturn(scheduler);
        doAnswer(i -> {
            rule.firings.add(i.getArgument(1));
            rule.firedAt.add(clock.instant());
            return null;
        }).when(rule.callback).triggered(any(Trigger.class), anyMap());
        ModuleHandler handler = factory.getHandler(trigger, uid);
        if (handler == null) {
            throw new AssertionError("no handler for " + type);
        }
        rule.handler = handler;
        rule.module = trigger;
        handler.setCallback(rule.callback);
        return rule;
    }

    /** Disables a rule: openHAB ungets its handler. */
    void disable(Rule rule) {
        Module module = rule.module;
        ModuleHandler handler = rule.handler;
        if (module != null && handler != null) {
            factory.ungetHandler(module, rule.uid, handler);
        }
    }

    void runAction(String type, Map<String, Object> config) {
        Action action = ModuleBuilder.createAction().withId("a").withTypeUID(type)
                .withConfiguration(new Configuration(config)).build();
        ActionHandler handler = (ActionHandler) factory.getHandler(action, "action-" + type + config);
        if (handler == null) {
            throw new AssertionError("no handler for " + type);
        }
        handler.execute(Map.of());
    }

    ConditionHandler condition(String type, Map<String, Object> config) {
        Condition condition = ModuleBuilder.createCondition().withId("c").withTypeUID(type)
                .withConfiguration(new Configuration(config)).build();
        ConditionHandler handler = (ConditionHandler) factory.getHandler(condition, "condition-" + type + config);
        if (handler == null) {
            throw new AssertionError("no handler for " + type);
        }
        return handler;
    }

    /**
     * An item reports a new state at the clock's instant: the registry receives its state event when its filter lets
     * it through, as on openHAB's event bus.
     */
    void post(String item, State state) {
        itemStates.put(item, state);
        Event event = ItemEventFactory.createStateEvent(item, state);
        if (registry.getEventFilter().apply(event)) {
            registry.receive(event);
        }
    }

    void postWatts(String item, double watts) {
        post(item, new QuantityType<>(watts, Units.WATT));
    }

    /** Moves the clock to {@code target}, running every wake-up due on the way. */
    void advanceTo(Instant target) {
        scheduler.advanceTo(target);
    }
}
