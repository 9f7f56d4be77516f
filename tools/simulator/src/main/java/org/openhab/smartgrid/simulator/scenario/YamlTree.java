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

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document read into plain values that remember where they stand, so that every later error names the file,
 * the line and the column. Only what a configuration needs is accepted: mappings with plain keys (each once), lists
 * and scalars (read as their text, so that {@code 24:00} stays a time and {@code yes} is no flag), anchors, aliases
 * and merge keys ({@code <<}). Every other YAML feature (tags such as {@code !!java.lang.Object}, recursive
 * aliases, aliases that expand into a huge tree, tabs, several documents) is an error at its position; SnakeYAML
 * only composes nodes here and never builds objects.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class YamlTree {

    /** Aliases may repeat parts of the tree, but not into more values than this (a "billion laughs" file). */
    static final int MAX_VALUES = 100_000;

    /** Tags a configuration's values may carry: those YAML gives plain scalars, lists and mappings by itself. */
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP);

    /** A parsed value. */
    sealed interface Value permits Scalar, Sequence, Mapping {
        /** @return where the value starts */
        YamlPosition at();
    }

    /**
     * A single value.
     *
     * @param text its text as written, null for YAML's null ({@code ~}, {@code null} or nothing)
     * @param origin what gave it when it is not the file's (a {@code --param}), else null
     */
    record Scalar(@Nullable String text, YamlPosition at, @Nullable String origin) implements Value {
    }

    /** A list. */
    record Sequence(List<Value> items, YamlPosition at) implements Value {
    }

    /** A mapping: its entries in file order, merged ones after the explicit ones. */
    record Mapping(Map<String, Entry> entries, YamlPosition at) implements Value {
    }

    /** One key of a mapping and its value. */
    record Entry(String key, YamlPosition keyAt, Value value) {
    }

    private final String source;
    private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
    private int values;

    private YamlTree(String source) {
        this.source = source;
    }

    /**
     * @param source the file name, for messages
     * @return the document's value, null when the document is empty
     * @throws ConfigException naming the position and the problem
     */
    static @Nullable Value parse(String source, String yaml) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new ConfigException(YamlPosition.of(source, e.getProblemMark()), "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(new YamlPosition(source, 1, 1), "invalid YAML: " + e.getMessage());
        }
        return node == null ? null : new YamlTree(source).value(node);
    }

    private Value value(Node node) {
        YamlPosition at = YamlPosition.of(source, node.getStartMark());
        if (++values > MAX_VALUES) {
            throw new ConfigException(at, "the aliases expand into more than " + MAX_VALUES + " values");
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw new ConfigException(at, "an alias refers to a value that contains it");
        }
        try {
            if (node instanceof ScalarNode scalar) {
                requireTag(node, SCALAR_TAGS.contains(node.getTag()));
                return new Scalar(Tag.NULL.equals(node.getTag()) ? null : scalar.getValue(), at, null);
            }
            if (node instanceof SequenceNode sequence) {
                requireTag(node, Tag.SEQ.equals(node.getTag()));
                List<Value> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(value(item));
                }
                return new Sequence(Collections.unmodifiableList(items), at);
            }
            requireTag(node, Tag.MAP.equals(node.getTag()));
            return mapping((MappingNode) node, at);
        } finally {
            onPath.remove(node);
        }
    }

    private Mapping mapping(MappingNode node, YamlPosition at) {
        Map<String, Entry> explicit = new LinkedHashMap<>();
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            YamlPosition keyAt = YamlPosition.of(source, key.getStartMark());
            if (Tag.MERGE.equals(key.getTag())) {
                merge(tuple.getValueNode(), merged);
                continue;
            }
            if (!(key instanceof ScalarNode scalar) || !SCALAR_TAGS.contains(key.getTag())) {
                throw new ConfigException(keyAt, "a key must be a plain name");
            }
            String name = scalar.getValue();
            Entry earlier = explicit.get(name);
            if (earlier != null) {
                throw new ConfigException(keyAt, "duplicate key '" + name + "' (first at line " + earlier.keyAt().line()
                        + ")");
            }
            explicit.put(name, new Entry(name, keyAt, value(tuple.getValueNode())));
        }
        // YAML's merge keys: an explicit key wins over a merged one, an earlier merged mapping over a later one
        merged.forEach(explicit::putIfAbsent);
        return new Mapping(Collections.unmodifiableMap(explicit), at);
    }

    private void merge(Node from, Map<String, Entry> merged) {
        List<Node> mappings = from instanceof SequenceNode sequence ? sequence.getValue() : List.of(from);
        for (Node mapping : mappings) {
            if (!(value(mapping) instanceof Mapping values)) {
                throw new ConfigException(YamlPosition.of(source, mapping.getStartMark()),
                        "a merge key '<<' takes a mapping or a list of mappings");
            }
            values.entries().forEach(merged::putIfAbsent);
        }
    }

    private void requireTag(Node node, boolean allowed) {
        if (!allowed) {
            throw new ConfigException(YamlPosition.of(source, node.getStartMark()),
                    "the YAML tag " + node.getTag() + " is not allowed in a configuration");
        }
    }
}
