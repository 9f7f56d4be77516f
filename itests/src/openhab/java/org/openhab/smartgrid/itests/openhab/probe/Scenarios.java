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
package org.openhab.smartgrid.itests.openhab.probe;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Rule;
import org.openhab.core.automation.RuleManager;
import org.openhab.core.automation.RuleRegistry;
import org.openhab.core.automation.RuleStatus;
import org.openhab.core.automation.RuleStatusDetail;
import org.openhab.core.automation.RuleStatusInfo;
import org.openhab.core.automation.dto.ActionDTO;
import org.openhab.core.automation.dto.RuleDTO;
import org.openhab.core.automation.dto.RuleDTOMapper;
import org.openhab.core.automation.dto.TriggerDTO;
import org.openhab.core.automation.template.RuleTemplate;
import org.openhab.core.automation.template.TemplateRegistry;
import org.openhab.core.automation.type.ModuleTypeRegistry;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionRegistry;
import org.openhab.core.config.core.ConfigUtil;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemBuilderFactory;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.link.ItemChannelLink;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.thing.type.ChannelDefinition;
import org.openhab.core.thing.type.ChannelType;
import org.openhab.core.thing.type.ChannelTypeRegistry;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.thing.type.ThingType;
import org.openhab.core.thing.type.ThingTypeRegistry;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.UnDefType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.Gson;

/**
 * What a user does with the add-ons, done through openHAB's own registries, services and event bus, inside the
 * framework that runs openHAB's real bundles. Each scenario is one method; it fails with an assertion of its own and
 * returns a short report of what it saw.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Scenarios {

    private static final ThingTypeUID HEAT_PUMP = new ThingTypeUID("thermia", "heatpump");
    private static final String PV_TEMPLATE = "energymanager:pv-surplus-heatpump-boost";
    private static final String CAPACITY_TEMPLATE = "energymanager:capacity-tariff-guard";
    private static final String SURPLUS_LOAD = "energymanager.SurplusLoad";
    private static final String PEAK_LOAD = "energymanager.PeakLoad";
    private static final String FOLLOW = "system:follow";
    /** The item types of the items a simulator's rule names (the grid, battery and load power: Number:Power). */
    private static final Map<String, String> SIMULATOR_ITEM_TYPES = Map.of("socItem", "Number:Dimensionless",
            "energyItem", "Number:Energy", "shedFeedbackItem", "String");
    /** How long nothing must happen for a "nothing happens" check: events of one change come within milliseconds. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final BundleContext context;
    private final Events events = new Events();
    private final ServiceRegistration<?> subscriber;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    Scenarios(BundleContext context) {
        this.context = context;
        Dictionary<String, Object> none = new Hashtable<>();
        this.subscriber = context.registerService(EventSubscriber.class.getName(), events, none);
    }

    void close() {
        subscriber.unregister();
        trackers.values().forEach(ServiceTracker::close);
    }

    /** @param call the scenario's name, then its arguments (a {@code String[]}, see {@link ProbeContract}) */
    Object run(Object call) {
        String[] arguments = (String[]) call;
        return switch (arguments[0]) {
            case "thingType" -> thingType();
            case "relays" -> relays();
            case "templates" -> templates();
            case "ruleFromJson" -> ruleFromJson(arguments[1], arguments[2], arguments[3], arguments[4], arguments[5]);
            case "console" -> console(arguments[1]);
            case "unknownParameter" -> unknownParameter();
            case "shedFeedback" -> shedFeedback();
            case "simulatorFiles" -> simulatorFiles(arguments[1], arguments[2],
                    List.of(arguments).subList(3, arguments.length));
            default -> throw new IllegalArgumentException("no scenario " + arguments[0]);
        };
    }

    /** The thing type, its channel types and its configuration, as openHAB's XML readers registered them. */
    private String thingType() {
        ThingTypeRegistry thingTypes = service(ThingTypeRegistry.class);
        ThingType type = Await.value(() -> "the thing type " + HEAT_PUMP + " in openHAB's registry", events,
                () -> thingTypes.getThingType(HEAT_PUMP));
        assertEquals("Thermia Heat Pump", type.getLabel());
        ChannelTypeRegistry channelTypes = service(ChannelTypeRegistry.class);
        List<String> channels = new ArrayList<>();
        for (ChannelDefinition channel : type.getChannelDefinitions()) {
            ChannelType channelType = channelTypes.getChannelType(channel.getChannelTypeUID());
            assertNotNull(channelType, "the channel type of " + channel.getId() + " is registered");
            channels.add(channel.getId() + ":" + channelType.getItemType());
        }
        assertTrue(channels.containsAll(List.of("grid-lock:Switch", "sg-mode:String", "relay-sg1:Switch",
                "relay-sg2:Switch", "lock-time-today:Number:Time", "electric-power:Number:Power")), channels.toString());
        ChannelType relay = channelTypes.getChannelType(new ChannelTypeUID("thermia", "relay-sg1"));
        assertNotNull(relay);
        StateDescription relayState = relay.getState();
        assertFalse(relayState != null && relayState.isReadOnly(),
                "the relay channel is no read-only state: it commands the relay item");

        URI configUri = Objects.requireNonNull(type.getConfigDescriptionURI());
        ConfigDescriptionRegistry configs = service(ConfigDescriptionRegistry.class);
        ConfigDescription config = Await.value(() -> "the configuration of " + HEAT_PUMP, events,
                () -> configs.getConfigDescription(configUri));
        Map<String, ConfigDescriptionParameter> parameters = config.getParameters().stream()
                .collect(Collectors.toMap(ConfigDescriptionParameter::getName, p -> p));
        assertEquals("CHANNELS", parameters.get("relayOutput").getDefault());
        assertEquals("kW", parameters.get("heatPumpPowerKw").getUnitLabel());
        assertEquals("min", parameters.get("minLockMinutes").getUnit());
        return "thing type " + HEAT_PUMP + " with " + channels.size() + " channels and " + parameters.size()
                + " parameters";
    }

    /**
     * A Thing created and linked as the binding's README says; a grid lock switches the relay items, their echo is no
     * override, and a restart of the binding puts the relays back where the guards say. The grid lock restored from
     * storage is confirmed by the grid-lock item's state, read through openHAB's link and item registries; without
     * that state (UNDEF), a lock switched ON longer than maxGridLockMinutes ago ends at the restart.
     */
    private String relays() {
        List<String> report = new ArrayList<>();
        ThingUID uid = new ThingUID(HEAT_PUMP, "itest");
        ThingRegistry things = service(ThingRegistry.class);
        Thing thing = Objects.requireNonNull(
                things.createThingOfType(HEAT_PUMP, uid, null, "Heat pump", new Configuration()));
        things.add(thing);
        awaitStatus(uid, ThingStatus.ONLINE);

        Set<String> relays = Set.of("HP_Relay409", "HP_Relay408");
        item("Switch", "HP_GridLock");
        item("Switch", "HP_Relay409");
        item("Switch", "HP_Relay408");
        item("String", "HP_Mode");
        item("String", "HP_Source");
        item("String", "HP_RelayCheck");
        int linked = events.mark();
        link("HP_GridLock", uid, "grid-lock", null);
        link("HP_Mode", uid, "sg-mode", null);
        link("HP_Source", uid, "active-source", null);
        link("HP_RelayCheck", uid, "relay-check", null);
        link("HP_Relay409", uid, "relay-sg1", FOLLOW);
        link("HP_Relay408", uid, "relay-sg2", FOLLOW);
        awaitCommands("relay items linked to a NORMAL Thing are commanded open", linked, relays,
                List.of("HP_Relay409=OFF", "HP_Relay408=OFF"), true);
        report.add("linked: " + events.commandsSince(linked, relays));

        int lock = events.mark();
        command("HP_GridLock", OnOffType.ON);
        awaitState("HP_Mode", new StringType("EVU"));
        awaitState("HP_Source", new StringType("GRID_LOCK"));
        awaitCommands("the grid lock closes 409 only", lock, relays, List.of("HP_Relay409=ON"), false);
        report.add("grid lock: " + events.commandsSince(lock, relays));

        // openHAB's auto-update gives the relay item the commanded state at once (optimistic, as the distribution is
        // configured); the follow profile passes every state update of the item back to the Thing as read-back
        awaitState("HP_Relay409", OnOffType.ON);
        // the relay's own binding then reports the relay open (switched by hand, or it fell back): a read-back too,
        // never a wish
        int echo = events.mark();
        update("HP_Relay409", OnOffType.OFF);
        awaitState("HP_Relay409", OnOffType.OFF);
        quiet();
        assertEquals(List.of(), events.commandsSince(echo, relays), "a read-back sends no command at once");
        assertState("HP_Mode", new StringType("EVU"));
        assertState("HP_Source", new StringType("GRID_LOCK"));
        // a report that lasts 10 s is a mismatch: shown, and both relays are commanded again
        awaitCommands("the relays are commanded again when 409 stays open", echo, relays,
                List.of("HP_Relay408=OFF", "HP_Relay409=ON"), false);
        Await.until(() -> "relay-check shows the mismatch (is " + state("HP_RelayCheck") + ")", events,
                () -> String.valueOf(state("HP_RelayCheck")).startsWith("MISMATCH: expected EVU, seen NORMAL"));
        // auto-update echoes the new command at once: the relay items agree again
        awaitState("HP_Relay409", OnOffType.ON);
        Await.until(() -> "relay-check OK again (is " + state("HP_RelayCheck") + ")", events,
                () -> String.valueOf(state("HP_RelayCheck")).startsWith("OK"));
        assertState("HP_Source", new StringType("GRID_LOCK"));
        report.add("409 reported OFF: no command at once, still EVU by GRID_LOCK; after 10 s commanded again "
                + events.commandsSince(echo, relays));

        Bundle binding = bundle("org.openhab.binding.thermia");
        try {
            binding.stop();
            awaitStatus(uid, ThingStatus.UNINITIALIZED);
            // as if the lock had begun 3 h before the restart: only the grid-lock item's state (ON, set by the
            // command's auto-update) can keep it now
            backdateStoredGridLock(uid, Duration.ofHours(3));
            assertState("HP_GridLock", OnOffType.ON);
            int restart = events.mark();
            binding.start();
            awaitStatus(uid, ThingStatus.ONLINE);
            awaitCommands("after a restart both relays are commanded, 408 opening first", restart, relays,
                    List.of("HP_Relay408=OFF", "HP_Relay409=ON"), false);
            awaitState("HP_Mode", new StringType("EVU"));
            awaitState("HP_Source", new StringType("GRID_LOCK"));
            report.add("restart: " + events.commandsSince(restart, relays) + ", the grid-lock item's ON confirmed "
                    + "the lock switched ON 3 h before");

            binding.stop();
            awaitStatus(uid, ThingStatus.UNINITIALIZED);
            backdateStoredGridLock(uid, Duration.ofHours(3));
            update("HP_GridLock", UnDefType.UNDEF);
            awaitState("HP_GridLock", UnDefType.UNDEF);
            binding.start();
            awaitStatus(uid, ThingStatus.ONLINE);
            // the request ends at once; the relays follow when the lock hold (10 min from the command) allows
            awaitState("HP_Source", new StringType("DEFAULT"));
            awaitState("HP_GridLock", OnOffType.OFF);
            report.add("restart without the item's state: the grid lock of 3 h ago ended at once, HP_GridLock OFF");
        } catch (BundleException e) {
            throw new IllegalStateException(e);
        }
        return String.join("; ", report);
    }

    /**
     * Moves the grid lock's saved switch-on instant back, in the binding's storage (openHAB's JSON storage), while
     * the binding is stopped: the binding's next start reads it from there.
     */
    private void backdateStoredGridLock(ThingUID uid, Duration age) {
        Storage<String> storage = service(StorageService.class).getStorage("thermia." + uid,
                Scenarios.class.getClassLoader());
        String requests = Objects.requireNonNull(storage.get("requests"), "the binding saved its requests");
        String[] fields = requests.split(";");
        assertTrue(fields.length == 5 && fields[0].startsWith("1"), "the grid lock is saved ON: " + requests);
        fields[1] = Instant.now().minus(age).toString();
        storage.put("requests", String.join(";", fields));
    }

    /** A rule from each template, configured as in the UI: valid, and a meter update commands its item. */
    private String templates() {
        @SuppressWarnings("unchecked")
        TemplateRegistry<RuleTemplate> templates = service(TemplateRegistry.class);
        for (String template : List.of(PV_TEMPLATE, CAPACITY_TEMPLATE)) {
            Await.value(() -> "the rule template " + template, events, () -> templates.get(template));
        }
        // openHAB asks the provider for the user's language; its translation provider reads the add-on's i18n files
        RuleTemplate dutch = Objects.requireNonNull(templates.get(CAPACITY_TEMPLATE, Locale.forLanguageTag("nl")));
        assertEquals("Bewaking capaciteitstarief", dutch.getLabel(), "the capacity template in Dutch");
        String dutchPriority = dutch.getConfigurationDescriptions().stream().filter(p -> p.getName().equals("priority"))
                .findFirst().orElseThrow().getLabel();
        assertEquals("Prioriteit warmtepomp", dutchPriority);
        item("Number:Power", "Grid_Power");
        item("Switch", "HP_PvBoost");
        item("Switch", "HP_PeakShed");
        int added = events.mark();
        addRule(fromTemplate("itest-pv", PV_TEMPLATE,
                Map.of("gridItem", "Grid_Power", "boostItem", "HP_PvBoost", "manager", "pv")));
        addRule(fromTemplate("itest-capacity", CAPACITY_TEMPLATE, Map.of("gridItem", "Grid_Power", "shedItem",
                "HP_PeakShed", "maxPower", new BigDecimal(5000), "manager", "grid")));
        RuleRegistry rules = service(RuleRegistry.class);
        for (String uid : List.of("itest-pv", "itest-capacity")) {
            awaitIdle(uid);
            Rule rule = Objects.requireNonNull(rules.get(uid));
            assertEquals(1, rule.getTriggers().size(), uid + " has the template's trigger: " + rule.getTriggers());
            assertEquals(1, rule.getActions().size(), uid + " has the template's action: " + rule.getActions());
        }

        // the first command (OFF: no meter reading yet) reaches the item: openHAB refuses what a trigger fires
        // before the rule is IDLE, so a trigger that fires while the rule initializes loses it (and logs an ERROR)
        awaitCommand("the PV rule's first command", added, "HP_PvBoost", OnOffType.OFF);
        awaitCommand("the capacity rule's first command", added, "HP_PeakShed", OnOffType.OFF);

        // openHAB filled the template parameter left out with its empty default before resolving {{modeItem}}
        assertEquals("", triggerConfiguration("itest-capacity").get("shedFeedbackItem"),
                "the capacity rule without a mode item: no shed feedback");

        int surplus = events.mark();
        update("Grid_Power", new QuantityType<>(-4000, Units.WATT));
        awaitCommand("4 kW export boosts the heat pump (switch-on power 3 kW)", surplus, "HP_PvBoost", OnOffType.ON);
        int peak = events.mark();
        update("Grid_Power", new QuantityType<>(9000, Units.WATT));
        awaitCommand("9 kW import sheds the heat pump (max 5 kW)", peak, "HP_PeakShed", OnOffType.ON);
        // the mode item given as empty text, as a UI may send it: {{modeItem}} resolves to empty text as well
        addRule(fromTemplate("itest-capacity-empty", CAPACITY_TEMPLATE, Map.of("gridItem", "Grid_Power", "shedItem",
                "HP_PeakShed", "maxPower", new BigDecimal(5000), "manager", "empty", "modeItem", "")));
        awaitIdle("itest-capacity-empty");
        assertEquals("", triggerConfiguration("itest-capacity-empty").get("shedFeedbackItem"));
        return "both template rules IDLE; HP_PvBoost " + events.commandsSince(surplus, Set.of("HP_PvBoost"))
                + ", HP_PeakShed " + events.commandsSince(peak, Set.of("HP_PeakShed"))
                + "; the capacity rule's shedFeedbackItem with modeItem left out and given empty: '' both"
                + "; in Dutch: '" + dutch.getLabel() + "', priority '" + dutchPriority + "'";
    }

    /**
     * A rule as openHAB's REST API gets it from the UI's code tab (JSON of its YAML), then a meter update.
     *
     * @param json the rule
     * @param gridItem the rule's grid power item
     * @param targetItem the item the rule commands
     */
    /**
     * The README's rule, with its status items: the add-on's state updates reach openHAB's items through the event
     * bus, as the README says.
     */
    private String ruleFromJson(String json, String gridItem, String targetItem, String surplusItem,
            String stateItem) {
        item("Number:Power", gridItem);
        item("Switch", targetItem);
        item("Number:Power", surplusItem);
        item("Switch", stateItem);
        RuleDTO dto = Objects.requireNonNull(new Gson().fromJson(json, RuleDTO.class));
        dto.uid = "itest-readme";
        addRule(dto);
        awaitIdle(dto.uid);
        int surplus = events.mark();
        update(gridItem, new QuantityType<>(-4500, Units.WATT));
        awaitCommand("4.5 kW export runs the load of the README's rule", surplus, targetItem, OnOffType.ON);
        ItemRegistry items = service(ItemRegistry.class);
        Await.until(() -> "the status items " + surplusItem + " and " + stateItem + " are updated, they are "
                + items.get(surplusItem) + " and " + items.get(stateItem), events,
                () -> Objects.requireNonNull(items.get(surplusItem)).getState() instanceof QuantityType
                        && OnOffType.ON.equals(Objects.requireNonNull(items.get(stateItem)).getState()));
        return "rule " + dto.uid + " IDLE; " + targetItem + " " + events.commandsSince(surplus, Set.of(targetItem))
                + "; " + items.get(surplusItem) + ", " + items.get(stateItem);
    }

    /**
     * A trigger with a typo in a parameter's name (the issue's {@code minOnTme}): openHAB keeps the name in the
     * module's configuration (its normalisation adds the module type's defaults, nothing else), the add-on refuses it,
     * and openHAB leaves the rule uninitialised with the add-on's message in the rule's status.
     */
    private String unknownParameter() {
        item("Number:Power", "Grid_Power");
        Map<String, Object> configuration = Map.of("manager", "typo", "load", "heatpump", "gridItem", "Grid_Power",
                "power", new BigDecimal(2000), "minOnTme", new BigDecimal(30));
        RuleDTO dto = rule("itest-typo", trigger(SURPLUS_LOAD, configuration), List.of());
        addRule(dto);

        RuleStatusInfo status = awaitRuleStatus("itest-typo", RuleStatusDetail.HANDLER_INITIALIZING_ERROR);
        assertEquals(RuleStatus.UNINITIALIZED, status.getStatus(), status.toString());
        String description = String.valueOf(status.getDescription());
        assertTrue(description.contains("'minOnTme'") && description.contains("'minOnTime'"), description);

        Set<String> known = Objects.requireNonNull(service(ModuleTypeRegistry.class).get(SURPLUS_LOAD))
                .getConfigurationDescriptions().stream().map(ConfigDescriptionParameter::getName)
                .collect(Collectors.toSet());
        Set<String> unknown = triggerConfiguration("itest-typo").keySet().stream().filter(name -> !known.contains(name))
                .collect(Collectors.toSet());
        assertEquals(Set.of("minOnTme"), unknown, "openHAB adds no name of its own to the trigger's configuration");
        return "rule itest-typo " + status.getStatus() + " (" + status.getStatusDetail() + "): " + description.trim();
    }

    /**
     * The capacity tariff template with the heat pump's mode item as shed feedback, and a second load (a boiler,
     * priority 1) in the same load manager. A fresh heat pump Thing assumes a long lock just ended, so its guards
     * defer the EVU the shed asks for: its mode stays NORMAL, the shed frees nothing, and when the feedback timeout
     * (15 s) ends the manager sheds the boiler. The grid operator's lock then puts the heat pump in EVU at once: the
     * mode item's EVU reaches the manager through openHAB's item events.
     */
    private String shedFeedback() {
        List<String> report = new ArrayList<>();
        ThingUID uid = new ThingUID(HEAT_PUMP, "shed");
        ThingRegistry things = service(ThingRegistry.class);
        things.add(Objects.requireNonNull(
                things.createThingOfType(HEAT_PUMP, uid, null, "Heat pump (shed)", new Configuration())));
        awaitStatus(uid, ThingStatus.ONLINE);
        item("Number:Power", "Shed_Grid");
        item("Switch", "Shed_PeakShed");
        item("Switch", "Shed_GridLock");
        item("Switch", "Shed_Boiler");
        item("String", "Shed_Mode");
        item("String", "Shed_Wanted");
        link("Shed_PeakShed", uid, "peak-shed", null);
        link("Shed_GridLock", uid, "grid-lock", null);
        link("Shed_Mode", uid, "sg-mode", null);
        link("Shed_Wanted", uid, "wanted-mode", null);
        awaitState("Shed_Mode", new StringType("NORMAL"));

        int added = events.mark();
        addRule(fromTemplate("itest-shed-heatpump", CAPACITY_TEMPLATE,
                Map.of("gridItem", "Shed_Grid", "shedItem", "Shed_PeakShed", "modeItem", "Shed_Mode", "maxPower",
                        new BigDecimal(5000), "priority", new BigDecimal(2), "manager", "shed")));
        awaitIdle("itest-shed-heatpump");
        assertEquals("Shed_Mode", triggerConfiguration("itest-shed-heatpump").get("shedFeedbackItem"));
        // a load joining a running manager counts as restored just now: minReleaseTime 0 lets it be shed at once
        Map<String, Object> boiler = Map.ofEntries(Map.entry("manager", "shed"), Map.entry("load", "boiler"),
                Map.entry("gridItem", "Shed_Grid"), Map.entry("mode", "PEAK"),
                Map.entry("maxPower", new BigDecimal(5000)), Map.entry("priority", BigDecimal.ONE),
                Map.entry("power", new BigDecimal(2000)), Map.entry("minReleaseTime", BigDecimal.ZERO));
        addRule(rule("itest-shed-boiler", trigger(PEAK_LOAD, boiler), List.of(forward("Shed_Boiler"))));
        awaitIdle("itest-shed-boiler");
        awaitCommand("the heat pump's first command", added, "Shed_PeakShed", OnOffType.OFF);
        awaitCommand("the boiler's first command", added, "Shed_Boiler", OnOffType.OFF);

        int peak = events.mark();
        update("Shed_Grid", new QuantityType<>(6000, Units.WATT));
        awaitCommand("6 kW import sheds the heat pump, priority 2, first", peak, "Shed_PeakShed", OnOffType.ON);
        long shedAt = System.nanoTime();
        awaitState("Shed_Wanted", new StringType("EVU"));
        assertState("Shed_Mode", new StringType("NORMAL"));
        report.add("6000 W: heat pump shed " + events.commandsSince(peak, Set.of("Shed_PeakShed"))
                + ", the Thing wants EVU but its guards keep NORMAL");
        awaitCommand("the deferred shed freed nothing: the boiler is shed", peak, "Shed_Boiler", OnOffType.ON);
        Duration waited = Duration.ofNanos(System.nanoTime() - shedAt);
        assertTrue(waited.compareTo(Duration.ofSeconds(10)) >= 0,
                "the boiler is shed when the feedback timeout (15 s) ends, not at once: after " + waited);
        assertEquals(List.of("Shed_Boiler=ON"), events.commandsSince(peak, Set.of("Shed_Boiler")));
        String status = console("status shed");
        assertTrue(status.contains("shed feedback from Shed_Mode: not in effect"), status);
        report.add("boiler shed " + waited.toSeconds() + " s later");

        command("Shed_GridLock", OnOffType.ON);
        awaitState("Shed_Mode", new StringType("EVU"));
        Await.until(() -> "the manager takes the heat pump's EVU: " + console("status shed"), events,
                () -> console("status shed").contains("shed feedback from Shed_Mode: in effect"));
        report.add("grid lock: Shed_Mode EVU, the manager counts the heat pump's shed as in effect");
        return String.join("; ", report);
    }

    /**
     * The files the simulator wrote for one day, as a user pastes them into openHAB: the heat pump Thing created with
     * its configuration as openHAB's REST API creates a Thing (the values normalized to the Thing type's parameter
     * types) and every rule as the rule editor's code tab adds it. The Thing must come ONLINE (no configuration
     * error) and each rule IDLE. Rules and Thing are removed again, so that the next day's, with the same managers
     * and loads, can be added; the rules of the earlier scenarios are removed first, for the same reason (the
     * capacity template's rule has the load manager 'grid' with the load 'heatpump').
     *
     * @param day the simulated day the files are of
     * @param thingJson the Thing (UID, label, thingTypeUID, configuration)
     * @param ruleJsons the rules
     */
    private String simulatorFiles(String day, String thingJson, List<String> ruleJsons) {
        RuleRegistry rules = service(RuleRegistry.class);
        for (Rule rule : List.copyOf(rules.getAll())) {
            if (rule.getUID().startsWith("itest-")) {
                rules.remove(rule.getUID());
            }
        }
        ThingRegistry things = service(ThingRegistry.class);
        Map<?, ?> thingFile = Objects.requireNonNull(new Gson().fromJson(thingJson, Map.class));
        ThingUID uid = new ThingUID(String.valueOf(thingFile.get("UID")));
        ThingTypeUID type = new ThingTypeUID(String.valueOf(thingFile.get("thingTypeUID")));
        ThingType thingType = Await.value(() -> "the thing type " + type, events,
                () -> service(ThingTypeRegistry.class).getThingType(type));
        ConfigDescription description = Objects.requireNonNull(service(ConfigDescriptionRegistry.class)
                .getConfigDescription(Objects.requireNonNull(thingType.getConfigDescriptionURI())));
        @SuppressWarnings("unchecked")
        Map<String, Object> configuration = (Map<String, Object>) Objects.requireNonNull(thingFile.get("configuration"));
        Configuration normalized = new Configuration(ConfigUtil.normalizeTypes(configuration, List.of(description)));
        Thing thing = Objects.requireNonNull(things.createThingOfType(type, uid, null,
                String.valueOf(thingFile.get("label")), normalized));
        things.add(thing);
        Await.until(() -> uid + " of " + day + " is ONLINE (is " + statusOf(things.get(uid)) + ")", events, () -> {
            Thing current = things.get(uid);
            if (current != null && current.getStatus() == ThingStatus.OFFLINE) {
                fail(uid + " of " + day + " with the simulator's configuration " + configuration + " is "
                        + current.getStatusInfo());
            }
            return current != null && current.getStatus() == ThingStatus.ONLINE;
        });

        List<String> added = new ArrayList<>();
        for (String json : ruleJsons) {
            RuleDTO dto = Objects.requireNonNull(new Gson().fromJson(json, RuleDTO.class));
            dto.uid = "simulator-" + day + "-" + added.size();
            for (var trigger : dto.triggers) {
                trigger.configuration.forEach((name, value) -> {
                    String item = String.valueOf(value);
                    if (name.endsWith("Item") && !item.isBlank()) {
                        item(SIMULATOR_ITEM_TYPES.getOrDefault(name, "Number:Power"), item);
                    }
                });
            }
            for (var action : dto.actions) {
                item("Switch", String.valueOf(action.configuration.get("itemName")));
            }
            addRule(dto);
            added.add(dto.uid);
        }
        added.forEach(this::awaitIdle);
        added.forEach(rules::remove);

        // IDLE proves something: the first rule with a misspelt parameter is refused, naming it
        RuleDTO typo = Objects.requireNonNull(new Gson().fromJson(ruleJsons.get(0), RuleDTO.class));
        typo.uid = "simulator-" + day + "-typo";
        typo.triggers.get(0).configuration.put("minOnTme", 30);
        addRule(typo);
        RuleStatusInfo refused = awaitRuleStatus(typo.uid, RuleStatusDetail.HANDLER_INITIALIZING_ERROR);
        assertTrue(String.valueOf(refused.getDescription()).contains("'minOnTme'"), refused.toString());
        rules.remove(typo.uid);

        things.forceRemove(uid);
        Await.until(() -> uid + " removed", events, () -> things.get(uid) == null);
        return day + ": " + thingType.getUID() + " ONLINE with " + configuration.size() + " parameters; "
                + added.size() + " rules IDLE; with minOnTme not initialized";
    }

    /** The console command as openHAB's console runs it (the Karaf shell calls the same extension). */
    private String console(String arguments) {
        ConsoleCommandExtension command = null;
        try {
            for (ServiceReference<ConsoleCommandExtension> reference : context
                    .getServiceReferences(ConsoleCommandExtension.class, null)) {
                ConsoleCommandExtension candidate = context.getService(reference);
                if (candidate != null && "energymanager".equals(candidate.getCommand())) {
                    command = candidate;
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertNotNull(command, "the energymanager console command is registered");
        StringBuilder out = new StringBuilder();
        command.execute(arguments.split(" "), new Console() {
            @Override
            public void print(String s) {
                out.append(s);
            }

            @Override
            public void println(String s) {
                out.append(s).append('\n');
            }

            @Override
            public void printUsage(String s) {
                out.append("usage: ").append(s).append('\n');
            }
        });
        return out.toString();
    }

    // ------------------------------------------------------------------ what a user does, through openHAB's services

    /** A rule from a template, as the UI sends it to openHAB's REST API ("Create from template"). */
    private static RuleDTO fromTemplate(String uid, String template, Map<String, Object> configuration) {
        RuleDTO dto = new RuleDTO();
        dto.uid = uid;
        dto.name = uid;
        dto.templateUID = template;
        dto.configuration = configuration;
        dto.triggers = List.of();
        dto.conditions = List.of();
        dto.actions = List.of();
        dto.tags = Set.of();
        return dto;
    }

    /** A rule of one trigger and the given actions, as the UI's code tab gives it to openHAB's REST API. */
    private static RuleDTO rule(String uid, TriggerDTO trigger, List<ActionDTO> actions) {
        RuleDTO dto = new RuleDTO();
        dto.uid = uid;
        dto.name = uid;
        dto.configuration = Map.of();
        dto.triggers = List.of(trigger);
        dto.conditions = List.of();
        dto.actions = actions;
        dto.tags = Set.of();
        return dto;
    }

    private static TriggerDTO trigger(String type, Map<String, Object> configuration) {
        TriggerDTO trigger = new TriggerDTO();
        trigger.id = "1";
        trigger.type = type;
        trigger.configuration = configuration;
        return trigger;
    }

    /** openHAB's "send a command" action, taking the trigger's command output. */
    private static ActionDTO forward(String item) {
        ActionDTO action = new ActionDTO();
        action.id = "2";
        action.type = "core.ItemCommandAction";
        action.configuration = Map.of("itemName", item);
        action.inputs = Map.of("command", "1.command");
        return action;
    }

    /** @return the configuration of the rule's trigger as openHAB holds it (resolved and normalised) */
    private Map<String, Object> triggerConfiguration(String ruleUid) {
        Rule rule = Objects.requireNonNull(service(RuleRegistry.class).get(ruleUid), ruleUid);
        return rule.getTriggers().get(0).getConfiguration().getProperties();
    }

    /** Adds a rule the way openHAB's REST API does: its DTO mapped by openHAB's own mapper. */
    private void addRule(RuleDTO dto) {
        service(RuleRegistry.class).add(RuleDTOMapper.map(dto));
    }

    private void item(String type, String name) {
        ItemRegistry items = service(ItemRegistry.class);
        if (items.get(name) == null) {
            items.add(service(ItemBuilderFactory.class).newItemBuilder(type, name).build());
        }
    }

    private void link(String item, ThingUID thing, String channel, @Nullable String profile) {
        Configuration configuration = new Configuration();
        if (profile != null) {
            configuration.put("profile", profile);
        }
        service(ItemChannelLinkRegistry.class)
                .add(new ItemChannelLink(item, new ChannelUID(thing, channel), configuration));
    }

    private void command(String item, Command command) {
        service(EventPublisher.class).post(ItemEventFactory.createCommandEvent(item, command));
    }

    /** A state update of an item, as its binding or the UI posts one. */
    private void update(String item, State state) {
        service(EventPublisher.class).post(ItemEventFactory.createStateEvent(item, state));
    }

    private @Nullable State state(String name) {
        Item item = service(ItemRegistry.class).get(name);
        return item == null ? null : item.getState();
    }

    private void awaitState(String item, State expected) {
        Await.until(() -> item + " is " + expected + " (is " + state(item) + ")", events, () -> expected.equals(state(item)));
    }

    private void assertState(String item, State expected) {
        assertEquals(expected, state(item), item);
    }

    private void awaitStatus(ThingUID uid, ThingStatus status) {
        ThingRegistry things = service(ThingRegistry.class);
        Await.until(() -> uid + " is " + status + " (is " + statusOf(things.get(uid)) + ")", events, () -> {
            Thing thing = things.get(uid);
            return thing != null && thing.getStatus() == status;
        });
    }

    private static String statusOf(@Nullable Thing thing) {
        return thing == null ? "not in the registry" : thing.getStatusInfo().toString();
    }

    private void awaitIdle(String ruleUid) {
        RuleManager manager = service(RuleManager.class);
        Await.until(() -> "rule " + ruleUid + " is IDLE (valid and enabled)", events, () -> {
            RuleStatusInfo info = manager.getStatusInfo(ruleUid);
            if (info != null && info.getStatus() == RuleStatus.UNINITIALIZED
                    && info.getStatusDetail() != RuleStatusDetail.NONE) {
                fail("rule " + ruleUid + " is " + info);
            }
            return info != null && info.getStatus() == RuleStatus.IDLE;
        });
    }

    /** @return the rule's status, once openHAB has given it the detail */
    private RuleStatusInfo awaitRuleStatus(String ruleUid, RuleStatusDetail detail) {
        RuleManager manager = service(RuleManager.class);
        return Await.value(() -> "rule " + ruleUid + " is " + detail + " (is " + manager.getStatusInfo(ruleUid) + ")",
                events, () -> {
                    RuleStatusInfo info = manager.getStatusInfo(ruleUid);
                    return info != null && info.getStatusDetail() == detail ? info : null;
                });
    }

    /**
     * Waits for exactly these commands to those items since the mark.
     *
     * @param anyOrder whether the commands may come in any order (commands of separate links)
     */
    private void awaitCommands(String what, int mark, Set<String> items, List<String> expected, boolean anyOrder) {
        Await.until(() -> what + ": expected " + expected + ", seen " + events.commandsSince(mark, items), events,
                () -> events.commandsSince(mark, items).size() >= expected.size());
        List<String> seen = events.commandsSince(mark, items);
        if (anyOrder) {
            assertEquals(Set.copyOf(expected), Set.copyOf(seen), what);
            assertEquals(expected.size(), seen.size(), what + ": " + seen);
        } else {
            assertEquals(expected, seen, what);
        }
    }

    private void awaitCommand(String what, int mark, String item, Command command) {
        Await.until(() -> what + ": " + item + " receives " + command + ", seen " + events.commandsSince(mark, Set.of(item)),
                events, () -> events.commandsSince(mark, Set.of(item)).contains(item + "=" + command));
    }

    /** Lets the events of a change arrive: for checks that something does not happen. */
    private void quiet() {
        long end = System.nanoTime() + QUIET.toNanos();
        while (System.nanoTime() < end) {
            events.awaitNext(Duration.ofNanos(Math.max(1_000_000, end - System.nanoTime())));
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException(symbolicName + " is not installed");
    }

    private <T> T service(Class<T> type) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> Await.tracker(context, t));
        return type.cast(Objects.requireNonNull(tracker.getService(), type.getName()));
    }
}
