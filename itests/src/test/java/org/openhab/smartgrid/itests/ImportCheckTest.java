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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;

/**
 * An add-on must resolve in a real openHAB: each mandatory {@code Import-Package} names a package that openHAB 4.3
 * and 5.x export (the list in {@code openhab-exported-packages.txt}, each entry with where it comes from) or one
 * the jar embeds. Anything else fails with the package's name.
 */
@NonNullByDefault
class ImportCheckTest {

    private static final String LIST = "openhab-exported-packages.txt";

    @ParameterizedTest(name = "{0} imports only what openHAB exports or the jar embeds")
    @ValueSource(strings = { BuiltArtifacts.BINDING, BuiltArtifacts.AUTOMATION })
    void everyMandatoryImportIsExportedByOpenhabOrEmbedded(String bundle) throws IOException {
        Path jar = BuiltArtifacts.addonJar(bundle);
        Set<String> stray = strayImports(AddonJarTest.header(jar, "Import-Package"), embeddedPackages(jar),
                openhabExports());
        assertEquals(Set.of(), stray, bundle + " imports packages that openHAB 4.3/5.x does not export and the jar "
                + "does not embed: embed them, mark them optional, or (if openHAB really exports them) add them to "
                + LIST + " with where they come from");
    }

    @Test
    void aStrayImportIsNamed() {
        Parameters imports = new Parameters("org.slf4j;version=\"[2.0,3)\",com.example.stray,"
                + "com.fazecast.jSerialComm;resolution:=optional,org.openhab.smartgrid.core");
        Set<String> stray = strayImports(imports, Set.of("org.openhab.smartgrid.core"), Set.of("org.slf4j"));
        assertEquals(Set.of("com.example.stray"), stray,
                "only the mandatory import neither exported by openHAB nor embedded is stray");
    }

    @Test
    void everyListedPackageSaysWhereItComesFrom() throws IOException {
        List<String> undocumented = listLines().stream().filter(l -> !l.contains("#"))
                .collect(Collectors.toList());
        assertEquals(List.of(), undocumented, LIST + " entries without a '# source' comment");
        assertTrue(openhabExports().contains("org.openhab.core.thing.binding"), LIST + " is read");
    }

    static Set<String> strayImports(Parameters imports, Set<String> embedded, Set<String> exported) {
        Set<String> stray = new TreeSet<>();
        imports.forEach((pkg, attrs) -> {
            String name = pkg.replaceAll("~+$", ""); // bnd marks a repeated key with trailing ~
            if (!isOptional(attrs) && !embedded.contains(name) && !exported.contains(name)
                    && !name.startsWith("java.")) {
                stray.add(name);
            }
        });
        return stray;
    }

    private static boolean isOptional(Attrs attrs) {
        return "optional".equals(attrs.get("resolution:"));
    }

    private static Set<String> embeddedPackages(Path jar) throws IOException {
        return AddonJarTest.entries(jar).stream().filter(e -> e.endsWith(".class") && e.contains("/"))
                .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.')).collect(Collectors.toSet());
    }

    static Set<String> openhabExports() throws IOException {
        return listLines().stream().map(l -> l.substring(0, l.contains("#") ? l.indexOf('#') : l.length()).trim())
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String> listLines() throws IOException {
        try (InputStream in = ImportCheckTest.class.getResourceAsStream("/" + LIST)) {
            if (in == null) {
                throw new IOException(LIST + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
