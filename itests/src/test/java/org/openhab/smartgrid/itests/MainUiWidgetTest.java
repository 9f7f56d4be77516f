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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Main UI widget of docs/widgets/ that a user pastes into the widget library: valid YAML of a widget, only
 * components of Main UI's documented component reference, every prop it reads declared, and every item it names by
 * default one that the add-on's README documents in its items file.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class MainUiWidgetTest {

    /**
     * Components of openHAB's Main UI component reference (https://openhab.org/docs/ui/components) that a card like
     * this one may use.
     */
    private static final Set<String> DOCUMENTED = Set.of("oh-list-card", "oh-label-card", "oh-list", "oh-list-item",
            "oh-label-item", "oh-toggle-item");
    private static final Pattern PROP = Pattern.compile("props\\.([A-Za-z]+)");

    private static Path widget() {
        return BuiltArtifacts.root().resolve("docs/widgets/smartgrid-managers-card.yaml");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object document = yaml.load(Files.readString(widget(), StandardCharsets.UTF_8));
        assertInstanceOf(Map.class, document, "a widget is a mapping");
        return (Map<String, Object>) document;
    }

    @Test
    void itIsAWidgetOfDocumentedComponents() throws IOException {
        Map<String, Object> widget = load();
        for (String key : List.of("uid", "props", "component", "config", "slots")) {
            assertTrue(widget.containsKey(key), "a widget has " + key);
        }
        List<String> components = new ArrayList<>();
        collectComponents(widget, components);
        assertTrue(components.size() >= 8, "a card with its rows: " + components);
        for (String component : components) {
            assertTrue(DOCUMENTED.contains(component), component + " is not in Main UI's component reference");
        }
    }

    @Test
    void everyPropItReadsIsDeclaredAndEveryItemItNamesIsDocumented() throws IOException {
        Map<String, Object> widget = load();
        Set<String> declared = new LinkedHashSet<>();
        Set<String> defaultItems = new LinkedHashSet<>();
        for (Map<String, Object> parameter : parameters(widget)) {
            String name = String.valueOf(parameter.get("name"));
            declared.add(name);
            if ("item".equals(parameter.get("context"))) {
                defaultItems.add(String.valueOf(parameter.get("default")));
            }
        }
        Matcher used = PROP.matcher(Files.readString(widget(), StandardCharsets.UTF_8));
        while (used.find()) {
            assertTrue(declared.contains(used.group(1)), "props." + used.group(1) + " is not a declared parameter");
        }
        Set<String> documented = readmeItems();
        assertTrue(documented.size() >= 10, "the README's items file: " + documented);
        for (String item : defaultItems) {
            assertTrue(documented.contains(item), item + " is not an item of the add-on README's items file");
        }
        assertEquals(11, defaultItems.size(), "every status item the card shows has a default: " + defaultItems);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> widget) {
        Map<String, Object> props = (Map<String, Object>) widget.get("props");
        return (List<Map<String, Object>>) props.get("parameters");
    }

    @SuppressWarnings("unchecked")
    private static void collectComponents(Object node, List<String> components) {
        if (node instanceof Map<?, ?> map) {
            Object component = map.get("component");
            if (component instanceof String name) {
                components.add(name);
            }
            for (Object value : ((Map<String, Object>) map).values()) {
                collectComponents(value, components);
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                collectComponents(value, components);
            }
        }
    }

    /** @return the item names of the items file in the automation add-on's README (its "Status Items" section) */
    private static Set<String> readmeItems() throws IOException {
        List<String> lines = Files.readAllLines(
                BuiltArtifacts.root().resolve("bundles/org.openhab.automation.energymanager/README.md"),
                StandardCharsets.UTF_8);
        Set<String> items = new LinkedHashSet<>();
        Pattern item = Pattern.compile("^(Number(:\\w+)?|Switch|String|DateTime)\\s+(\\w+)\\s+\".*");
        boolean inFile = false;
        for (String line : lines) {
            if (line.startsWith("The items, in an `.items` file")) {
                inFile = true;
            } else if (inFile && line.startsWith("The triggers name them")) {
                break;
            }
            Matcher m = item.matcher(line);
            if (inFile && m.matches()) {
                items.add(m.group(3));
            }
        }
        return items;
    }
}
