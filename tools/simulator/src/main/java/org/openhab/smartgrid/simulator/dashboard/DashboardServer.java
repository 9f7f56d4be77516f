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
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The live dashboard: an embedded Jetty serving one self-contained page ({@code /}) and a server-sent event stream
 * ({@code /events}) that replays the scenario afresh for each connection.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class DashboardServer {

    private final Server server = new Server();
    private final ServerConnector connector;
    private final ReplaySource source;
    private final double speed;

    /**
     * @param source starts a replay for each browser
     * @param host the address to bind (loopback unless the user asks otherwise)
     * @param port the port, 0 for any free one
     * @param speed simulated seconds per wall second
     * @throws IllegalArgumentException when the speed is below 1 or the port is out of range
     */
    public DashboardServer(ReplaySource source, String host, int port, double speed) {
        if (!(speed >= 1)) {
            throw new IllegalArgumentException("speed must be >= 1, was " + speed);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        this.source = source;
        this.speed = speed;
        this.connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new DashboardHandler());
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
                case "/events" -> stream(response, callback);
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
}
