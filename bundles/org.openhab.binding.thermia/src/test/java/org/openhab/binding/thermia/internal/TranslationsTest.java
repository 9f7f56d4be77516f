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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/OH-INF/i18n/" + name)) {
            assertNotNull(in, name + " must be on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0} has every key of thermia.properties, translated")
    @ValueSource(strings = { "thermia_nl.properties", "thermia_de.properties" })
    void everyTranslationHasEveryKeyWithItsOwnText(String file) throws IOException {
        Properties english = load("thermia.properties");
        Properties translated = load(file);
        assertTrue(english.containsKey("addon.thermia.name"), "the add-on name is defined");
        assertTrue(english.containsKey("addon.thermia.description"), "the add-on description is defined");
        assertEquals(english.keySet(), translated.keySet(), file + " must have exactly the English keys");
        assertNotEquals(english.getProperty("addon.thermia.description"),
                translated.getProperty("addon.thermia.description"), file + " must translate the description");
        translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is empty in " + file));
    }

    @Test
    void everyLabelAndDescriptionOfTheThingTypeHasAnEnglishKey() throws Exception {
        Properties english = load("thermia.properties");
        Document xml;
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/OH-INF/thing/thing-types.xml")) {
            assertNotNull(in, "thing-types.xml must be on the class path");
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> expected = new ArrayList<>();
        expected.add("thing-type.thermia.heatpump.label");
        NodeList parameters = xml.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            String name = ((Element) parameters.item(i)).getAttribute("name");
            expected.add("thing-type.config.thermia.heatpump." + name + ".label");
            expected.add("thing-type.config.thermia.heatpump." + name + ".description");
        }
        NodeList channelTypes = xml.getElementsByTagName("channel-type");
        for (int i = 0; i < channelTypes.getLength(); i++) {
            String id = ((Element) channelTypes.item(i)).getAttribute("id");
            expected.add("channel-type.thermia." + id + ".label");
            expected.add("channel-type.thermia." + id + ".description");
        }
        assertTrue(parameters.getLength() >= 23, "all parameters are read: " + parameters.getLength());
        assertTrue(channelTypes.getLength() >= 26, "all channel types are read: " + channelTypes.getLength());
        for (String key : expected) {
            assertTrue(english.containsKey(key), key + " is missing in thermia.properties");
        }
    }
}
