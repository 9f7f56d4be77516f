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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an add-on's {@code OH-INF} XML files against openHAB's own XSD schemas of every supported openHAB
 * version, offline.
 * <p>
 * The schemas are the unmodified copies in {@code tools/openhab-schemas/<version>/}; the build hands that folder to
 * the tests as the system property {@value #FOLDER_PROPERTY}. The schema of a file is chosen by the namespace of its
 * root element. The schemas import each other by their public {@code https://openhab.org/schemas/...} address: those
 * addresses are read from the folder of the same version, and any other reference is an error, never a download.
 *
 * <pre>
 * &#64;ParameterizedTest(name = "{1} is valid for openHAB {0}")
 * &#64;MethodSource("org.openhab.smartgrid.core.testkit.OhInfSchemas#cases")
 * void isValidForTheSchemaOfTheVersion(String version, Path file) {
 *     OhInfSchemas.assertValid(version, file);
 * }
 * </pre>
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class OhInfSchemas {

    /** The system property that names the folder with one sub-folder of schemas per openHAB version. */
    public static final String FOLDER_PROPERTY = "smartgrid.openhab.schemas";

    /** The openHAB versions every file is checked against, each a sub-folder of the schema folder. */
    public static final List<String> VERSIONS = List.of("4.3.11", "5.2.1");

    /** Where openHAB publishes its schemas, and so the address their imports use. */
    private static final String PUBLIC_ADDRESS = "https://openhab.org/schemas/";

    /** The schema file of each root namespace (all openHAB's schemas, the imported ones included). */
    private static final Map<String, String> SCHEMA_OF_NAMESPACE = Map.of( //
            "https://openhab.org/schemas/addon/v1.0.0", "addon-1.0.0.xsd", //
            "https://openhab.org/schemas/config-description/v1.0.0", "config-description-1.0.0.xsd", //
            "https://openhab.org/schemas/thing-description/v1.0.0", "thing-description-1.0.0.xsd", //
            "https://openhab.org/schemas/update-description/v1.0.0", "update-description-1.0.0.xsd");

    /** The {@code OH-INF} folder of the module whose tests run (surefire runs them in the module's folder). */
    public static final Path OH_INF = Path.of("src/main/resources/OH-INF");

    private static final Map<Path, Schema> COMPILED = new ConcurrentHashMap<>();

    private OhInfSchemas() {
    }

    /**
     * @return the schema folder named by {@value #FOLDER_PROPERTY}, after checking that it holds a folder for every
     *         version of {@link #VERSIONS}
     * @throws AssertionError when the property is unset or a version's folder is missing
     */
    public static Path schemaFolder() {
        String value = System.getProperty(FOLDER_PROPERTY, "").trim();
        if (value.isEmpty() || value.contains("${")) {
            fail("the system property " + FOLDER_PROPERTY + " must name the folder of openHAB's schemas"
                    + " (tools/openhab-schemas); the root pom sets it for surefire, it is '" + value + "'");
        }
        Path folder = Path.of(value);
        for (String version : VERSIONS) {
            Path versionFolder = folder.resolve(version);
            assertTrue(Files.isDirectory(versionFolder), "the schemas of openHAB " + version + " must be in "
                    + versionFolder.toAbsolutePath() + " (set by the system property " + FOLDER_PROPERTY + ")");
        }
        return folder;
    }

    /**
     * @param ohInf an add-on's {@code OH-INF} folder, e.g. {@code src/main/resources/OH-INF}
     * @return every {@code .xml} file below it, sorted
     * @throws AssertionError when the folder is missing or holds no XML file (so that a check never passes on
     *             nothing)
     */
    public static List<Path> xmlFiles(Path ohInf) {
        assertTrue(Files.isDirectory(ohInf), "no OH-INF folder at " + ohInf.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ohInf)) {
            files = walk.filter(path -> path.getFileName().toString().endsWith(".xml") && Files.isRegularFile(path))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(ohInf.toString(), e);
        }
        assertFalse(files.isEmpty(), "no XML file below " + ohInf.toAbsolutePath());
        return files;
    }

    /**
     * @return one case (openHAB version, file) for every version of {@link #VERSIONS} and every XML file below
     *         {@link #OH_INF}, for {@code @MethodSource("org.openhab.smartgrid.core.testkit.OhInfSchemas#cases")}
     */
    public static Stream<Arguments> cases() {
        return everyVersionAndFile(OH_INF);
    }

    /**
     * @param ohInf an add-on's {@code OH-INF} folder
     * @return one case (openHAB version, file) for every version of {@link #VERSIONS} and every XML file below
     *         {@code ohInf}, for a {@code @MethodSource}
     */
    public static Stream<Arguments> everyVersionAndFile(Path ohInf) {
        schemaFolder();
        List<Path> files = xmlFiles(ohInf);
        return VERSIONS.stream().flatMap(version -> files.stream().map(file -> Arguments.of(version, file)));
    }

    /**
     * Asserts that {@code file} is valid for the schema of openHAB {@code version}.
     *
     * @throws AssertionError listing every error, one a line, as {@code file:line:column: message (openHAB version
     *             schema)}
     */
    public static void assertValid(String version, Path file) {
        List<String> errors = errors(version, file);
        if (!errors.isEmpty()) {
            fail(errors.size() + " schema error(s) in " + file + " for openHAB " + version + ":\n"
                    + String.join("\n", errors));
        }
    }

    /**
     * Validates {@code file} against the schema of openHAB {@code version} that its root element's namespace calls
     * for.
     *
     * @return every error, as {@code file:line:column: message (openHAB version schema)}; empty when the file is
     *         valid
     */
    public static List<String> errors(String version, Path file) {
        String where = " (openHAB " + version + " schema)";
        List<String> errors = new ArrayList<>();
        String schemaFile;
        try {
            schemaFile = schemaFileOf(file);
        } catch (SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage() + where);
            return errors;
        }
        Validator validator = schema(schemaFolder().resolve(version), schemaFile).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's validator does not take the access properties", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                add("warning: ", e);
            }

            @Override
            public void error(SAXParseException e) {
                add("", e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add("", e);
            }

            private void add(String kind, SAXParseException e) {
                errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + e.getMessage()
                        + where);
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new StreamSource(in, file.toUri().toString()));
        } catch (SAXParseException e) {
            // a fatal error: already reported to the error handler, and validation stops there
        } catch (SAXException e) {
            errors.add(file + ": " + e.getMessage() + where);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return errors;
    }

    /**
     * @return the name of the schema file for the namespace of {@code file}'s root element
     * @throws SAXParseException at the root element when its namespace is not one of openHAB's descriptors, or where
     *             the file stops being well-formed XML before its root element
     */
    private static String schemaFileOf(Path file) throws SAXParseException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                reader.nextTag();
                String namespace = reader.getNamespaceURI();
                String schemaFile = namespace == null ? null : SCHEMA_OF_NAMESPACE.get(namespace);
                if (schemaFile == null) {
                    Location at = reader.getLocation();
                    throw new SAXParseException("the root element {" + (namespace == null ? "" : namespace) + "}"
                            + reader.getLocalName() + " is not an openHAB descriptor; its namespace must be one of "
                            + SCHEMA_OF_NAMESPACE.keySet().stream().sorted().collect(Collectors.toList()), null,
                            null, at.getLineNumber(), at.getColumnNumber());
                }
                return schemaFile;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new SAXParseException(e.getMessage(), null, null, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** @return the compiled schema {@code schemaFile} of one version's folder (compiled once) */
    private static Schema schema(Path versionFolder, String schemaFile) {
        return COMPILED.computeIfAbsent(versionFolder.resolve(schemaFile).toAbsolutePath(), OhInfSchemas::compile);
    }

    private static Schema compile(Path xsd) {
        Path versionFolder = xsd.getParent();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's schema factory does not take the access properties", e);
        }
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(versionFolder, systemId));
        // a schema that cannot be read (an import refused above) is only a warning to the factory: stop there
        factory.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try (InputStream in = Files.newInputStream(xsd)) {
            return factory.newSchema(new StreamSource(in, xsd.toUri().toString()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the schema " + xsd + " offline: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + xsd, e);
        }
    }

    /**
     * @return the copy in {@code versionFolder} of the schema at the public address {@code systemId}, or null for
     *         any other address: the factory then refuses it, as it may not read anything external
     */
    private static @Nullable LSInput local(Path versionFolder, @Nullable String systemId) {
        if (systemId == null || !systemId.startsWith(PUBLIC_ADDRESS)
                || !SCHEMA_OF_NAMESPACE.containsValue(systemId.substring(PUBLIC_ADDRESS.length()))) {
            return null;
        }
        Path copy = versionFolder.resolve(systemId.substring(PUBLIC_ADDRESS.length()));
        if (!Files.isRegularFile(copy)) {
            return null;
        }
        LSInput input;
        try {
            input = ((DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation()).createLSInput();
            input.setByteStream(new ByteArrayInputStream(Files.readAllBytes(copy)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM implementation", e);
        } catch (IOException e) {
            throw new UncheckedIOException(copy.toString(), e);
        }
        input.setSystemId(systemId);
        return input;
    }
}
