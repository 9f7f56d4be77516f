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
package org.openhab.binding.thermia.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code thing-types.xml} (what openHAB's UI shows and validates) and the README declare exactly the parameters the
 * handler reads through the parameter model, with the model's defaults, ranges, units and options; the guard
 * parameters also with the model's English texts, which the simulator's documentation shares. Neither can drift from
 * the model.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThingTypeParametersTest {

    private static List<Parameter<?>> model() {
        return Stream.concat(GuardParameters.GUARDS.parameters().stream(), ThermiaParameters.THING.parameters().stream())
                .toList();
    }

    /** @return the parameters thing-types.xml declares, by name */
    static Map<String, Element> declared() throws Exception {
        Map<String, Element> declared = new LinkedHashMap<>();
        try (InputStream in = ThingTypeParametersTest.class.getResourceAsStream("/OH-INF/thing/thing-types.xml")) {
            assertNotNull(in, "thing-types.xml must be on the class path");
            NodeList parameters = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                declared.put(parameter.getAttribute("name"), parameter);
            }
        }
        return declared;
    }

    /**
     * @return the configuration of a Thing added in openHAB's UI without changing anything: every parameter that
     *         thing-types.xml gives a default, with that default as openHAB stores it (numbers as BigDecimal)
     */
    static Map<String, Object> defaultConfiguration() throws Exception {
        Map<String, Object> config = new LinkedHashMap<>();
        for (Map.Entry<String, Element> parameter : declared().entrySet()) {
            String value = child(parameter.getValue(), "default");
            if (value != null) {
                config.put(parameter.getKey(), switch (parameter.getValue().getAttribute("type")) {
                    case "decimal", "integer" -> new BigDecimal(value);
                    case "boolean" -> Boolean.valueOf(value);
                    default -> value;
                });
            }
        }
        return config;
    }

    @Test
    void theThingTypeDeclaresEveryParameterOfTheModelAndNoOther() throws Exception {
        assertEquals(model().stream().map(Parameter::name).sorted().toList(),
                declared().keySet().stream().sorted().toList());
    }

    @Test
    void eachDeclarationHasTheModelsTypeDefaultRangeUnitAndOptions() throws Exception {
        Map<String, Element> declared = declared();
        for (Parameter<?> parameter : model()) {
            Element xml = declared.get(parameter.name());
            assertNotNull(xml, parameter.name());
            String name = parameter.name();
            assertEquals(parameter.type().name().toLowerCase(java.util.Locale.ROOT), xml.getAttribute("type"), name);
            assertEquals(parameter.defaultText() == null || parameter.defaultText().isEmpty() ? null
                    : parameter.defaultText(), child(xml, "default"), name + " default");
            assertNumber(parameter.min(), xml.getAttribute("min"), name + " min");
            assertNumber(parameter.max(), xml.getAttribute("max"), name + " max");
            String unit = xml.hasAttribute("unit") ? xml.getAttribute("unit") : child(xml, "unitLabel");
            assertEquals(parameter.unit(), unit, name + " unit");
            assertEquals(parameter.options(), options(xml), name + " options");
            assertEquals(parameter.advanced(), "true".equals(child(xml, "advanced")), name + " advanced");
            assertEquals(!parameter.options().isEmpty(), "true".equals(child(xml, "limitToOptions")),
                    name + " limited to its options");
        }
    }

    @Test
    void theGuardParametersShowTheModelsTexts() throws Exception {
        Map<String, Element> declared = declared();
        for (Parameter<?> parameter : GuardParameters.GUARDS.parameters()) {
            Element xml = declared.get(parameter.name());
            assertNotNull(xml, parameter.name());
            assertEquals(parameter.label(), child(xml, "label"), parameter.name() + " label");
            assertEquals(parameter.description(), child(xml, "description"), parameter.name() + " description");
        }
    }

    /** A README row: {@code | `name` | `default` | ...}, the default empty for a parameter without one. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-zA-Z0-9]+)`\\s*\\|\\s*(?:`([^`]*)`)?\\s*\\|");

    @Test
    void theReadmeTablesListEveryParameterWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Thing Configuration"), readme.indexOf("## Channels"));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String defaultText = row.group(2);
                rows.put(row.group(1), defaultText == null ? "" : defaultText);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Parameter<?> parameter : model()) {
            String documented = rows.remove(parameter.name());
            String defaultText = parameter.defaultText();
            if (documented == null) {
                problems.add(parameter.name() + " has no row");
            } else if (!documented.equals(defaultText == null ? "" : defaultText)) {
                problems.add(parameter.name() + " is documented with default '" + documented + "', the model has '"
                        + defaultText + "'");
            }
        }
        rows.keySet().forEach(name -> problems.add(name + " is documented but no parameter"));
        assertEquals(List.of(), problems);
    }

    private static void assertNumber(@Nullable BigDecimal expected, String attribute, String what) {
        if (expected == null) {
            assertEquals("", attribute, what);
        } else {
            assertEquals(0, expected.compareTo(new BigDecimal(attribute)), what + ": " + attribute);
        }
    }

    private static @Nullable String child(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().trim();
    }

    private static List<String> options(Element parameter) {
        List<String> values = new ArrayList<>();
        NodeList options = parameter.getElementsByTagName("option");
        for (int i = 0; i < options.getLength(); i++) {
            values.add(((Element) options.item(i)).getAttribute("value"));
        }
        return values;
    }
}
