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
package org.openhab.smartgrid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Both add-on jars, as built, in a real Apache Felix with Felix SCR, ConfigAdmin, the libraries openHAB provides at
 * runtime and the openHAB core stand-in: every bundle resolves and starts, every DS component the jars declare is
 * satisfied and registers the services it declares, the binding's factory creates the heat pump's handler, and
 * stopping the add-ons leaves no thread or service behind.
 *
 * <p>
 * The test class path holds no openHAB class: the test reaches openHAB's API through the stand-in bundle's class
 * loader, exactly the classes the add-ons are wired to.
 */
@NonNullByDefault
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OsgiBootTest {

    private static final String THING_HANDLER_FACTORY = "org.openhab.core.thing.binding.ThingHandlerFactory";
    private static final String ITEM_CHANNEL_LINK_REGISTRY = "org.openhab.core.thing.link.ItemChannelLinkRegistry";
    private static final String SCR_RUNTIME = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    /** ComponentConfigurationDTO.SATISFIED and ACTIVE: a component whose references are all bound. */
    private static final Set<Integer> SATISFIED_OR_ACTIVE = Set.of(4, 8);

    private @Nullable OsgiRuntime runtime;
    private final Map<String, Bundle> addons = new java.util.LinkedHashMap<>();

    @BeforeAll
    void bootFelixWithBothAddons() throws Exception {
        OsgiRuntime osgi = OsgiRuntime.boot("boot");
        runtime = osgi;
        // what openHAB core registers and the binding's factory references; the stand-in registers no service
        osgi.registerOpenhabService("org.openhab.core.i18n.TimeZoneProvider",
                Map.of("getTimeZone", args -> ZoneId.of("Europe/Amsterdam")));
        Object storage = osgi.memoryStorage();
        osgi.registerOpenhabService("org.openhab.core.storage.StorageService", Map.of("getStorage", args -> storage));
        // what openHAB core registers and the add-ons' components reference
        Object items = osgi.registerOpenhabService("org.openhab.core.items.ItemRegistry", Map.of());
        osgi.registerOpenhabService("org.openhab.core.events.EventPublisher", Map.of());
        // openHAB's link registry is a class, not an interface: the stand-in's, built with its package-private
        // constructor (openHAB's constructor differs between 4.3 and 5.x)
        Class<?> links = osgi.openhabClass(ITEM_CHANNEL_LINK_REGISTRY);
        Constructor<?> newLinks = links.getDeclaredConstructor(osgi.openhabClass("org.openhab.core.items.ItemRegistry"));
        newLinks.setAccessible(true);
        osgi.context().registerService(ITEM_CHANNEL_LINK_REGISTRY, newLinks.newInstance(items), null);
        osgi.registerOpenhabService("org.openhab.core.i18n.LocationProvider", Map.of("getLocation", args -> null));
        osgi.registerOpenhabService("org.openhab.core.i18n.TranslationProvider", Map.of("getText", args -> null));
        for (String addon : List.of(BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION)) {
            addons.put(addon, osgi.installAddon(BuiltArtifacts.addonJar(addon)));
        }
        for (Bundle bundle : addons.values()) {
            Bundles.start(bundle);
        }
    }

    @AfterAll
    void stopFelix() throws Exception {
        OsgiRuntime osgi = runtime;
        if (osgi != null) {
            osgi.close();
        }
    }

    @Test
    void everyBundleResolvesAndStarts() {
        assertEquals(List.of(), Bundles.inactive(osgi().context()), "every bundle must be ACTIVE (fragments RESOLVED)");
        assertEquals(2 + osgi().runtimeBundles().size() + 2, osgi().context().getBundles().length,
                "system bundle, runtime bundles, stand-in and both add-ons");
    }

    @ParameterizedTest(name = "every DS component of {0} is satisfied and registers the services it declares")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void everyDeclaredComponentIsSatisfiedAndRegistersItsServices(String addon) throws Exception {
        Bundle bundle = addon(addon);
        List<ComponentDescriptor> declared = ComponentDescriptor.of(BuiltArtifacts.addonJar(addon));
        Map<String, Integer> states = componentStates(bundle);
        assertEquals(declared.stream().map(ComponentDescriptor::name).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(states.keySet()), "SCR knows exactly the components " + addon + " declares");
        for (ComponentDescriptor component : declared) {
            assertTrue(SATISFIED_OR_ACTIVE.contains(states.get(component.name())), component.name()
                    + " must be satisfied or active (4 or 8), was " + states.get(component.name()));
            for (String service : component.services()) {
                assertFalse(osgi().servicesOf(bundle, service).isEmpty(),
                        component.name() + " must register " + service);
            }
        }
    }

    @Test
    void theBindingRegistersAThingHandlerFactory() throws Exception {
        assertEquals(1, osgi().servicesOf(addon(BuiltArtifacts.BINDING), THING_HANDLER_FACTORY).size(),
                "the binding registers one ThingHandlerFactory");
    }

    @Test
    void theFactoryCreatesAHandlerForTheHeatPump() throws Exception {
        Object handler = createHeatPumpHandler();
        assertEquals("org.openhab.binding.thermia.internal.ThermiaHandler", handler.getClass().getName());
        assertSame(addon(BuiltArtifacts.BINDING).adapt(BundleWiring.class).getClassLoader(),
                handler.getClass().getClassLoader(), "the handler is the binding bundle's class");
    }

    @Test
    void stoppingAndRestartingTheAddonsLeavesNoThreadOrServiceBehind() throws Exception {
        Set<String> threadsBefore = liveThreads();
        Map<Bundle, List<String>> provided = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Bundle> addon : addons.entrySet()) {
            provided.put(addon.getValue(), ComponentDescriptor.of(BuiltArtifacts.addonJar(addon.getKey())).stream()
                    .flatMap(c -> c.services().stream()).toList());
        }
        for (int round = 1; round <= 2; round++) {
            for (Bundle bundle : provided.keySet()) {
                bundle.stop();
            }
            for (Map.Entry<Bundle, List<String>> addon : provided.entrySet()) {
                for (String service : addon.getValue()) {
                    assertEquals(List.of(), osgi().servicesOf(addon.getKey(), service),
                            addon.getKey().getSymbolicName() + " still registers " + service + " while stopped");
                }
            }
            Set<String> leftOver = new TreeSet<>(liveThreads());
            leftOver.removeAll(threadsBefore);
            assertEquals(Set.of(), leftOver, "threads left behind after stopping the add-ons (round " + round + ")");
            for (Bundle bundle : provided.keySet()) {
                Bundles.start(bundle);
            }
            for (Map.Entry<Bundle, List<String>> addon : provided.entrySet()) {
                for (String service : addon.getValue()) {
                    assertFalse(osgi().servicesOf(addon.getKey(), service).isEmpty(),
                            addon.getKey().getSymbolicName() + " registers " + service + " again after a restart");
                }
            }
            createHeatPumpHandler();
        }
    }

    /** Through the factory service, with the stand-in's classes: supportsThingType, createThing, registerHandler. */
    private Object createHeatPumpHandler() throws Exception {
        OsgiRuntime osgi = osgi();
        List<ServiceReference<?>> references = osgi.servicesOf(addon(BuiltArtifacts.BINDING), THING_HANDLER_FACTORY);
        assertEquals(1, references.size(), "one ThingHandlerFactory from the binding");
        Object factory = osgi.context().getService(references.get(0));
        assertNotNull(factory, "the factory service");
        try {
            Class<?> factoryType = osgi.openhabClass(THING_HANDLER_FACTORY);
            Class<?> thingTypeUid = osgi.openhabClass("org.openhab.core.thing.ThingTypeUID");
            Class<?> thingUid = osgi.openhabClass("org.openhab.core.thing.ThingUID");
            Class<?> configuration = osgi.openhabClass("org.openhab.core.config.core.Configuration");
            Class<?> thing = osgi.openhabClass("org.openhab.core.thing.Thing");
            Object heatPump = thingTypeUid.getConstructor(String.class, String.class).newInstance("thermia", "heatpump");
            assertEquals(Boolean.TRUE, factoryType.getMethod("supportsThingType", thingTypeUid).invoke(factory, heatPump),
                    "the factory supports thermia:heatpump");
            Object other = thingTypeUid.getConstructor(String.class, String.class).newInstance("thermia", "other");
            assertEquals(Boolean.FALSE, factoryType.getMethod("supportsThingType", thingTypeUid).invoke(factory, other),
                    "the factory supports no other thing type");
            Object uid = thingUid.getConstructor(thingTypeUid, String.class).newInstance(heatPump, "itest");
            Method createThing = factoryType.getMethod("createThing", thingTypeUid, configuration, thingUid, thingUid);
            Object created = createThing.invoke(factory, heatPump, configuration.getConstructor().newInstance(), uid,
                    null);
            assertNotNull(created, "a thermia:heatpump Thing");
            Object handler = factoryType.getMethod("registerHandler", thing).invoke(factory, created);
            assertNotNull(handler, "a handler for thermia:heatpump");
            return handler;
        } finally {
            osgi.context().ungetService(references.get(0));
        }
    }

    /** Component name to configuration state, read from SCR's ServiceComponentRuntime DTOs (by reflection). */
    private Map<String, Integer> componentStates(Bundle bundle) throws Exception {
        ServiceReference<?> reference = osgi().context().getServiceReference(SCR_RUNTIME);
        assertNotNull(reference, "Felix SCR registers the ServiceComponentRuntime");
        Object scr = osgi().context().getService(reference);
        try {
            Class<?> scrType = reference.getBundle().loadClass(SCR_RUNTIME);
            Object bundles = Array.newInstance(Bundle.class, 1);
            Array.set(bundles, 0, bundle);
            Iterable<?> descriptions = (Iterable<?>) scrType.getMethod("getComponentDescriptionDTOs", Bundle[].class)
                    .invoke(scr, bundles);
            Map<String, Integer> states = new java.util.TreeMap<>();
            for (Object description : descriptions) {
                String name = (String) description.getClass().getField("name").get(description);
                Method configurations = scrType.getMethod("getComponentConfigurationDTOs", description.getClass());
                int best = 0;
                for (Object configuration : (Iterable<?>) configurations.invoke(scr, description)) {
                    best = Math.max(best, configuration.getClass().getField("state").getInt(configuration));
                }
                states.put(name, best);
            }
            return states;
        } finally {
            osgi().context().ungetService(reference);
        }
    }

    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(t -> t.getName() + " #" + t.getId()).collect(Collectors.toSet());
    }

    private Bundle addon(String name) {
        Bundle bundle = addons.get(name);
        assertNotNull(bundle, name + " installed");
        return bundle;
    }

    private OsgiRuntime osgi() {
        OsgiRuntime osgi = runtime;
        assertNotNull(osgi, "Felix booted");
        return osgi;
    }

}
