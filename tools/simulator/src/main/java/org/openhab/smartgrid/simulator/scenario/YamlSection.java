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
package org.openhab.smartgrid.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping read with its line numbers, so that every error names the file, the line and the key.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class YamlSection {

    private final String source;
    private final String path;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private YamlSection(String source, String path, MappingNode node) {
        this.source = source;
        this.path = path;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                throw new ConfigException(source, lineOf(key), "keys of " + describe() + " must be plain names");
            }
            String name = scalar.getValue();
            if (entries.containsKey(name)) {
                throw new ConfigException(source, lineOf(key), "duplicate key '" + name + "' in " + describe());
            }
            entries.put(name, tuple.getValueNode());
            keyLines.put(name, lineOf(key));
        }
    }

    /** Reads the document's top-level mapping. */
    static YamlSection root(String source, @Nullable Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw new ConfigException(source, node == null ? 1 : lineOf(node), "the file must be a YAML mapping");
        }
        return new YamlSection(source, "", mapping);
    }

    /** @return the 1-based line where this section starts */
    int line() {
        return line;
    }

    /** @return the file name */
    String source() {
        return source;
    }

    /** Rejects every key not in {@code allowed}, naming the key, its line and the allowed keys. */
    void allowOnly(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Map.Entry<String, Integer> key : keyLines.entrySet()) {
            if (!known.contains(key.getKey())) {
                throw new ConfigException(source, key.getValue(), "unknown key '" + qualified(key.getKey()) + "' ("
                        + describe() + " allows: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** @return the sub-mapping at {@code key}, or an empty one when the key is absent */
    YamlSection section(String key) {
        Node node = entries.get(key);
        if (node == null) {
            return new YamlSection(source, qualified(key), new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP,
                    new ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO));
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new ConfigException(source, lineOf(node), "'" + qualified(key) + "' must be a mapping");
        }
        return new YamlSection(source, qualified(key), mapping);
    }

    /** @return the mappings of the sequence at {@code key}, empty when absent */
    List<YamlSection> list(String key) {
        Node node = entries.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw new ConfigException(source, lineOf(node), "'" + qualified(key) + "' must be a list");
        }
        List<YamlSection> items = new ArrayList<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                throw new ConfigException(source, lineOf(item),
                        "each entry of '" + qualified(key) + "' must be a mapping");
            }
            items.add(new YamlSection(source, qualified(key) + "[" + index++ + "]", mapping));
        }
        return items;
    }

    double number(String key, double fallback) {
        return parsed(key, fallback, "a number", Double::parseDouble);
    }

    int integer(String key, int fallback) {
        return parsed(key, fallback, "a whole number", Integer::parseInt);
    }

    boolean flag(String key, boolean fallback) {
        return parsed(key, fallback, "true or false", text -> {
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.parseBoolean(text);
            }
            throw new IllegalArgumentException("not a boolean");
        });
    }

    String text(String key, String fallback) {
        return parsed(key, fallback, "a text", Function.identity());
    }

    @Nullable
    String optionalText(String key) {
        return has(key) ? text(key, "") : null;
    }

    /** @return the text at {@code key}, or an error naming the key when it is missing */
    String requiredText(String key) {
        if (!has(key)) {
            throw new ConfigException(source, line, "missing key '" + qualified(key) + "'");
        }
        return text(key, "");
    }

    /**
     * Converts a value with {@code parser}; an {@link IllegalArgumentException} from the parser becomes a
     * {@link ConfigException} at the value's line.
     */
    <T> T parsed(String key, T fallback, String expected, Function<String, T> parser) {
        Node node = entries.get(key);
        if (node == null) {
            return fallback;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new ConfigException(source, lineOf(node), "'" + qualified(key) + "' must be " + expected);
        }
        try {
            return parser.apply(scalar.getValue().trim());
        } catch (IllegalArgumentException e) {
            String why = e instanceof NumberFormatException ? "" : " (" + e.getMessage() + ")";
            throw new ConfigException(source, lineOf(node),
                    "'" + qualified(key) + "' must be " + expected + ", was '" + scalar.getValue() + "'" + why);
        }
    }

    /** Runs {@code build}, turning a validation error of a record into a {@link ConfigException} at this section. */
    <T> T build(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, line, e.getMessage());
        }
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String describe() {
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
