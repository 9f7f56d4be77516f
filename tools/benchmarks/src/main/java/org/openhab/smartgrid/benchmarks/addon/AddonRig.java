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
package org.openhab.smartgrid.benchmarks.addon;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.EnergyManagerConstants;
import org.openhab.automation.energymanager.internal.factory.EnergyManagerModuleHandlerFactory;
import org.openhab.automation.energymanager.internal.handler.TriggerOutputs;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
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
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PointType;
import org.openhab.smartgrid.core.testkit.SteppedClock;
import org.openhab.smartgrid.core.testkit.SteppedScheduler;

/**
 * The automation add-on as openHAB runs it, for the benchmarks: its real {@link ManagerRegistry} (the event
 * subscriber and its filter) and module handler factory on plain openHAB services (Brussels' time zone and location,
 * a {@link BenchStorageService}, an item registry that has no items yet), a {@link SteppedClock} with the rules'
 * {@link SteppedScheduler}, and rules enabled as openHAB enables them: the factory creates the trigger handler from
 * the trigger's configuration and hands it the rule's callback, a {@link Rule} that counts what the trigger fires.
 * Item state events are delivered as openHAB's event bus delivers them: the subscriber's filter first, then
 * {@code receive}. Outside the add-on, an event allocates only the clock's next instant and, as with Java's own
 * scheduler, a future for each wake-up the managers plan.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class AddonRig {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final SteppedClock clock;
    private final SteppedScheduler scheduler;
    private final ManagerRegistry registry;
    private final EnergyManagerModuleHandlerFactory factory;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * One rule's trigger callback: counts the trigger's firings, its commands and the changes back to OFF (a load
     * stopped, or a shed load restored).
     */
    public static final class Rule implements TriggerHandlerCallback {
        private final String uid;
        private final ScheduledExecutorService scheduler;
        private long firings;
        private long ons;
        private long backToOff;
        private boolean on;

        Rule(String uid, ScheduledExecutorService scheduler) {
            this.uid = uid;
            this.scheduler = scheduler;
        }

        @Override
        public void triggered(Trigger trigger, Map<String, ?> context) {
            firings++;
            boolean command = context.get(TriggerOutputs.COMMAND) == OnOffType.ON;
            if (command) {
                ons++;
            } else if (on) {
                backToOff++;
            }
            on = command;
        }

        @Override
        public ScheduledExecutorService getScheduler() {
            return scheduler;
        }

        @Override
        public @Nullable Boolean isEnabled(String ruleUID) {
            return uid.equals(ruleUID) ? Boolean.TRUE : null;
        }

        @Override
        public void setEnabled(String ruleUID, boolean isEnabled) {
            // the benchmarks never disable a rule
        }

        @Override
        public void runNow(String ruleUID) {
            // a trigger never runs a rule itself
        }

        @Override
        public void runNow(String ruleUID, boolean considerConditions, @Nullable Map<String, Object> context) {
            // a trigger never runs a rule itself
        }

        public String uid() {
            return uid;
        }

        /** @return how often the trigger fired */
        public long firings() {
            return firings;
        }

        /** @return how often it fired ON (the load runs, or is shed) */
        public long ons() {
            return ons;
        }

        /** @return how often it fired OFF after ON (the load stopped, or was restored) */
        public long backToOff() {
            return backToOff;
        }

        /** @return the last command: ON or OFF */
        public boolean on() {
            return on;
        }
    }

    public AddonRig(Instant start, BenchStorageService.Kind storage) {
        clock = new SteppedClock(start);
        scheduler = new SteppedScheduler(clock);
        TimeZoneProvider timeZone = () -> BRUSSELS;
        PointType brussels = new PointType(new DecimalType(50.8503), new DecimalType(4.3517));
        LocationProvider location = () -> brussels;
        // the rules name no status items: nothing is posted
        EventPublisher events = event -> {
        };
        registry = new ManagerRegistry(noItemsYet(), events, timeZone, location, new BenchStorageService(storage),
                clock);
        factory = new EnergyManagerModuleHandlerFactory(registry);
    }

    /** openHAB's item registry before the meters first report: the managers wait for their events. */
    private static ItemRegistry noItemsYet() {
        return (ItemRegistry) Proxy.newProxyInstance(AddonRig.class.getClassLoader(),
                new Class<?>[] { ItemRegistry.class }, (proxy, method, args) -> {
                    if ("getItem".equals(method.getName())) {
                        throw new ItemNotFoundException(String.valueOf(args[0]));
                    }
                    throw new UnsupportedOperationException("the add-on only looks items up: " + method.getName());
                });
    }

    /**
     * Enables a rule whose trigger is of {@code type}, configured as a user configures it.
     *
     * @throws IllegalArgumentException when the add-on refuses the configuration
     */
    public Rule enable(String type, Map<String, Object> config) {
        Trigger trigger = ModuleBuilder.createTrigger().withId("trigger").withTypeUID(type)
                .withConfiguration(new Configuration(config)).build();
        Rule rule = new Rule("rule-" + (rules.size() + 1), scheduler);
        ModuleHandler handler = factory.getHandler(trigger, rule.uid());
        if (handler == null) {
            throw new IllegalArgumentException("the add-on has no handler for " + type);
        }
        handler.setCallback(rule);
        rules.add(rule);
        return rule;
    }

    /**
     * Enables the rules of an energy manager's loads: load {@code i} (0-based) draws 500 + 250·i W, needs 20 % more
     * surplus to start, waits 0, 30 or 60 s before it starts, runs at least 5 min and rests at least 10 min; every
     * fourth load has a daily minimum of 60 min (the first by sunset, the others by 20:00).
     *
     * @param loadPowerItems whether every third load has its own power item
     * @return the rules, in load order
     */
    public List<Rule> enableEnergyManager(String manager, String gridItem, int loads, boolean loadPowerItems) {
        List<Rule> enabled = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            double power = 500 + 250 * i;
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("manager", manager);
            config.put("load", "load" + (i + 1));
            config.put("gridItem", gridItem);
            config.put("priority", i + 1);
            config.put("power", power);
            config.put("switchOnPower", power * 1.2);
            config.put("activationDelay", i % 3 * 30);
            config.put("minOnTime", 5);
            config.put("minOffTime", 10);
            if (i % 4 == 0) {
                config.put("minOnTimePerDay", 60);
                config.put("dailyDeadline", i == 0 ? "SUNSET" : "20:00");
            }
            if (loadPowerItems && i % 3 == 0) {
                config.put("loadPowerItem", manager + "_Load" + (i + 1) + "_Power");
            }
            enabled.add(enable(EnergyManagerConstants.SURPLUS_LOAD_TRIGGER, config));
        }
        return enabled;
    }

    /**
     * Enables the rules of a load manager's loads in {@code BOTH} mode (the quarter-hour average under 5 kW, the
     * import under 9 kW), following the month peak, stale after 30 s: load {@code i} (0-based) frees a seeded random
     * 300 to 2800 W, priority i + 1, the usual 10 min shed and release times.
     *
     * @param shedFeedbackItems whether every fourth load has a shed feedback item
     * @return the rules, in load order
     */
    public List<Rule> enableLoadManager(String manager, String gridItem, int loads, boolean shedFeedbackItems) {
        SplittableRandom random = new SplittableRandom(42);
        List<Rule> enabled = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("manager", manager);
            config.put("load", "load" + (i + 1));
            config.put("gridItem", gridItem);
            config.put("mode", "BOTH");
            config.put("maxPower", 5000);
            config.put("overloadPower", 9000);
            config.put("followMonthPeak", true);
            config.put("staleAfter", 30);
            config.put("priority", i + 1);
            config.put("power", 300 + random.nextInt(2500));
            if (shedFeedbackItems && i % 4 == 0) {
                config.put("shedFeedbackItem", manager + "_Load" + (i + 1) + "_Mode");
            }
            enabled.add(enable(EnergyManagerConstants.PEAK_LOAD_TRIGGER, config));
        }
        return enabled;
    }

    /** Moves openHAB's time to {@code target}: the wake-ups due on the way run, each at its instant. */
    public void advanceTo(Instant target) {
        scheduler.advanceTo(target);
    }

    /** @return whether the registry's event filter lets the event through, asked as openHAB asks at every event */
    public boolean passes(Event event) {
        return registry.getEventFilter().apply(event);
    }

    /**
     * Delivers an event as openHAB's event bus does: the registry receives it when its filter lets it through.
     *
     * @return whether it was delivered
     */
    public boolean deliver(Event event) {
        if (registry.getEventFilter().apply(event)) {
            registry.receive(event);
            return true;
        }
        return false;
    }

    public Instant now() {
        return clock.instant();
    }

    /** @return the rules enabled so far, in order */
    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** @return how often the triggers of all rules fired so far */
    public long firings() {
        long sum = 0;
        for (int i = 0; i < rules.size(); i++) {
            sum += rules.get(i).firings();
        }
        return sum;
    }

    /** @return how many of the rigs' scheduled tasks (activations, wake-ups) have run so far */
    public long wakeUps() {
        return scheduler.runs();
    }
}
