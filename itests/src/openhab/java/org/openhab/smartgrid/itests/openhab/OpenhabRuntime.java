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
package org.openhab.smartgrid.itests.openhab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.itests.BuiltArtifacts;
import org.openhab.smartgrid.itests.Bundles;
import org.openhab.smartgrid.itests.openhab.probe.ProbeContract;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * openHAB's real core bundles of the version under test, started the way openHAB's distribution runs them (on
 * Equinox, with Felix SCR and ConfigAdmin, SPI Fly and openHAB's third-party bundles), with both add-ons as built and
 * a probe bundle that uses openHAB's API from inside the framework. The JUnit side never loads an openHAB class: it
 * asks the probe to run a scenario, through a service typed with JDK classes only ({@link ProbeContract}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class OpenhabRuntime implements AutoCloseable {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    /**
     * Plain jars on Maven Central whose classes openHAB's runtime takes from bundles that openHAB repackages (its
     * "osgiify" artifacts, not on Maven Central): wrapped here the same way, every package exported.
     */
    private static final Map<String, String> WRAPPED = Map.of("directory-watcher-", "io.methvin.directory-watcher",
            "si-quantity-", "si.uom.si-quantity");
    /** Started first, in this order: what openHAB's bundles need before they activate. */
    private static final List<String> FIRST = List.of("org.apache.aries.spifly", "org.ops4j.pax.logging",
            "org.apache.felix.configadmin", "org.apache.felix.scr", "org.eclipse.equinox.event");

    private final Framework framework;
    private final Function<Object, Object> probe;
    private final ServiceTracker<?, ?> probeTracker;

    private OpenhabRuntime(Framework framework, ServiceTracker<?, ?> probeTracker, Function<Object, Object> probe) {
        this.framework = framework;
        this.probeTracker = probeTracker;
        this.probe = probe;
    }

    static String openhabVersion() {
        return System.getProperty("openhab.version", "?");
    }

    /** Boots a fresh framework with a fresh openHAB user data folder. */
    static OpenhabRuntime boot(String name) throws Exception {
        Path storage = Path.of(property("smartgrid.openhab.storage")).resolve(name).toAbsolutePath();
        deleteRecursively(storage);
        Path work = Files.createDirectories(storage.resolve("work"));
        // openHAB reads its folders from system properties (OpenHAB.getUserDataFolder, getConfigFolder)
        System.setProperty("openhab.userdata", Files.createDirectories(storage.resolve("userdata")).toString());
        System.setProperty("openhab.conf", Files.createDirectories(storage.resolve("conf")).toString());

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.resolve("osgi").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // as openHAB's distribution (userdata/etc/custom.properties)
        config.put("osgi.compatibility.bootdelegation", "true");
        config.put("org.ops4j.pax.logging.DefaultServiceLog.level", System.getProperty("smartgrid.openhab.log", "INFO"));
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework (Equinox) on the test class path"));
        Framework framework = factory.newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();

        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : runtimeJars()) {
            bundles.add(Bundles.install(context, bundleOf(jar, work)));
        }
        for (String first : FIRST) {
            for (Bundle bundle : bundles) {
                if (bundle.getSymbolicName().startsWith(first)) {
                    start(bundle);
                }
            }
        }
        // the probe configures what openHAB's distribution configures (start levels) before openHAB starts
        Bundle probeBundle = Bundles.install(context, probeJar(work));
        start(probeBundle);
        for (Bundle bundle : bundles) {
            start(bundle);
        }
        for (String addon : List.of(BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION)) {
            start(Bundles.install(context, BuiltArtifacts.addonJar(addon)));
        }
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + Function.class.getName() + ")(" + ProbeContract.PROPERTY + "=*))"),
                null);
        tracker.open(true);
        @SuppressWarnings("unchecked")
        Function<Object, Object> probe = (Function<Object, Object>) tracker.waitForService(PROBE_TIMEOUT.toMillis());
        if (probe == null) {
            framework.stop();
            throw new IllegalStateException("the probe bundle registered no scenario service");
        }
        return new OpenhabRuntime(framework, tracker, probe);
    }

    /**
     * Runs a scenario of the probe with its arguments; an assertion that fails inside the framework fails the test.
     *
     * @return what the scenario reports (shown in the test's output)
     */
    String run(String scenario, String... arguments) {
        String[] call = new String[arguments.length + 1];
        call[0] = scenario;
        System.arraycopy(arguments, 0, call, 1, arguments.length);
        return String.valueOf(probe.apply(call));
    }

    /** @return the bundles that are not active (fragments: not resolved), with their state */
    List<String> inactiveBundles() {
        return Bundles.inactive(framework.getBundleContext());
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        probeTracker.close();
        framework.stop();
        framework.waitForStop(STOP_TIMEOUT_MILLIS);
    }

    /** Starts a bundle once (a bundle of {@link #FIRST} is already active when the others are started). */
    private static void start(Bundle bundle) throws BundleException {
        if (bundle.getState() != Bundle.ACTIVE) {
            Bundles.start(bundle);
        }
    }

    private static List<Path> runtimeJars() throws IOException {
        Path folder = Path.of(property("smartgrid.openhab.runtime"));
        try (Stream<Path> jars = Files.list(folder)) {
            List<Path> list = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (list.stream().noneMatch(p -> p.getFileName().toString().startsWith("org.openhab.core.thing-"))) {
                throw new IllegalStateException(folder + " holds no openHAB core bundles: run with -Popenhab");
            }
            return list;
        }
    }

    /** @return the jar itself, or a copy with the manifest openHAB's repackaged bundle has */
    private static Path bundleOf(Path jar, Path work) throws Exception {
        String file = jar.getFileName().toString();
        for (Map.Entry<String, String> wrapped : WRAPPED.entrySet()) {
            if (file.startsWith(wrapped.getKey())) {
                String version = file.substring(wrapped.getKey().length(), file.length() - ".jar".length());
                Path out = work.resolve(file);
                try (Analyzer analyzer = new Analyzer(); Jar content = new Jar(jar.toFile())) {
                    analyzer.setJar(content);
                    analyzer.setProperty(Constants.BUNDLE_SYMBOLICNAME, wrapped.getValue());
                    analyzer.setProperty(Constants.BUNDLE_VERSION, version);
                    analyzer.setProperty(Constants.EXPORT_PACKAGE, "*;version=" + version);
                    analyzer.setProperty(Constants.IMPORT_PACKAGE, "*;resolution:=optional");
                    Manifest manifest = analyzer.calcManifest();
                    content.setManifest(manifest);
                    content.write(out.toFile());
                }
                return out;
            }
        }
        return jar;
    }

    /** The probe's classes (compiled against openHAB's real API) as a bundle that imports what they use. */
    private static Path probeJar(Path work) throws Exception {
        Path out = work.resolve("smartgrid-itests-probe.jar");
        try (Builder builder = new Builder()) {
            builder.addClasspath(new File(property("smartgrid.openhab.probe")));
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "org.openhab.smartgrid.itests.probe");
            builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            builder.setProperty(Constants.BUNDLE_ACTIVATOR, ProbeContract.ACTIVATOR);
            builder.setProperty("Private-Package", ProbeContract.class.getPackageName());
            builder.setProperty(Constants.IMPORT_PACKAGE, "org.eclipse.jdt.annotation;resolution:=optional,*");
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("the probe bundle: " + builder.getErrors());
            }
            jar.write(out.toFile());
        }
        return out;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run with -Popenhab");
        }
        return value;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
