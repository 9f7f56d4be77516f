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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The live dashboard: an embedded Jetty serving one self-contained page ({@code /}) and a server-sent event stream
 * ({@code /events}) that replays the scenario afresh for each connection.
 * <p>
 * It is a tool on the user's own computer, so it defends itself like one: each live stream holds a thread for the
 * whole replay, so at most {@code maxClients} streams run at once and one more is refused with 503 and a text that
 * says why (200 open streams once left no thread for the page); a request whose {@code Host} is not this computer's
 * (localhost, 127.0.0.1, [::1] or the bound address) is refused with 403, so that a web page whose name an attacker
 * points at 127.0.0.1 (DNS rebinding) cannot read the dashboard; and no response or error page names the server
 * or its version.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class DashboardServer {

    /** Live streams at once unless told otherwise: a few browser tabs, far below Jetty's 200 threads. */
    public static final int DEFAULT_MAX_CLIENTS = 16;

    private final Server server = new Server();
    private final ServerConnector connector;
    private final ReplaySource source;
    private final double speed;
    private final int maxClients;
    private final Semaphore streams;
    private final Set<String> allowedHosts;
    private final boolean anyAddressHost;

    /** {@link #DashboardServer(ReplaySource, String, int, double, int)} with {@value #DEFAULT_MAX_CLIENTS} streams. */
    public DashboardServer(ReplaySource source, String host, int port, double speed) {
        this(source, host, port, speed, DEFAULT_MAX_CLIENTS);
    }

    /**
     * @param source starts a replay for each browser
     * @param host the address to bind (loopback unless the user asks otherwise)
     * @param port the port, 0 for any free one
     * @param speed simulated seconds per wall second
     * @param maxClients how many live streams may run at once
     * @throws IllegalArgumentException when the speed is below 1, the port is out of range or maxClients below 1
     */
    public DashboardServer(ReplaySource source, String host, int port, double speed, int maxClients) {
        if (!(speed >= 1)) {
            throw new IllegalArgumentException("speed must be >= 1, was " + speed);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("max clients must be 1 or more, was " + maxClients);
        }
        this.source = source;
        this.speed = speed;
        this.maxClients = maxClients;
        this.streams = new Semaphore(maxClients);
        this.allowedHosts = allowedHosts(host);
        this.anyAddressHost = isWildcard(host);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setErrorHandler(new PlainErrorHandler());
        server.setHandler(new DashboardHandler());
    }

    /** @return the names a browser on this computer uses for the dashboard, lower case, IPv6 without brackets */
    private static Set<String> allowedHosts(String bound) {
        Set<String> hosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        hosts.add(unbracketed(bound).toLowerCase(Locale.ROOT));
        return Set.copyOf(hosts);
    }

    private static boolean isWildcard(String host) {
        String address = unbracketed(host);
        return "0.0.0.0".equals(address) || "::".equals(address) || address.isEmpty();
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * @return whether a request with this {@code Host} header is for this computer: a loopback name or address or the
     *         bound address; bound to all addresses, also any IP address (a rebinding attack needs a name)
     */
    boolean hostAllowed(@Nullable String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close < 0 ? host : host.substring(1, close);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return allowedHosts.contains(host) || anyAddressHost && isIpAddress(host);
    }

    private static boolean isIpAddress(String host) {
        return host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || host.matches("[0-9a-f:.]+") && host.contains(":");
    }

    /** Starts listening. */
    public void start() throws Exception {
        server.start();
    }

    /** @return the port the dashboard listens on */
    public int port() {
        return connector.getLocalPort();
    }

    /** @return the bound host */
    public String host() {
        String host = connector.getHost();
        return host == null ? "0.0.0.0" : host;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server. */
    public void stop() throws Exception {
        server.stop();
    }

    private final class DashboardHandler extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!hostAllowed(request.getHeaders().get(HttpHeader.HOST))) {
                Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
                        "the dashboard answers only requests for this computer (localhost, 127.0.0.1, [::1] or "
                                + host() + "), not for another host name");
                return true;
            }
            String path = Request.getPathInContext(request);
            if (!"GET".equals(request.getMethod())) {
                Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
                return true;
            }
            switch (path) {
                case "/" -> {
                    response.setStatus(HttpStatus.OK_200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                    Content.Sink.write(response, true, DashboardPage.HTML, callback);
                }
                case "/events" -> {
                    if (!streams.tryAcquire()) {
                        Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                                "the dashboard runs at most " + maxClients + " live replays at once, and that many "
                                        + "are open; close another dashboard tab and reload this one");
                        return true;
                    }
                    try {
                        stream(response, callback);
                    } finally {
                        streams.release();
                    }
                }
                default -> Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
            return true;
        }

        private void stream(Response response, Callback callback) {
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                // the browser reconnects by itself after a stream ends; tell it to wait a day instead
                out.write("retry: 86400000\n\n".getBytes(StandardCharsets.UTF_8));
                source.replay(new EventStreamSink(out, speed));
                callback.succeeded();
            } catch (IOException | RuntimeException e) {
                // most often the browser went away; there is nobody left to tell
                callback.failed(e);
            }
        }
    }

    /** Error pages as one line of text: the status and why, without the server's name or version. */
    private static final class PlainErrorHandler extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, @Nullable String message,
                @Nullable Throwable cause, Callback callback) throws IOException {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            String reason = HttpStatus.getMessage(code);
            String text = code + " " + reason + (message == null || message.isBlank() || message.equals(reason) ? ""
                    : ": " + message) + "\n";
            response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
        }
    }
}
