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
package org.openhab.smartgrid.simulator.output;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.EngineEvent;

/**
 * The report's table of events: what {@code events.csv} holds (time, who, decision and its reason), in the house's
 * local time, with a filter by load and by text. The filter is a few lines of inline script: the report stays one
 * file that needs no network.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class EventsTable {

    /** The filter: hides the rows whose load or text does not match and says how many are shown. */
    static final String SCRIPT = """
            (function () {
              var load = document.getElementById('event-load');
              var text = document.getElementById('event-text');
              var count = document.getElementById('event-count');
              var rows = document.querySelectorAll('#event-rows tr');
              function filter() {
                var wanted = load.value;
                var words = text.value.trim().toLowerCase();
                var shown = 0;
                rows.forEach(function (row) {
                  var match = (!wanted || row.getAttribute('data-load') === wanted)
                      && (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
                  row.hidden = !match;
                  if (match) { shown++; }
                });
                count.textContent = shown + ' of ' + rows.length + ' events';
              }
              load.addEventListener('change', filter);
              text.addEventListener('input', filter);
              filter();
            })();
            """;

    private final RunInfo info;
    private final DateTimeFormatter time;

    /** @param series the run's steps: a run over more than one local day shows the date with each time */
    EventsTable(RunInfo info, ChartSeries series) {
        this.info = info;
        ZoneId zone = info.zone();
        boolean oneDay = series.origin().atZone(zone).toLocalDate()
                .equals(series.end().minusMillis(1).atZone(zone).toLocalDate());
        this.time = DateTimeFormatter.ofPattern(oneDay ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(zone);
    }

    /**
     * @param events the events kept for the table, in time order
     * @param total how many events the run had (more than {@code events} when the table was capped)
     */
    String html(List<EngineEvent> events, long total) {
        StringBuilder html = new StringBuilder(4096 + events.size() * 160);
        html.append("<section id=\"events\">\n<h2>Events and reasons</h2>\n<p class=\"caption\">")
                .append(Html.escape("Each decision, deferral and override of the engine, as in events.csv, in local "
                        + "time of " + info.zone().getId() + "."));
        if (total > events.size()) {
            html.append(Html.escape(String.format(Locale.ROOT, " The first %d of %d events; events.csv has all.",
                    events.size(), total)));
        }
        html.append("</p>\n");
        if (events.isEmpty()) {
            return html.append("<p>No events.</p>\n</section>\n").toString();
        }
        Set<String> who = new LinkedHashSet<>(info.loads());
        events.forEach(e -> who.add(subject(e)));
        html.append("<div class=\"filters\"><label>Load <select id=\"event-load\"><option value=\"\">all</option>");
        for (String name : who) {
            html.append("<option>").append(Html.escape(name)).append("</option>");
        }
        html.append("</select></label> <label>Text <input id=\"event-text\" type=\"search\" "
                + "placeholder=\"e.g. EVU\"></label> <span id=\"event-count\" class=\"caption\"></span></div>\n")
                .append("<table class=\"events\">\n<thead><tr><th>Time</th><th>Load</th><th>Action</th>"
                        + "<th>Reason</th></tr></thead>\n<tbody id=\"event-rows\">\n");
        for (EngineEvent e : events) {
            String subject = subject(e);
            html.append("<tr data-load=\"").append(Html.escape(subject)).append("\"><td>")
                    .append(time.format(e.time())).append("</td><td>").append(Html.escape(subject))
                    .append("</td><td>").append(Html.escape(e.eventLabel()).replace(":", ":<wbr>")).append("</td><td>")
                    .append(Html.escape(e.detail())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n<script>\n").append(SCRIPT).append("</script>\n</section>\n")
                .toString();
    }

    /**
     * @return the load an event is about (a manager's decision names it first: {@code "heatpump boost runs: ..."};
     *         the longest name that fits, so that "heatpump" does not take "heatpump boost"'s events), else the
     *         component that decided (the SG controller's mode changes)
     */
    String subject(EngineEvent event) {
        String best = "";
        for (String load : info.loads()) {
            if (load.length() > best.length() && event.detail().startsWith(load + " ")) {
                best = load;
            }
        }
        return best.isEmpty() ? event.component() : best;
    }
}
