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

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.testkit.Translations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class TranslationsTest {

    private static Properties load(String name) {
        return Translations.load(TranslationsTest.class, name);
    }

    @ParameterizedTest(name = "thermia_{0}.properties has every key of thermia.properties, translated")
    @ValueSource(strings = { "nl", "de" })
    void everyTranslationHasEveryKeyWithItsOwnText(String locale) {
        Translations.assertCompleteTranslation(TranslationsTest.class, "thermia", locale);
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
