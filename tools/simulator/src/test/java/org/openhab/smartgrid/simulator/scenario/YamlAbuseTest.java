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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.smartgrid.simulator.SimulatorCli;

/**
 * Whatever a configuration file holds, reading it ends in the configuration or in a {@link ConfigException} naming
 * the file and a position: never in another exception (which the command line would show as a stack trace), never
 * in an object SnakeYAML builds, never in a hang.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class YamlAbuseTest {

    static Stream<Arguments> abuses() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        return Stream.of( //
                Arguments.of("a tab indents", "guard:\n\tminLockMinutes: 10\n", 2, "invalid YAML"),
                Arguments.of("aliases expand into a huge tree", laughs, 0, "aliases"),
                Arguments.of("a global tag", "guard: !!java.lang.Object {}\n", 1, "tag"),
                Arguments.of("a class-loading tag", "house: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n", 1, "tag"),
                Arguments.of("a local tag", "guard:\n  minLockMinutes: !minutes 10\n", 2, "tag"),
                Arguments.of("a binary value", "guard:\n  minLockMinutes: !!binary AAAA\n", 2, "tag"),
                Arguments.of("a set", "guard: !!set { a, b }\n", 1, "tag"),
                Arguments.of("a duplicate key", "guard:\n  minLockMinutes: 10\n  minLockMinutes: 20\n", 3,
                        "duplicate key 'minLockMinutes' (first at line 2)"),
                Arguments.of("a duplicate section", "guard: {}\nhouse: {}\nguard: {}\n", 3, "duplicate key 'guard'"),
                Arguments.of("an empty file", "", 1, "the file is empty"),
                Arguments.of("only comments", "# nothing here\n", 1, "the file is empty"),
                Arguments.of("a top-level list", "- guard: {}\n", 1, "not a list"),
                Arguments.of("a top-level value", "hello\n", 1, "not a single value"),
                Arguments.of("two documents", "guard: {}\n---\nguard: {}\n", 2, "invalid YAML"),
                Arguments.of("an overflowing whole number", "guard:\n  maxLocksPerDay: 99999999999999999999999\n", 2,
                        "maxLocksPerDay must be between 0 and 48"),
                Arguments.of("an overflowing duration", "guard:\n  minLockMinutes: 1e999999\n", 2,
                        "minLockMinutes must be between 0 and 1440"),
                Arguments.of("a number beyond a double", "energyManager:\n  gridItem: G\n  loads:\n    - load: a\n"
                        + "      power: 1e400\n", 4, "power"),
                Arguments.of("an exponent beyond BigDecimal", "guard:\n  minLockMinutes: 1e9999999999\n", 2,
                        "minLockMinutes must be a number"),
                Arguments.of("an alias that contains itself", "house: &h\n  heatPump: *h\n", 0, ""),
                Arguments.of("a mapping as a key", "{ a: 1 }: 2\n", 1, "a key must be a plain name"),
                Arguments.of("a merge of a value", "guard:\n  <<: 5\n", 2, "a merge key"),
                Arguments.of("a merge of a list with a value", "guard:\n  <<: [ { minLockMinutes: 5 }, 5 ]\n", 2,
                        "a merge key"),
                Arguments.of("an unknown key next to a merge key", "energyManager:\n  gridItem: G\n  loads:\n"
                        + "    - &a { load: a, power: 1 }\n    - { <<: *a, load: b, powr: 2 }\n", 5,
                        "unknown parameter 'powr' for the energy manager load (did you mean 'power'?)"),
                Arguments.of("deep nesting", "guard: " + "[".repeat(500) + "]".repeat(500) + "\n", 0, ""),
                Arguments.of("an unclosed quote", "house:\n  timeZone: \"Europe/Brussels\n", 0, "invalid YAML"),
                Arguments.of("a control character", "guard:\n  minLockMinutes: \u0007\n", 0, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("abuses")
    void everyAbuseIsAConfigErrorAtAPosition(String name, String yaml, int line, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("abuse.yaml", yaml));
        assertTrue(e.getMessage().startsWith("abuse.yaml:" + e.line() + ":" + e.column() + ": "), e.getMessage());
        assertTrue(e.line() >= 1, "a position in the file: " + e.getMessage());
        if (line > 0) {
            assertEquals(line, e.line(), e.getMessage());
        }
        assertTrue(e.getMessage().contains(message), "says " + message + ": " + e.getMessage());
    }

    /**
     * On the command line, {@code run} and {@code sweep} read a file through the same loader: the same one-line error
     * (exit code 2), no stack trace, and nothing written.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("abuses")
    void runAndSweepRefuseEveryAbuseWithTheSameLineAndWriteNothing(String name, String yaml, int line, String message,
            @TempDir Path dir) throws IOException {
        Path file = dir.resolve("abuse.yaml");
        Files.writeString(file, yaml);
        String expected = "Error: " + assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage();
        List<String[]> commands = List.of(
                new String[] { "run", "--config", file.toString(), "--scenario", "sunny-summer", "--out",
                        dir.resolve("run").toString() },
                new String[] { "sweep", "--config", file.toString(), "--scenario", "sunny-summer", "--param",
                        "house.heatPump.cop=3:4:1", "--out", dir.resolve("sweep").toString() });
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            int code = SimulatorCli.execute(command, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true));
            assertEquals(2, code, command[0] + ": " + err);
            assertEquals(expected, err.toString().strip(), command[0] + " says what the loader says, in one line");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("abuse.yaml"), files.map(f -> f.getFileName().toString()).toList(), "nothing written");
        }
    }

    @Test
    void aFileThatIsNoTextIsAConfigError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] { 'g', 'u', (byte) 0xC3, (byte) 0x28, ':', '\n' });
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals("binary.yaml:1:3: expected UTF-8 text, got the byte 0xC3, which is not UTF-8; save the file as "
                + "UTF-8", e.getMessage(), "the line and character of the byte");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "# " + "x".repeat(2 << 20) + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().startsWith("huge.yaml:1:1: the file is bigger than a configuration"),
                e.getMessage());
    }

    @Test
    void anEmptyMappingIsAHouseWithoutManagers() {
        SimulationConfig config = ConfigLoader.parse("empty.yaml", "{}\n");
        assertNull(config.energyManager());
        assertNull(config.loadManager());
        assertEquals(List.of("house", "guard"), List.copyOf(config.document().keySet()),
                "written back with the house and the guards, every value filled in");
    }
}
