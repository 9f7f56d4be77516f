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
package org.openhab.smartgrid.itests.openhab;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.smartgrid.itests.BuiltArtifacts;
import org.openhab.smartgrid.simulator.SimulatorCli;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.google.gson.Gson;

/**
 * Both add-ons in openHAB's real core runtime (the version of {@code -Dopenhab.version}), used as a user uses them:
 * the thing type is registered, a Thing linked as the binding's README says switches the relay items on a grid lock
 * and keeps them where the guards say across a restart, rules made from both rule templates and from the automation
 * README's YAML are valid and command their items, and the console command answers.
 *
 * <p>
 * The scenarios share one runtime and run in order: later ones see the managers the rules of earlier ones made.
 */
@NonNullByDefault
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenhabRuntimeTest {

    private @Nullable OpenhabRuntime runtime;

    @BeforeAll
    void bootOpenhab() throws Exception {
        runtime = OpenhabRuntime.boot("runtime");
    }

    @AfterAll
    void stopOpenhab() throws Exception {
        OpenhabRuntime booted = runtime;
        if (booted != null) {
            booted.close();
        }
    }

    @Test
    @Order(1)
    void everyBundleOfOpenhabAndBothAddonsIsActive() {
        assertEquals(List.of(), openhab().inactiveBundles(), "openHAB " + OpenhabRuntime.openhabVersion());
    }

    @Test
    @Order(2)
    void theHeatPumpThingTypeAndItsChannelTypesAreRegistered() {
        report(openhab().run("thingType"));
    }

    @Test
    @Order(3)
    void aGridLockSwitchesTheRelayItemsTheirEchoIsNoOverrideAndARestartKeepsThem() {
        report(openhab().run("relays"));
    }

    @Test
    @Order(4)
    void rulesFromBothTemplatesAreValidAndCommandTheirItems() {
        report(openhab().run("templates"));
    }

    @Test
    @Order(5)
    void theRuleOfTheAutomationReadmeIsValidAndCommandsItsItem() throws IOException {
        String yaml = readmeRuleYaml();
        Object rule = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        report(openhab().run("ruleFromJson", new Gson().toJson(rule), "Grid_Power", "HeatPump_PV_Boost", "Q_Surplus",
                "HeatPump_Boost_State"));
    }

    @Test
    @Order(6)
    void theConsoleCommandListsTheManagersOfTheRules() {
        String list = openhab().run("console", "list");
        report(list);
        assertTrue(list.contains("energy manager 'pv'"), list);
        assertTrue(list.contains("energy manager 'Q'"), list);
        assertTrue(list.contains("load manager 'grid'"), list);
        String status = openhab().run("console", "status grid");
        report(status);
        assertTrue(status.contains("grid"), status);
    }

    @Test
    @Order(7)
    void aTriggerWithAnUnknownParameterIsNotInitialisedAndItsStatusAndLogNameTheNearestKnownOne() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        report(whileLogging(log, () -> openhab().run("unknownParameter")));
        String warning = log.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("WARN") && line.contains("itest-typo")).findFirst().orElse("");
        assertTrue(warning.contains("'minOnTme'") && warning.contains("'minOnTime'"),
                "the add-on's warning names the parameter and the nearest known one: '" + warning + "'");
        report("logged: " + warning.trim());
    }

    @Test
    @Order(8)
    void theCapacityTemplatesModeItemMakesADeferredShedOfTheRealHeatPumpThingShedTheNextLoad() {
        report(openhab().run("shedFeedback"));
    }

    /** The YAML block of the automation add-on's README: the rule a user pastes into the UI's code tab. */
    private static String readmeRuleYaml() throws IOException {
        String readme = Files.readString(BuiltArtifacts.root().resolve("bundles/" + BuiltArtifacts.AUTOMATION + "/README.md"),
                StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the automation README has a YAML rule");
        String yaml = block.group(1);
        assertFalse(block.find(), "the automation README has one YAML rule; test each");
        return yaml;
    }

    /**
     * Runs the scenario while copying what the runtime prints into the log: with only pax-logging's API in the
     * runtime (no logging back end), openHAB's and the add-ons' log lines go to the standard output.
     */
    private static String whileLogging(ByteArrayOutputStream log, Supplier<String> scenario) {
        PrintStream original = System.out;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (log) {
                    log.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (log) {
                    log.write(bytes, offset, length);
                }
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
        try {
            return scenario.get();
        } finally {
            System.setOut(original);
        }
    }

    private static void report(String what) {
        System.out.println("openHAB " + OpenhabRuntime.openhabVersion() + ": " + what);
    }

    private OpenhabRuntime openhab() {
        OpenhabRuntime booted = runtime;
        assertNotNull(booted, "openHAB booted");
        return booted;
    }

    /**
     * What the simulator writes for openHAB loads in openHAB unchanged: for each built-in day of its demo, the heat
     * pump Thing with the written configuration comes ONLINE and every written rule is IDLE.
     */
    @Test
    @Order(30)
    void theOpenhabFilesTheSimulatorWritesLoadUnchanged(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, SimulatorCli.execute(new String[] { "demo", "--out", dir.toString() },
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        List<Path> days;
        try (Stream<Path> folders = Files.list(dir)) {
            days = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(3, days.size(), "the demo's days: " + days);
        for (Path day : days) {
            Path files = day.resolve(OpenhabFiles.FOLDER);
            List<String> arguments = new ArrayList<>(List.of("simulatorFiles", String.valueOf(day.getFileName()),
                    json(files.resolve(OpenhabFiles.THING_FILE))));
            try (Stream<Path> rules = Files.list(files)) {
                for (Path rule : rules.filter(f -> f.getFileName().toString().startsWith("rule-")).sorted().toList()) {
                    arguments.add(json(rule));
                }
            }
            assertTrue(arguments.size() >= 5, day + ": a rule per load of both managers: " + arguments);
            report(openhab().run(arguments.get(0), arguments.subList(1, arguments.size()).toArray(String[]::new)));
        }
    }

    /** @return the YAML file as JSON, as openHAB's UI sends a pasted code tab to the REST API */
    private static String json(Path yaml) throws IOException {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(yaml, StandardCharsets.UTF_8));
        return new Gson().toJson(document);
    }
}
