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
package org.openhab.automation.energymanager.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.automation.energymanager.internal.config.ModuleParameters;
import org.openhab.automation.energymanager.internal.template.EnergyManagerRuleTemplateProvider;
import org.openhab.automation.energymanager.internal.type.EnergyManagerModuleTypeProvider;
import org.openhab.core.automation.template.RuleTemplate;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ParameterOption;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The README's parameter tables (one per module type and one per rule template) list exactly the parameters the rule
 * editor shows, built from the core's parameter model, in its order, with its label, field type, default, unit,
 * range and words; and the engine's documentation points to them instead of keeping a second copy. A parameter
 * added to the model, a changed default or a renamed parameter fails here until the README says so.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeParametersTest {

    /** A table row: {@code | `name` | label | type | default | unit, range | description |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Za-z0-9]+)`\\s*\\|(.*)\\|\\s*$");
    private static final String NONE = "–";
    private static final String REQUIRED = "required";

    private final EnergyManagerModuleTypeProvider moduleTypes = new EnergyManagerModuleTypeProvider(
            mock(TranslationProvider.class), (Bundle) null);
    private final EnergyManagerRuleTemplateProvider templates = new EnergyManagerRuleTemplateProvider(
            mock(TranslationProvider.class), (Bundle) null);

    /** One documented parameter: the cells after its name. */
    private record Row(String label, String type, String defaultValue, String unitAndRange, String description) {
    }

    @Test
    void everyModuleTypeHasATable() {
        assertEquals(ModuleParameters.BY_MODULE_TYPE.keySet().stream().sorted().toList(),
                moduleTypes.getAll().stream().map(ModuleType::getUID).sorted().toList(),
                "the module types are those of the parameter model");
        for (ModuleType type : moduleTypes.getAll()) {
            assertFalse(table(type.getUID()).isEmpty(), type.getUID() + " has a parameter table in the README");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "energymanager.SurplusLoad", "energymanager.PeakLoad", "energymanager.ForceLoad",
            "energymanager.ReleaseLoad", "energymanager.LockManager", "energymanager.SurplusAvailable" })
    void theModuleTypesTableIsItsParameters(String uid) {
        ModuleType type = moduleTypes.getAll().stream().filter(t -> t.getUID().equals(uid)).findFirst().orElseThrow();
        assertEquals(List.of(), problems(type.getConfigurationDescriptions(), table(uid)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { EnergyManagerRuleTemplateProvider.PV_BOOST_TEMPLATE,
            EnergyManagerRuleTemplateProvider.CAPACITY_GUARD_TEMPLATE })
    void theTemplatesTableIsItsParameters(String uid) {
        RuleTemplate template = templates.getTemplate(uid, null);
        assertNotNull(template, uid);
        assertEquals(List.of(), problems(template.getConfigurationDescriptions(), table(uid)));
    }

    /** The engine's pages explain the behaviour and point to the README's tables: one table per add-on. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "energy-manager.md", "load-manager.md" })
    void theEnginesDocumentationKeepsNoSecondCopy(String page) throws IOException {
        String text = Files.readString(repositoryRoot().resolve("docs").resolve(page), StandardCharsets.UTF_8);
        List<String> copies = new ArrayList<>();
        Stream.of(ModuleParameters.SURPLUS_LOAD, ModuleParameters.PEAK_LOAD).flatMap(set -> set.parameters().stream())
                .forEach(parameter -> {
                    if (Pattern.compile("(?m)^\\|\\s*`" + parameter.name() + "`\\s*\\|").matcher(text).find()) {
                        copies.add(parameter.name());
                    }
                });
        assertEquals(List.of(), copies, page + " has table rows of parameters: they belong in the README's tables");
        assertTrue(text.contains("bundles/org.openhab.automation.energymanager/README.md#"),
                page + " points to the README's parameter tables");
    }

    private static List<String> problems(List<ConfigDescriptionParameter> parameters, Map<String, Row> documented) {
        List<String> problems = new ArrayList<>();
        List<String> names = parameters.stream().map(ConfigDescriptionParameter::getName).toList();
        if (!names.equals(List.copyOf(documented.keySet()))) {
            problems.add("the rows are " + documented.keySet() + ", the parameters " + names);
        }
        for (ConfigDescriptionParameter parameter : parameters) {
            Row row = documented.get(parameter.getName());
            if (row != null) {
                check(parameter, row, problems);
            }
        }
        return problems;
    }

    private static void check(ConfigDescriptionParameter parameter, Row row, List<String> problems) {
        String name = parameter.getName();
        expect(problems, name + " label", parameter.getLabel(), row.label());
        expect(problems, name + " type", type(parameter), row.type());
        expect(problems, name + " default", defaultCell(parameter), row.defaultValue());
        String unit = parameter.getUnitLabel();
        List<String> wanted = new ArrayList<>();
        if (unit != null) {
            wanted.add(unit);
        }
        Stream.of(parameter.getMinimum(), parameter.getMaximum()).filter(bound -> bound != null)
                .map(ReadmeParametersTest::plain).forEach(wanted::add);
        parameter.getOptions().stream().map(ParameterOption::getValue).map(word -> "`" + word + "`")
                .forEach(wanted::add);
        for (String part : wanted) {
            if (!row.unitAndRange().contains(part)) {
                problems.add(name + " unit and range '" + row.unitAndRange() + "' do not say " + part);
            }
        }
        if (wanted.isEmpty() && !NONE.equals(row.unitAndRange())) {
            problems.add(name + " has no unit nor range, the README says '" + row.unitAndRange() + "'");
        }
        if (row.description().isBlank()) {
            problems.add(name + " has no description");
        }
    }

    private static void expect(List<String> problems, String what, @Nullable String expected, String documented) {
        if (!documented.equals(expected)) {
            problems.add(what + " is documented as '" + documented + "', the rule editor shows '" + expected + "'");
        }
    }

    private static String type(ConfigDescriptionParameter parameter) {
        return "item".equals(parameter.getContext()) ? "item" : parameter.getType().name().toLowerCase(Locale.ROOT);
    }

    private static String defaultCell(ConfigDescriptionParameter parameter) {
        String defaultValue = parameter.getDefault();
        if (defaultValue != null && !defaultValue.isEmpty()) {
            return "`" + defaultValue + "`";
        }
        return parameter.isRequired() ? REQUIRED : NONE;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** @return the rows of the table under the README heading that names the module type or template in backticks */
    private static Map<String, Row> table(String uid) {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("the add-on's README", e);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("#")) {
                inSection = line.startsWith("### ") && line.contains("`" + uid + "`");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                String[] cells = row.group(2).split("\\|", -1);
                assertEquals(5, cells.length, "a row of name, label, type, default, unit and range, description: "
                        + line);
                Row previous = rows.put(row.group(1), new Row(cells[0].trim(), cells[1].trim(),
                        cells[2].trim(), cells[3].trim(), cells[4].trim()));
                assertNull(previous, row.group(1) + " has two rows under " + uid);
            }
        }
        return rows;
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("docs"))) {
            directory = directory.getParent();
        }
        assertNotNull(directory, "the repository's docs folder above the add-on");
        return directory;
    }
}
