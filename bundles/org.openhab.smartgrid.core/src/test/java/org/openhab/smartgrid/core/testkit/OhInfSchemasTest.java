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
package org.openhab.smartgrid.core.testkit;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The schema check can fail: each fixture in {@code src/test/resources/.../testkit/ohinf} breaks one rule of
 * openHAB's schemas, and the check names the file, the line and the version.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class OhInfSchemasTest {

    private static final Path FIXTURES = Path.of("src/test/resources/org/openhab/smartgrid/core/testkit/ohinf");
    private static final Path SEMANTIC_TAG = FIXTURES.resolve("semantic-equipment-tag.xml");
    private static final Path UNIT_KW = FIXTURES.resolve("unit-kw.xml");
    private static final Path ADDON = FIXTURES.resolve("addon.xml");
    private static final Path UNKNOWN_ROOT = FIXTURES.resolve("unknown-root.xml");

    static final List<String> VERSIONS = OhInfSchemas.VERSIONS;

    private final String savedFolder = System.getProperty(OhInfSchemas.FOLDER_PROPERTY, "");

    private static String theOnlyError(String version, Path file) {
        List<String> errors = OhInfSchemas.errors(version, file);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @AfterEach
    void restoreTheSchemaFolder() {
        System.setProperty(OhInfSchemas.FOLDER_PROPERTY, savedFolder);
    }

    @Test
    void aSemanticEquipmentTagIsValidFor5ButNotFor43() {
        assertEquals(List.of(), OhInfSchemas.errors("5.2.1", SEMANTIC_TAG));
        String error = theOnlyError("4.3.11", SEMANTIC_TAG);
        assertTrue(error.startsWith(SEMANTIC_TAG + ":10:"), error);
        assertTrue(error.contains("'semantic-equipment-tag'"), error);
        assertTrue(error.endsWith(" (openHAB 4.3.11 schema)"), error);
    }

    @ParameterizedTest(name = "unit=\"kW\" is invalid for openHAB {0}, reported at its line")
    @FieldSource("VERSIONS")
    void aParameterInKilowattIsInvalidForEveryVersion(String version) {
        List<String> errors = OhInfSchemas.errors(version, UNIT_KW);
        assertFalse(errors.isEmpty(), "unit=\"kW\" must be rejected");
        for (String error : errors) {
            // the parameter in minutes (line 8) is valid; the one in kW starts on line 11
            assertTrue(error.startsWith(UNIT_KW + ":11:"), error);
            assertTrue(error.contains("kW"), error);
            assertTrue(error.endsWith(" (openHAB " + version + " schema)"), error);
        }
    }

    @Test
    void anInvalidFileFailsWithEveryErrorOneALine() {
        AssertionError failure = assertThrows(AssertionError.class, () -> OhInfSchemas.assertValid("5.2.1", UNIT_KW));
        String message = failure.getMessage();
        List<String> errors = OhInfSchemas.errors("5.2.1", UNIT_KW);
        assertTrue(errors.size() >= 2, "the enumeration and the attribute are both reported: " + errors);
        assertTrue(message.startsWith(errors.size() + " schema error(s) in " + UNIT_KW + " for openHAB 5.2.1:\n"),
                message);
        for (String error : errors) {
            assertTrue(message.contains("\n" + error), message);
        }
    }

    @ParameterizedTest(name = "a minimal addon.xml is valid for openHAB {0}")
    @FieldSource("VERSIONS")
    void aMinimalAddonIsValidForEveryVersion(String version) {
        OhInfSchemas.assertValid(version, ADDON);
    }

    @Test
    void aRootElementOfAnotherNamespaceIsAnError() {
        String error = theOnlyError("5.2.1", UNKNOWN_ROOT);
        assertTrue(error.startsWith(UNKNOWN_ROOT + ":2:"), error);
        assertTrue(error.contains("{https://example.org/schemas/descriptor/v1.0.0}descriptor"), error);
        assertTrue(error.contains("is not an openHAB descriptor"), error);
    }

    @Test
    void everyVersionMeetsEveryFile() {
        List<List<Object>> cases = OhInfSchemas.everyVersionAndFile(FIXTURES).map(Arguments::get).map(List::of)
                .collect(Collectors.toList());
        assertEquals(VERSIONS.size() * 4, cases.size(), cases.toString());
        assertTrue(cases.contains(List.of("4.3.11", ADDON)), cases.toString());
        assertTrue(cases.contains(List.of("5.2.1", UNKNOWN_ROOT)), cases.toString());
    }

    @Test
    void aFolderWithoutXmlFilesFails(@TempDir Path ohInf) throws IOException {
        Files.writeString(ohInf.resolve("thermia.properties"), "a=b\n");
        AssertionError failure = assertThrows(AssertionError.class, () -> OhInfSchemas.xmlFiles(ohInf));
        assertTrue(failure.getMessage().contains("no XML file below"), failure.getMessage());
        assertThrows(AssertionError.class, () -> OhInfSchemas.xmlFiles(ohInf.resolve("OH-INF")));
    }

    @Test
    void anUnsetSchemaFolderFailsWithTheNameOfTheProperty() {
        System.clearProperty(OhInfSchemas.FOLDER_PROPERTY);
        AssertionError failure = assertThrows(AssertionError.class, OhInfSchemas::schemaFolder);
        assertTrue(failure.getMessage().contains(OhInfSchemas.FOLDER_PROPERTY), failure.getMessage());
    }

    @Test
    void aMissingVersionFolderFails(@TempDir Path schemas) throws IOException {
        Files.createDirectory(schemas.resolve("4.3.11"));
        System.setProperty(OhInfSchemas.FOLDER_PROPERTY, schemas.toString());
        AssertionError failure = assertThrows(AssertionError.class, () -> OhInfSchemas.errors("4.3.11", ADDON));
        assertTrue(failure.getMessage().contains("the schemas of openHAB 5.2.1 must be in"), failure.getMessage());
    }

    @Test
    void anImportWithoutALocalCopyIsAnErrorNotADownload(@TempDir Path schemas) throws IOException {
        // addon-1.0.0.xsd imports config-description-1.0.0.xsd, which this folder lacks
        for (String version : VERSIONS) {
            Path folder = Files.createDirectory(schemas.resolve(version));
            Files.copy(OhInfSchemas.schemaFolder().resolve(version).resolve("addon-1.0.0.xsd"),
                    folder.resolve("addon-1.0.0.xsd"));
        }
        System.setProperty(OhInfSchemas.FOLDER_PROPERTY, schemas.toString());
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> OhInfSchemas.errors("5.2.1", ADDON));
        String message = failure.getMessage();
        assertTrue(message.contains("cannot read the schema"), message);
        assertTrue(message.contains("'config-description-1.0.0.xsd'"), message);
        assertTrue(message.contains("access is not allowed"), message);
    }
}
