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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * A newcomer finds every page: {@code docs/index.md} links every page of {@code docs/}, and every relative link of
 * the READMEs and the docs leads to a file that exists.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DocsLinksTest {

    /** A Markdown link or image: {@code [text](target)}, the target up to a space or the closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private static Path docs() {
        return BuiltArtifacts.root().resolve("docs");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(docs())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** @return the relative link targets of a Markdown file, without their {@code #anchor}, code blocks left out */
    private static Set<String> links(Path page) throws IOException {
        Set<String> targets = new LinkedHashSet<>();
        boolean code = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.trim().startsWith("```")) {
                code = !code;
                continue;
            }
            Matcher link = LINK.matcher(code ? "" : line.replaceAll("`[^`]*`", ""));
            while (link.find()) {
                String target = link.group(1);
                int anchor = target.indexOf('#');
                String file = anchor < 0 ? target : target.substring(0, anchor);
                if (!file.isEmpty() && !file.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    targets.add(file);
                }
            }
        }
        return targets;
    }

    @Test
    void theIndexLinksEveryPageOfTheDocs() throws IOException {
        Set<String> linked = links(docs().resolve("index.md"));
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            String name = page.getFileName().toString();
            if (!name.equals("index.md") && !linked.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "pages docs/index.md does not link");
    }

    @Test
    void everyRelativeLinkOfTheReadmesAndTheDocsLeadsToAFile() throws IOException {
        Path root = BuiltArtifacts.root();
        List<Path> files = new ArrayList<>(pages());
        files.add(root.resolve("README.md"));
        for (String module : List.of("bundles/org.openhab.binding.thermia",
                "bundles/org.openhab.automation.energymanager", "tools/openhab-standin", "tools/openhab-schemas")) {
            files.add(root.resolve(module).resolve("README.md"));
        }
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            assertTrue(Files.isRegularFile(file), file + " exists");
            for (String target : links(file)) {
                if (!Files.exists(file.getParent().resolve(target).normalize())) {
                    broken.add(root.relativize(file) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "links to files that do not exist");
        assertFalse(links(root.resolve("README.md")).isEmpty(), "the README links the docs");
    }
}
