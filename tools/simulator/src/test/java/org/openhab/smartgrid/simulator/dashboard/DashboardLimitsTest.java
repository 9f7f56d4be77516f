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
package org.openhab.smartgrid.simulator.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.smartgrid.simulator.output.RunInfo;

/**
 * The dashboard defends itself as a tool on the user's computer: a bounded number of live streams (one more is
 * refused with 503 and the reason, and the page still answers), only requests for this computer's names (DNS
 * rebinding), and no server name or version in any response. A real Jetty on a free loopback port and real HTTP
 * clients; the replays are held open by a latch, not by time.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(60)
class DashboardLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();
    private @Nullable DashboardServer server;

    /** A dashboard whose every replay starts and then waits until the test releases it. */
    private DashboardServer start(int maxClients) throws Exception {
        RunInfo info = new RunInfo("held", "held open by the test", "none", List.of(), List.of(), Double.NaN,
                java.time.ZoneOffset.UTC);
        DashboardServer dashboard = new DashboardServer(sink -> {
            sink.start(info);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "127.0.0.1", 0, 1e12, maxClients);
        dashboard.start();
        server = dashboard;
        return dashboard;
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        DashboardServer dashboard = server;
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    private HttpRequest get(DashboardServer dashboard, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard.port() + path)).timeout(WAIT).build();
    }

    @Test
    void oneStreamMoreThanTheLimitIsRefusedWith503AndThePageStillAnswers() throws Exception {
        DashboardServer dashboard = start(2);
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // the headers arrive once the server took the stream: its replay is running
            open.add(client.sendAsync(get(dashboard, "/events"), HttpResponse.BodyHandlers.ofInputStream())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(200, open.get(i).statusCode(), "stream " + (i + 1) + " of 2");
        }
        HttpResponse<String> third = client.send(get(dashboard, "/events"), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, third.statusCode(), "a third live stream is refused");
        assertEquals("503 Service Unavailable: the dashboard runs at most 2 live replays at once, and that many are "
                + "open; close another dashboard tab and reload this one\n", third.body(), "and says why");
        assertEquals(200, client.send(get(dashboard, "/"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the page does not wait for a stream");

        release.countDown();
        for (HttpResponse<InputStream> stream : open) {
            try (InputStream body = stream.body()) {
                assertTrue(new String(body.readAllBytes(), StandardCharsets.UTF_8).contains("event: start"));
            }
        }
        assertEquals(200, client.send(get(dashboard, "/events"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "a stream that ended frees its place");
    }

    @ParameterizedTest(name = "Host: {0} -> {1}")
    @CsvSource({ "127.0.0.1:PORT, 200", "localhost:PORT, 200", "LOCALHOST, 200", "'[::1]:PORT', 200",
            "evil.example, 403", "evil.example:PORT, 403", "127.0.0.1.evil.example:PORT, 403", "10.0.0.7:PORT, 403" })
    void onlyRequestsForThisComputerAreAnswered(String host, int status) throws Exception {
        DashboardServer dashboard = start(2);
        String response = exchange(dashboard, "GET / HTTP/1.1\r\nHost: " + host.replace("PORT",
                Integer.toString(dashboard.port())) + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 " + status + " "), response);
        if (status == 403) {
            assertTrue(response.endsWith("403 Forbidden: the dashboard answers only requests for this computer "
                    + "(localhost, 127.0.0.1, [::1] or 127.0.0.1), not for another host name\n"), response);
        }
    }

    @Test
    void aRequestWithoutHostIsRefused() throws Exception {
        DashboardServer dashboard = start(2);
        String response = exchange(dashboard, "GET / HTTP/1.0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 403 ") || response.startsWith("HTTP/1.0 403 "), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/, 200", "/nothing, 404", "/events, 200" })
    void noResponseNamesTheServerOrItsVersion(String path, int status) throws Exception {
        DashboardServer dashboard = start(2);
        release.countDown();
        HttpResponse<String> response = client.send(get(dashboard, path), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode());
        assertEquals(List.of(), response.headers().allValues("server"), "no Server header");
        assertEquals(List.of(), response.headers().allValues("x-powered-by"), "no X-Powered-By header");
        assertFalse(response.body().toLowerCase(java.util.Locale.ROOT).contains("jetty"), response.body());
        if (status == 404) {
            assertEquals("404 Not Found\n", response.body(), "a plain error page");
        }
    }

    @Test
    void boundToAllAddressesAnyIpAddressIsThisComputerButANameIsNot() {
        DashboardServer dashboard = new DashboardServer(sink -> {
        }, "0.0.0.0", 0, 1, 1);
        assertTrue(dashboard.hostAllowed("192.168.1.20:8080"), "a browser in the LAN uses the address");
        assertTrue(dashboard.hostAllowed("[fe80::1]:8080"));
        assertFalse(dashboard.hostAllowed("evil.example:8080"), "a name can be rebound to any address");
        assertFalse(dashboard.hostAllowed(null), "no Host at all");
    }

    /** @return the whole response to {@code request}, sent as it is over a socket (java.net.http sets Host itself) */
    private static String exchange(DashboardServer dashboard, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", dashboard.port()), (int) WAIT.toMillis());
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
