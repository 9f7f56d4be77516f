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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;

/**
 * One add-on jar dropped into openHAB's addons folder must work: it embeds the core packages it uses, carries no
 * stand-in class, and imports openHAB core with the range of every supported openHAB release.
 */
@NonNullByDefault
class AddonJarTest {

    @ParameterizedTest(name = "{0} embeds the core engine")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void theAddonEmbedsTheCorePackagesItUses(String bundle) throws IOException {
        List<String> entries = entries(BuiltArtifacts.addonJar(bundle));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("org/openhab/smartgrid/core/") && e.endsWith(".class")),
                bundle + " holds no core class: " + entries);
        Parameters imports = header(BuiltArtifacts.addonJar(bundle), "Import-Package");
        List<String> coreImports = imports.keySet().stream().filter(p -> p.startsWith("org.openhab.smartgrid"))
                .toList();
        assertEquals(List.of(), coreImports, bundle + " must embed the core, not import it");
    }

    @ParameterizedTest(name = "{0} carries no openHAB core class")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void theStandInIsNeverPackaged(String bundle) throws IOException {
        List<String> standIn = entries(BuiltArtifacts.addonJar(bundle)).stream()
                .filter(e -> e.startsWith("org/openhab/core/")).toList();
        assertEquals(List.of(), standIn, bundle + " contains openHAB core classes");
    }

    @ParameterizedTest(name = "{0} imports openHAB core with the supported range")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void everyOpenhabImportCarriesTheSupportedRange(String bundle) throws IOException {
        Parameters imports = header(BuiltArtifacts.addonJar(bundle), "Import-Package");
        Map<String, String> openhab = imports.entrySet().stream().filter(e -> e.getKey().startsWith("org.openhab.core"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(versionOf(e.getValue()))));
        assertFalse(openhab.isEmpty(), bundle + " imports no openHAB core package at all: " + imports);
        openhab.forEach((pkg, range) -> assertEquals(BuiltArtifacts.IMPORT_RANGE, range,
                bundle + " imports " + pkg + " with the wrong version range"));
    }

    @ParameterizedTest(name = "{0} is an OSGi bundle named after its artifact")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void theBundleIsNamedAfterItsArtifact(String bundle) throws IOException {
        try (JarFile jar = new JarFile(BuiltArtifacts.addonJar(bundle).toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("2", main.getValue("Bundle-ManifestVersion"));
            assertEquals(bundle, main.getValue("Bundle-SymbolicName"));
        }
    }

    @Test
    void theBindingEmbedsJ2modAndNeedsNoSerialLibrary() throws IOException {
        Path binding = BuiltArtifacts.addonJar(BuiltArtifacts.BINDING);
        assertTrue(entries(binding).stream().anyMatch(e -> e.startsWith("com/ghgande/j2mod/")), "j2mod is embedded");
        Parameters imports = header(binding, "Import-Package");
        imports.forEach((pkg, attrs) -> {
            if (pkg.startsWith("com.ghgande")) {
                fail("j2mod must be embedded, not imported: " + pkg);
            }
            if (pkg.startsWith("com.fazecast")) {
                assertEquals("optional", attrs.get("resolution:"), "only Modbus TCP is used: " + pkg + " is optional");
            }
        });
    }

    @Test
    void theAutomationAddonEmbedsTheSunsetLibrary() throws IOException {
        Path automation = BuiltArtifacts.addonJar(BuiltArtifacts.AUTOMATION);
        Parameters imports = header(automation, "Import-Package");
        assertFalse(imports.keySet().stream().anyMatch(p -> p.startsWith("org.shredzone")),
                "commons-suncalc is embedded, not imported: " + imports.keySet());
    }

    private static @org.eclipse.jdt.annotation.Nullable String versionOf(Attrs attrs) {
        return attrs.get("version");
    }

    static List<String> entries(Path jarPath) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            return jar.stream().map(e -> e.getName()).toList();
        }
    }

    static Parameters header(Path jarPath, String name) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            String value = jar.getManifest().getMainAttributes().getValue(name);
            return OSGiHeader.parseHeader(value == null ? "" : value);
        }
    }
}
