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
package org.openhab.binding.thermia.internal.modbus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;

/**
 * A real Modbus TCP peer for the tests: {@code genesis_peer.py} (a Thermia Genesis register map and the coils of a
 * relay module) run by Debian's python3-pymodbus. It counts the requests it serves and exposes the counts, and two
 * fault switches, as holding registers 9000+ (see the script).
 */
@NonNullByDefault
public final class GenesisPeer implements AutoCloseable {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern READY = Pattern.compile("READY (\\d+)");

    /** Counters the peer keeps, in the order of its control registers 9001…9005. */
    public enum Counter {
        READ_INPUT_REGISTERS,
        READ_DISCRETE_INPUTS,
        WRITE_COIL,
        READ_COILS,
        WRITE_REGISTERS
    }

    private final boolean sparse;
    private final List<String> output = new ArrayList<>();
    private @Nullable Process process;
    private int port;

    private GenesisPeer(boolean sparse) {
        this.sparse = sparse;
    }

    /** @return a peer on a free loopback port */
    public static GenesisPeer start(boolean sparse) throws IOException, InterruptedException {
        GenesisPeer peer = new GenesisPeer(sparse);
        peer.launch(0);
        return peer;
    }

    /** @return whether /usr/bin/python3 can import pymodbus (else the tests are skipped) */
    public static boolean pymodbusAvailable() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import pymodbus.server").redirectErrorStream(true)
                    .start();
            check.getInputStream().readAllBytes();
            return check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** Kills the peer abruptly (SIGKILL), as a crash or power cut would. */
    public void kill() throws InterruptedException {
        Process current = process;
        process = null;
        if (current != null) {
            current.destroyForcibly();
            assertTrue(current.waitFor(10, TimeUnit.SECONDS), "the peer did not die within 10 s");
        }
    }

    /** Starts a fresh peer (fresh register map, zero counters) on the same port as before. */
    public void restart() throws IOException, InterruptedException {
        kill();
        launch(port);
    }

    /** @return the number of requests of this kind served since the last {@link #resetCounters()} */
    public int count(Counter counter) throws Exception {
        return control(9001 + counter.ordinal());
    }

    /** @return all requests served since the last {@link #resetCounters()} */
    public int totalRequests() throws Exception {
        return control(9000);
    }

    public void resetCounters() throws Exception {
        setControl(9000, 0);
    }

    /** Makes the peer refuse writes to this coil with "illegal data address" ({@code -1}: accept all). */
    void refuseCoilWrites(int coil) throws Exception {
        setControl(9010, coil + 1);
    }

    /** Makes this coil ignore writes while acknowledging them ({@code -1}: none). */
    void stickCoil(int coil) throws Exception {
        setControl(9011, coil + 1);
    }

    /** Sets an input register of the Genesis map, e.g. 82 (Smart Grid status: 1 EVU, 4 Normal, 5 Comfort, 6 Boost). */
    public void setInputRegister(int address, int word) throws ModbusTransportException {
        try (ModbusTcpConnection connection = new ModbusTcpConnection(ModbusEndpoint.of("127.0.0.1", port, 1))) {
            connection.writeHoldingRegisters(9013, address, word);
        }
    }

    /** @return the coils as mbpoll, a separate Modbus client, reads them (0 or 1 each) */
    public int[] coilsSeenByMbpoll(int first, int count) throws IOException, InterruptedException {
        Process mbpoll = new ProcessBuilder("mbpoll", "-m", "tcp", "-p", Integer.toString(port), "-a", "1", "-t", "0",
                "-r", Integer.toString(first + 1), "-c", Integer.toString(count), "-1", "127.0.0.1")
                .redirectErrorStream(true).start();
        String text = new String(mbpoll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mbpoll.waitFor(20, TimeUnit.SECONDS), "mbpoll did not finish");
        assertEquals(0, mbpoll.exitValue(), "mbpoll failed: " + text);
        int[] coils = new int[count];
        Matcher line = Pattern.compile("\\[(\\d+)\\]:\\s+(\\d+)").matcher(text);
        int found = 0;
        while (line.find()) {
            coils[Integer.parseInt(line.group(1)) - first - 1] = Integer.parseInt(line.group(2));
            found++;
        }
        assertEquals(count, found, "mbpoll output: " + text);
        return coils;
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return holding registers, read over a connection of their own (counted unless they are 9000+) */
    int[] holdingRegisters(int address, int count) throws Exception {
        ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", port, 2000, false);
        master.connect();
        try {
            Register[] registers = master.readMultipleRegisters(1, address, count);
            int[] words = new int[count];
            for (int i = 0; i < count; i++) {
                words[i] = registers[i].toUnsignedShort();
            }
            return words;
        } finally {
            master.disconnect();
        }
    }

    private int control(int register) throws Exception {
        return holdingRegisters(register, 1)[0];
    }

    private void setControl(int register, int value) throws ModbusTransportException {
        try (ModbusTcpConnection connection = new ModbusTcpConnection(ModbusEndpoint.of("127.0.0.1", port, 1))) {
            connection.writeHoldingRegisters(register, value);
        }
    }

    private void launch(int requestedPort) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script().toString(),
                Integer.toString(requestedPort)));
        if (sparse) {
            command.add("--sparse");
        }
        Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
        process = started;
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(started, ready), "genesis-peer-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // a bounded wait for the external process to listen
            port = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new AssertionError(
                    "the Modbus peer did not print READY within " + START_TIMEOUT + "; output: " + output(), e);
        }
    }

    private void drain(Process started, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher matcher = READY.matcher(line);
                if (matcher.matches()) {
                    ready.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
        ready.completeExceptionally(new IOException("the peer's output ended"));
    }

    private String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    private static Path script() {
        URL url = GenesisPeer.class.getResource("genesis_peer.py");
        assertNotNull(url, "genesis_peer.py is missing from the test resources");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
