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
package org.openhab.smartgrid.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterType;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.simulator.scenario.ConfigLoader;
import org.openhab.smartgrid.simulator.scenario.ManagerKind;
import org.openhab.smartgrid.simulator.scenario.SimulatorParameters;

/**
 * {@code docs/simulator.md} shows the configuration as the loader reads it: one parameter table, every parameter of
 * every section with the model's default, unit and range (the table is the one below, built from the model), a YAML
 * example that loads, and {@code docs/examples/} are the built-in days' configurations.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorDocsTest {

    private static final Path DOCS = Path.of("../../docs");
    private static final String TABLE_MARK = "<!-- the parameter table, checked by SimulatorDocsTest -->";

    /** A section of the configuration and the parameter sets it takes, in the order config.yaml writes them. */
    private record Section(String key, List<ParameterSet> sets) {
    }

    private static List<Section> sections() {
        List<Section> sections = new ArrayList<>(List.of(new Section("house.location", List.of(SimulatorParameters.LOCATION)),
                new Section("house", List.of(SimulatorParameters.HOUSE)),
                new Section("house.heatPump", List.of(SimulatorParameters.HEAT_PUMP)),
                new Section("house.heatPump.hotWaterDraws[]", List.of(SimulatorParameters.HOT_WATER_DRAW)),
                new Section("house.gridLocks[]", List.of(SimulatorParameters.GRID_LOCK)),
                new Section("guard", List.of(GuardParameters.GUARDS))));
        for (ManagerKind kind : List.of(ManagerKind.ENERGY, ManagerKind.LOAD)) {
            sections.add(new Section(kind.section(), List.of(kind.wiring(), kind.settings())));
            sections.add(new Section(kind.section() + ".loads[]",
                    List.of(kind.loadWiring(), SimulatorParameters.LOAD_ITEM, kind.loadParameters())));
        }
        return sections;
    }

    /** @return the table docs/simulator.md must show, built from the parameter model */
    static String parameterTable() {
        StringBuilder table = new StringBuilder("| Section | Parameter | Default | Unit | Range | Meaning |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Section section : sections()) {
            for (ParameterSet set : section.sets()) {
                for (Parameter<?> parameter : set.parameters()) {
                    table.append("| `").append(section.key()).append("` | `").append(parameter.name()).append("` | ")
                            .append(defaultOf(parameter)).append(" | ")
                            .append(Objects.requireNonNullElse(parameter.unit(), "")).append(" | ")
                            .append(range(parameter)).append(" | ")
                            .append(parameter.description().replace("|", "\\|")).append(" |\n");
                }
            }
        }
        return table.toString();
    }

    private static String defaultOf(Parameter<?> parameter) {
        String text = parameter.defaultText();
        if (text == null) {
            return "required";
        }
        return text.isEmpty() ? "empty" : "`" + text + "`";
    }

    private static String range(Parameter<?> parameter) {
        if (parameter.type() == ParameterType.INTEGER || parameter.type() == ParameterType.DECIMAL) {
            return parameter.min() == null && parameter.max() == null ? "" : parameter.range();
        }
        if (parameter.type() == ParameterType.BOOLEAN) {
            return "`true`, `false`";
        }
        return parameter.limitToOptions() ? String.join(", ", parameter.options().stream().map(o -> "`" + o + "`").toList())
                : "";
    }

    private static String simulatorMd() throws IOException {
        return Files.readString(DOCS.resolve("simulator.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentationShowsTheParameterTableOfTheModel() throws IOException {
        String doc = simulatorMd();
        int mark = doc.indexOf(TABLE_MARK);
        assertTrue(mark >= 0, "docs/simulator.md marks its parameter table with " + TABLE_MARK);
        int start = mark + TABLE_MARK.length() + 1;
        int end = doc.indexOf("\n\n", start);
        String shown = doc.substring(start, end < 0 ? doc.length() : end + 1);
        assertEquals(parameterTable(), shown, "docs/simulator.md's parameter table is the model's (replace it with the "
                + "expected text when the model changed)");
        assertEquals(mark, doc.lastIndexOf(TABLE_MARK), "one parameter table");
    }

    @Test
    void theYamlExampleOfTheDocumentationLoads() throws IOException {
        Matcher block = Pattern.compile("(?s)## Configuration \\(YAML\\).*?```yaml\n(.*?)```").matcher(simulatorMd());
        assertTrue(block.find(), "docs/simulator.md shows a configuration");
        assertNotNull(ConfigLoader.parse("simulator.md", block.group(1)).energyManager(), "with an energy manager");
    }

    @Test
    void theExamplesAreTheBuiltInDaysConfigurationsAndLoad() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            ConfigLoader.load(example);
            try (InputStream builtIn = SimulatorDocsTest.class
                    .getResourceAsStream("scenarios/" + example.getFileName())) {
                assertNotNull(builtIn, example + " is a built-in day's");
                assertEquals(new String(builtIn.readAllBytes(), StandardCharsets.UTF_8), Files.readString(example),
                        example + " is the built-in day's configuration");
            }
        }
    }
}
