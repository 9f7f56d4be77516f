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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventFilter;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.i18n.LocationProvider;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateEvent;
import org.openhab.core.library.types.PointType;
import org.openhab.core.storage.StorageService;
import org.openhab.smartgrid.core.energy.DailyDeadline;
import org.openhab.smartgrid.core.energy.GeoLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers of all rules, by name: creates a manager when its first load's rule is enabled, removes it with the
 * last, and routes item state events to the managers that read the item. It is the one {@link EventSubscriber} of
 * the add-on, so the module handlers stay plain objects that tests can build.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = { ManagerRegistry.class, EventSubscriber.class })
public class ManagerRegistry implements EventSubscriber {

    /** The source of the status items' state updates on openHAB's event bus: this add-on's bundle. */
    public static final String SOURCE = "org.openhab.automation.energymanager";

    private final Logger logger = LoggerFactory.getLogger(ManagerRegistry.class);
    private final ItemRegistry itemRegistry;
    private final StatusSink statusSink;
    private final TimeZoneProvider timeZoneProvider;
    private final LocationProvider locationProvider;
    private final SnapshotStore store;
    private final Clock clock;
    private final Map<String, SurplusManagerAdapter> surplus = new TreeMap<>();
    private final Map<String, PeakManagerAdapter> peak = new TreeMap<>();
    /**
     * The managers that read each item, energy managers first: rebuilt whole when a load joins or leaves, so that
     * openHAB's event thread reads it without a lock and without allocating.
     */
    private volatile Map<String, List<ManagerAdapter>> readersByItem = Map.of();
    /** openHAB asks for the filter at every event: one instance, reading the current readers. */
    private final EventFilter readItemsOnly = event -> event instanceof ItemStateEvent stateEvent
            && readersByItem.containsKey(stateEvent.getItemName());

    @Activate
    public ManagerRegistry(@Reference ItemRegistry itemRegistry, @Reference EventPublisher eventPublisher,
            @Reference TimeZoneProvider timeZoneProvider, @Reference LocationProvider locationProvider,
            @Reference StorageService storageService) {
        this(itemRegistry, eventPublisher, timeZoneProvider, locationProvider, storageService, Clock.systemUTC());
    }

    /** For tests: the same with a clock of their own. */
    public ManagerRegistry(ItemRegistry itemRegistry, EventPublisher eventPublisher,
            TimeZoneProvider timeZoneProvider, LocationProvider locationProvider, StorageService storageService,
            Clock clock) {
        this.itemRegistry = itemRegistry;
        // a state update, as a binding's channel gives its item: the item takes it without a rule or a profile
        this.statusSink = (item, state) -> eventPublisher
                .post(ItemEventFactory.createStateEvent(item, state, SOURCE));
        this.timeZoneProvider = timeZoneProvider;
        this.locationProvider = locationProvider;
        this.store = new SnapshotStore(storageService);
        this.clock = clock;
    }

    @Deactivate
    public synchronized void deactivate() {
        // the managers save at most once a minute while they run (SaveThrottle): a shutdown saves what is newer
        surplus.values().forEach(ManagerAdapter::saveNow);
        peak.values().forEach(ManagerAdapter::saveNow);
        surplus.values().forEach(ManagerAdapter::cancelWakeUp);
        peak.values().forEach(ManagerAdapter::cancelWakeUp);
        surplus.clear();
        peak.clear();
        readersByItem = Map.of();
    }

    /**
     * Adds a load to its energy manager, creating the manager for its first load.
     *
     * @return the manager the load joined
     * @throws IllegalArgumentException when the load does not fit (other meters, a duplicate name, a SUNSET
     *             deadline without openHAB location); the message says why
     */
    public synchronized SurplusManagerAdapter addSurplusLoad(SurplusLoadSpec spec, LoadListener listener) {
        GeoLocation location = location();
        if (location == null && spec.load().dailyDeadline() instanceof DailyDeadline.Sunset) {
            throw new IllegalArgumentException("load '" + spec.load().name()
                    + "': dailyDeadline SUNSET needs openHAB's location (Settings, Regional Settings); set the location or use a local time HH:mm");
        }
        SurplusManagerAdapter existing = surplus.get(spec.manager());
        SurplusManagerAdapter adapter = existing != null ? existing
                : new SurplusManagerAdapter(spec.manager(), spec.settings(), timeZoneProvider.getTimeZone(), location,
                        store, clock, statusSink);
        try {
            adapter.add(spec, listener);
        } catch (IllegalArgumentException e) {
            logger.warn("Rule not started: {}", e.getMessage());
            throw e;
        }
        surplus.put(spec.manager(), adapter);
        indexReaders();
        feedCurrentStates(adapter);
        warnMissing(adapter, spec.status());
        return adapter;
    }

    public synchronized void removeSurplusLoad(String manager, String load) {
        SurplusManagerAdapter adapter = surplus.get(manager);
        if (adapter != null) {
            adapter.remove(load);
            if (adapter.isEmpty()) {
                adapter.cancelWakeUp();
                surplus.remove(manager);
            }
            indexReaders();
        }
    }

    /**
     * Adds a load to its load manager, creating the manager for its first load.
     *
     * @return the manager the load joined
     * @throws IllegalArgumentException when the load does not fit (other meters or limits, a duplicate name)
     */
    public synchronized PeakManagerAdapter addPeakLoad(PeakLoadSpec spec, LoadListener listener) {
        PeakManagerAdapter existing = peak.get(spec.manager());
        PeakManagerAdapter adapter = existing != null ? existing
                : new PeakManagerAdapter(spec.manager(), spec.settings(), timeZoneProvider.getTimeZone(), store,
                        clock, statusSink);
        try {
            adapter.add(spec, listener);
        } catch (IllegalArgumentException e) {
            logger.warn("Rule not started: {}", e.getMessage());
            throw e;
        }
        peak.put(spec.manager(), adapter);
        indexReaders();
        feedCurrentStates(adapter);
        warnMissing(adapter, spec.status());
        return adapter;
    }

    public synchronized void removePeakLoad(String manager, String load) {
        PeakManagerAdapter adapter = peak.get(manager);
        if (adapter != null) {
            adapter.remove(load);
            if (adapter.isEmpty()) {
                adapter.cancelWakeUp();
                peak.remove(manager);
            }
            indexReaders();
        }
    }

    public synchronized @Nullable SurplusManagerAdapter surplusManager(String name) {
        return surplus.get(name);
    }

    public synchronized @Nullable PeakManagerAdapter peakManager(String name) {
        return peak.get(name);
    }

    /** @return the time source of the managers (a virtual clock in tests) */
    public Clock clock() {
        return clock;
    }

    /** @return the energy managers, by name */
    public synchronized List<SurplusManagerAdapter> surplusManagers() {
        return new ArrayList<>(surplus.values());
    }

    /** @return the load managers, by name */
    public synchronized List<PeakManagerAdapter> peakManagers() {
        return new ArrayList<>(peak.values());
    }

    private @Nullable GeoLocation location() {
        PointType point = locationProvider.getLocation();
        if (point == null) {
            return null;
        }
        try {
            return new GeoLocation(point.getLatitude().doubleValue(), point.getLongitude().doubleValue());
        } catch (IllegalArgumentException e) {
            logger.warn("openHAB's location {} is not usable: {}", point, e.getMessage());
            return null;
        }
    }

    /** Called with the registry's lock held, after a load joined or left a manager. */
    private void indexReaders() {
        Map<String, List<ManagerAdapter>> readers = new HashMap<>();
        for (Map<String, ? extends ManagerAdapter> managers : List.of(surplus, peak)) {
            for (ManagerAdapter adapter : managers.values()) {
                for (String item : adapter.items()) {
                    readers.computeIfAbsent(item, name -> new ArrayList<>()).add(adapter);
                }
            }
        }
        Map<String, List<ManagerAdapter>> frozen = new HashMap<>();
        readers.forEach((item, adapters) -> frozen.put(item, List.copyOf(adapters)));
        readersByItem = Map.copyOf(frozen);
    }

    /** A new manager (or load) need not wait for the meters' next report: their current states are fed at once. */
    private void feedCurrentStates(ManagerAdapter adapter) {
        for (String name : adapter.items()) {
            try {
                Item item = itemRegistry.getItem(name);
                adapter.onItemState(name, item.getState());
            } catch (ItemNotFoundException e) {
                logger.warn("{} '{}': item '{}' does not exist (yet); its values count once it reports",
                        adapter.kind(), adapter.name(), name);
            }
        }
    }

    /**
     * A status item that does not exist is told in the log, as a meter item is: the rule still runs, and openHAB
     * drops the item's updates until it exists (each is posted again once its value changes).
     */
    private void warnMissing(ManagerAdapter adapter, StatusItems items) {
        for (String name : items.all()) {
            try {
                itemRegistry.getItem(name);
            } catch (ItemNotFoundException e) {
                logger.warn("{} '{}': status item '{}' does not exist (yet); it is updated once it does and its value "
                        + "changes", adapter.kind(), adapter.name(), name);
            }
        }
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return Set.of(ItemStateEvent.TYPE);
    }

    /** Only the state events of items a manager reads reach {@link #receive}: openHAB drops the others. */
    @Override
    public EventFilter getEventFilter() {
        return readItemsOnly;
    }

    @Override
    public void receive(Event event) {
        if (!(event instanceof ItemStateEvent stateEvent)) {
            return;
        }
        String item = stateEvent.getItemName();
        List<ManagerAdapter> readers = readersByItem.get(item);
        if (readers == null) {
            return;
        }
        // without the registry's lock: a step fires rules, which may call actions that need the registry
        for (ManagerAdapter adapter : readers) {
            adapter.onItemState(item, stateEvent.getItemState());
        }
    }
}
