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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Checks an add-on's i18n files ({@code OH-INF/i18n/<id>[_<locale>].properties}) the way both add-ons need: the
 * English file names the add-on, and each translation has exactly its keys, none empty, with the description
 * really translated.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Translations {

    private Translations() {
    }

    /** @return the properties file {@code OH-INF/i18n/<file>} on the class path of {@code anchor} */
    public static Properties load(Class<?> anchor, String file) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream("/OH-INF/i18n/" + file)) {
            assertNotNull(in, file + " must be on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return properties;
    }

    /**
     * Asserts that {@code <addonId>_<locale>.properties} translates every key of {@code <addonId>.properties}.
     */
    public static void assertCompleteTranslation(Class<?> anchor, String addonId, String locale) {
        Properties english = load(anchor, addonId + ".properties");
        String file = addonId + "_" + locale + ".properties";
        Properties translated = load(anchor, file);
        String description = "addon." + addonId + ".description";
        assertTrue(english.containsKey("addon." + addonId + ".name"), "the add-on name is defined");
        assertTrue(english.containsKey(description), "the add-on description is defined");
        assertEquals(english.keySet(), translated.keySet(), file + " must have exactly the English keys");
        assertNotEquals(english.getProperty(description), translated.getProperty(description),
                file + " must translate the description");
        translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is empty in " + file));
    }
}
