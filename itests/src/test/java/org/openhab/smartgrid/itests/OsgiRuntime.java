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

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A real Apache Felix framework with what openHAB provides at runtime (Felix SCR, ConfigAdmin, SLF4J through
 * pax-logging-api, Gson, units of measurement) and the openHAB core stand-in, into which the tests install the built
 * add-on jars. Every bundle comes from a jar file; nothing of the test class path is exported into the framework
 * (no {@code org.osgi.framework.system.packages.extra}), so a bundle resolves only against what is installed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class OsgiRuntime implements AutoCloseable {

    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private final Framework framework;
    private final List<Bundle> runtimeBundles;
    private final Bundle standIn;

    private OsgiRuntime(Framework framework, List<Bundle> runtimeBundles, Bundle standIn) {
        this.framework = framework;
        this.runtimeBundles = runtimeBundles;
        this.standIn = standIn;
    }

    /** Boots Felix with a fresh storage under {@code target/felix-cache/<name>} and starts the runtime bundles. */
    static OsgiRuntime boot(String name) throws BundleException, IOException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage().resolve(name).toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the test class path"));
        Framework framework = factory.newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> runtime = new ArrayList<>();
        for (Path jar : runtimeJars()) {
            runtime.add(Bundles.install(context, jar));
        }
        Bundle standIn = Bundles.install(context, BuiltArtifacts.standInJar());
        for (Bundle bundle : runtime) {
            Bundles.start(bundle);
        }
        Bundles.start(standIn);
        return new OsgiRuntime(framework, runtime, standIn);
    }

    BundleContext context() {
        BundleContext context = framework.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("the framework is not running");
        }
        return context;
    }

    List<Bundle> runtimeBundles() {
        return runtimeBundles;
    }

    Bundle standIn() {
        return standIn;
    }

    /** Installs a built add-on jar (not started). */
    Bundle installAddon(Path jar) throws BundleException, IOException {
        return Bundles.install(context(), jar);
    }

    /** A class as the stand-in bundle sees it: the one the add-ons are wired to. */
    Class<?> openhabClass(String name) throws ClassNotFoundException {
        return standIn.loadClass(name);
    }

    /**
     * Registers a service under an openHAB interface loaded from the stand-in, answering each call through the
     * given handler (method name, arguments) so the test needs no openHAB class of its own.
     *
     * @return the registered service object
     */
    Object registerOpenhabService(String interfaceName, Map<String, java.util.function.Function<@Nullable Object[], @Nullable Object>> answers)
            throws ClassNotFoundException {
        Class<?> type = openhabClass(interfaceName);
        Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> interfaceName + " (test)";
                };
            }
            var answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(interfaceName + "." + method.getName() + " in the test");
            }
            return answer.apply(args == null ? new Object[0] : args);
        });
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("smartgrid.itest", Boolean.TRUE);
        context().registerService(interfaceName, service, properties);
        return service;
    }

    /** A simple in-memory openHAB {@code Storage}, as a proxy of the stand-in's interface. */
    Object memoryStorage() throws ClassNotFoundException {
        Class<?> type = openhabClass("org.openhab.core.storage.Storage");
        Map<String, Object> values = new ConcurrentHashMap<>();
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            return switch (method.getName()) {
                case "put" -> args[1] == null ? values.remove((String) args[0]) : values.put((String) args[0], args[1]);
                case "remove" -> values.remove((String) args[0]);
                case "containsKey" -> values.containsKey((String) args[0]);
                case "get" -> values.get((String) args[0]);
                case "getKeys" -> List.copyOf(values.keySet());
                case "getValues" -> List.copyOf(values.values());
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "memory storage (test)";
                default -> throw new UnsupportedOperationException("Storage." + method.getName() + " in the test");
            };
        });
    }

    /** The services of that interface that the bundle registered. */
    List<ServiceReference<?>> servicesOf(Bundle bundle, String interfaceName) throws InvalidSyntaxException {
        ServiceReference<?>[] all = context().getAllServiceReferences(interfaceName, null);
        return all == null ? List.of()
                : Arrays.stream(all).filter(r -> r.getBundle() != null && r.getBundle().getBundleId() == bundle.getBundleId())
                        .toList();
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(STOP_TIMEOUT_MILLIS);
    }

    private static Path storage() {
        return Path.of(System.getProperty("smartgrid.osgi.storage", "target/felix-cache")).toAbsolutePath();
    }

    /** The jars maven-dependency-plugin copied for the test: what openHAB's runtime provides. */
    static List<Path> runtimeJars() throws IOException {
        Path folder = Path.of(System.getProperty("smartgrid.osgi.bundles", "target/osgi-bundles"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " does not exist: run the itests with 'mvn verify'");
        }
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}
