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
package org.openhab.smartgrid.simulator.output;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes the YAML files of a run (config.yaml, the openHAB rules and Thing) in the form openHAB's UI shows in its
 * <i>Code</i> tab: block style, two spaces, list items indented under their key, a text in double quotes only when
 * it would otherwise read as something else ({@code "1"}, {@code "24:00"}, {@code ""}), numbers as plain decimals.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class YamlFiles {

    /**
     * Texts that read as themselves without quotes in any YAML reader (unless they read as a number, a flag or null,
     * which the resolver tells): words of letters, digits and {@code _ . / + -}, joined by single blanks, with inner
     * colons ({@code thermia:heatpump}).
     */
    private static final Pattern PLAIN = Pattern
            .compile("(?=[A-Za-z0-9_])[A-Za-z0-9_./+-]+(:[A-Za-z0-9_./+-]+)*( [A-Za-z0-9_./+-]+(:[A-Za-z0-9_./+-]+)*)*");
    /** A time of day: quoted, although YAML 1.1 reads only some of them as numbers (24:00 but not 07:00). */
    private static final Pattern CLOCK = Pattern.compile("[0-9]+(:[0-9]+)+");

    private YamlFiles() {
    }

    /** @return {@code document} (maps, lists, texts, numbers, flags) as YAML text */
    public static String dump(Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        return new Yaml(new UiRepresenter(options), options).dump(document);
    }

    /** Texts and decimals as openHAB's UI writes them. */
    private static final class UiRepresenter extends Representer {

        UiRepresenter(DumperOptions options) {
            super(options);
            Resolver resolver = new Resolver();
            representers.put(String.class, data -> {
                String text = (String) data;
                boolean plain = PLAIN.matcher(text).matches() && !CLOCK.matcher(text).matches()
                        && Tag.STR.equals(resolver.resolve(NodeId.scalar, text, true));
                return representScalar(Tag.STR, text,
                        plain ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED);
            });
            representers.put(BigDecimal.class, data -> {
                String text = ((BigDecimal) data).toPlainString();
                return representScalar(resolver.resolve(NodeId.scalar, text, true), text);
            });
        }
    }
}
