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

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the reactor put the artifacts under test. The itests run in {@code verify}, after every module before
 * them was packaged.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class BuiltArtifacts {

    static final String VERSION = System.getProperty("smartgrid.project.version", "0.1.0-SNAPSHOT");
    static final String IMPORT_RANGE = System.getProperty("openhab.import.range", "[4.3,6)");
    public static final String BINDING = "org.openhab.binding.thermia";
    public static final String AUTOMATION = "org.openhab.automation.energymanager";

    private BuiltArtifacts() {
    }

    public static Path root() {
        return Path.of(System.getProperty("smartgrid.root", "..")).toAbsolutePath().normalize();
    }

    public static Path addonJar(String bundle) {
        return existing(root().resolve("bundles").resolve(bundle).resolve("target")
                .resolve(bundle + "-" + VERSION + ".jar"));
    }

    /** The openHAB core stand-in as an OSGi bundle: only ever installed into the test's Felix, never shipped. */
    static Path standInJar() {
        return existing(root().resolve("tools/openhab-standin/target/openhab-standin-" + VERSION + ".jar"));
    }

    static Path kar() {
        return existing(root().resolve("features/target/smartgrid-features-" + VERSION + ".kar"));
    }

    private static Path existing(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist: run the itests with 'mvn verify' from the root");
        }
        return path;
    }
}
