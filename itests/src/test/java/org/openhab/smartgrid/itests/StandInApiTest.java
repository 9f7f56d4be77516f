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

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The stand-in declares nothing that openHAB declares differently: every public class of the built stand-in jar
 * (but the {@code *.internal.*} packages, which openHAB does not export) is compared by {@link ApiDiff} with
 * openHAB's class of the same name, loaded from openHAB's real core jars of {@code openhab.version} (5.2.1 unless
 * {@code -Dopenhab.version=4.3.11}). Each side has its own class loader, with only the platform's classes and the
 * third-party APIs the signatures need besides; the jars are in {@code target/openhab-api}.
 * <p>
 * Needs openHAB's jars, so it runs only with {@code -Popenhab} (which copies them there and sets
 * {@value #API_DIRECTORY}); the default build reports it as skipped.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@EnabledIfSystemProperty(named = StandInApiTest.API_DIRECTORY, matches = ".+", //
        disabledReason = "compares the stand-in with openHAB's own jars: run with -Popenhab")
class StandInApiTest {

    static final String API_DIRECTORY = "smartgrid.openhab.api";

    /** openHAB's core jars in the API directory; every other jar there is a third-party API. */
    private static final String OPENHAB_JAR_PREFIX = "org.openhab.core";
    /** The stand-in covers about 120 classes and 700 members: far fewer compared means the scan went wrong. */
    private static final int MIN_CLASSES = 100;
    private static final int MIN_MEMBERS = 600;

    @Test
    void everyDeclarationOfTheStandInIsOpenhabs() throws IOException, ClassNotFoundException {
        String version = System.getProperty("openhab.version", "5.2.1");
        String openhab = "openHAB " + version;
        Path standInJar = BuiltArtifacts.standInJar();
        List<Path> openhabJars = new ArrayList<>();
        List<Path> libraries = new ArrayList<>();
        for (Path jar : jars(Path.of(System.getProperty(API_DIRECTORY, "")))) {
            String file = jar.getFileName().toString();
            if (!file.startsWith(OPENHAB_JAR_PREFIX)) {
                libraries.add(jar);
            } else if (file.endsWith("-" + version + ".jar")) {
                openhabJars.add(jar); // not those of another version, copied by an earlier run
            }
        }
        assertFalse(openhabJars.isEmpty(), "no " + OPENHAB_JAR_PREFIX + "*-" + version + ".jar in " + API_DIRECTORY);

        ApiDiff diff = new ApiDiff(openhab);
        List<String> unreadable = new ArrayList<>();
        try (URLClassLoader standIn = loader(List.of(standInJar), libraries);
                URLClassLoader real = loader(openhabJars, libraries)) {
            for (String name : apiClassNames(standInJar)) {
                try {
                    Class<?> standInClass = Class.forName(name, false, standIn);
                    if (!ApiDiff.isApi(standInClass)) {
                        continue;
                    }
                    Class<?> realClass = load(name, real);
                    if (realClass == null) {
                        diff.missing(standInClass);
                    } else {
                        diff.compare(standInClass, realClass);
                    }
                } catch (LinkageError e) {
                    unreadable.add(name + ": unreadable (" + e + "): add the jar that holds the missing class to "
                            + "the openhab profile's openhab-api copy in itests/pom.xml");
                }
            }
        }

        List<String> differences = new ArrayList<>(unreadable);
        differences.addAll(diff.differences());
        assertAll(() -> assertTrue(diff.classes() >= MIN_CLASSES,
                "compared only " + diff.classes() + " classes of " + standInJar.getFileName()),
                () -> assertTrue(diff.members() >= MIN_MEMBERS,
                        "compared only " + diff.members() + " members of " + standInJar.getFileName()),
                () -> {
                    if (!differences.isEmpty()) {
                        fail(differences.size() + " declarations of the stand-in differ from " + openhab + " ("
                                + diff.classes() + " classes and " + diff.members() + " members compared):\n"
                                + String.join("\n", differences));
                    }
                });
    }

    private static List<Path> jars(Path directory) throws IOException {
        assertTrue(Files.isDirectory(directory), directory + " (" + API_DIRECTORY + ") is not a directory");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The classes in the jar, but those of {@code *.internal.*} packages and the module and package infos. */
    private static List<String> apiClassNames(Path jar) throws IOException {
        return AddonJarTest.entries(jar).stream()
                .filter(e -> e.endsWith(".class") && !e.contains("/internal/") && !e.endsWith("-info.class"))
                .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.')).sorted().toList();
    }

    private static URLClassLoader loader(List<Path> jars, List<Path> libraries) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : Stream.concat(jars.stream(), libraries.stream()).toList()) {
            urls.add(jar.toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static @Nullable Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
