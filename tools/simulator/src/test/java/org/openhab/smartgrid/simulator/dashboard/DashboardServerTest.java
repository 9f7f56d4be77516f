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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.simulator.CoreEngineAdapter;
import org.openhab.smartgrid.simulator.Simulation;
import org.openhab.smartgrid.simulator.output.RunInfo;
import org.openhab.smartgrid.simulator.scenario.BuiltInScenario;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The live dashboard serves its page and streams a whole replay as server-sent events, on loopback by default.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class DashboardServerTest {

    /** So fast that the pacing never waits. */
    static final double INSTANT = 1e12;

    private @Nullable DashboardServer server;

    /** A dashboard of the winter day with the core engine on a free loopback port. */
    static DashboardServer winterDashboard() {
        BuiltInScenario day = BuiltInScenario.WINTER_LOCKS;
        SimulationConfig config = day.config();
        RunInfo info = new RunInfo(day.id(), day.description(), CoreEngineAdapter.LABEL,
                config.loadNames(), Simulation.relayLoads(config), config.maxPower(),
                config.house().timeZone());
        return new DashboardServer(sink -> new Simulation(config, new CoreEngineAdapter(config), List.of(sink)).run(info,
                day.generator(config)), "127.0.0.1", 0, INSTANT);
    }

    @BeforeEach
    void start() throws Exception {
        DashboardServer dashboard = winterDashboard();
        dashboard.start();
        server = dashboard;
    }

    @AfterEach
    void stop() throws Exception {
        DashboardServer dashboard = server;
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        DashboardServer dashboard = server;
        assertNotNull(dashboard);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard.port() + path))
                .timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsSelfContainedAndListensToTheEventStream() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("new EventSource('events')"), "the page subscribes to its event stream");
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no network resource");
        assertFalse(page.body().contains("<script src"), "no external script");
    }

    @Test
    void theEventStreamCarriesStartEveryStepAndTheSummary() throws Exception {
        HttpResponse<String> stream = get("/events");
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        List<String> events = Arrays.stream(stream.body().split("\n")).filter(l -> l.startsWith("event: "))
                .toList();
        assertEquals("event: start", events.get(0), "the run info comes first");
        assertEquals("event: end", events.get(events.size() - 1), "the summary comes last");
        assertEquals(1440, events.stream().filter("event: step"::equals).count(), "one event per minute of the day");
        assertTrue(stream.body().contains("\"mode\":\"EVU\""), "the winter locks show as EVU steps");
        assertTrue(stream.body().contains("\"evu_lock_minutes\": 180.000"), "the summary counts the locks");
    }

    @Test
    void theDashboardListensOnLoopbackOnlyByDefaultAndAnswersUnknownPathsWith404() throws Exception {
        DashboardServer dashboard = server;
        assertNotNull(dashboard);
        assertEquals("127.0.0.1", dashboard.host());
        assertEquals(404, get("/nothing").statusCode());
    }

    @Test
    void aSpeedBelowRealTimeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DashboardServer(sink -> {
                }, "127.0.0.1", 0, 0.5));
        assertTrue(e.getMessage().contains("speed"), e.getMessage());
    }
}
