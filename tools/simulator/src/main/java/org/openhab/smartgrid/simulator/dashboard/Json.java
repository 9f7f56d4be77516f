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

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.simulator.model.EngineEvent;
import org.openhab.smartgrid.simulator.model.SimulationStep;
import org.openhab.smartgrid.simulator.output.RunInfo;

/**
 * The JSON payloads of the dashboard's server-sent events.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Json {

    private Json() {
    }

    static String info(RunInfo info) {
        StringBuilder json = new StringBuilder("{\"scenario\":").append(quote(info.scenario()))
                .append(",\"description\":").append(quote(info.description())).append(",\"engine\":")
                .append(quote(info.engine()))
                .append(",\"maxPower\":").append(number(info.maxPower())).append(",\"loads\":[");
        for (int i = 0; i < info.loads().size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(info.loads().get(i)));
        }
        return json.append("]}").toString();
    }

    static String step(SimulationStep s, ZoneId zone) {
        StringBuilder json = new StringBuilder(256).append("{\"time\":")
                .append(quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.time().atZone(zone))))
                .append(",\"grid\":").append(number(s.gridPower())).append(",\"pv\":").append(number(s.pvPower()))
                .append(",\"qh\":").append(number(s.quarterHourAverage())).append(",\"wanted\":")
                .append(quote(s.wantedMode().name())).append(",\"mode\":").append(quote(s.effectiveMode().name()))
                .append(",\"lock\":").append(s.gridLock()).append(",\"hp\":")
                .append(number(s.heatPumpPower())).append(",\"tank\":")
                .append(number(s.tankTemperature())).append(",\"buffer\":")
                .append(number(s.bufferTemperature())).append(",\"loads\":{");
        for (int i = 0; i < s.loads().size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(s.loads().get(i))).append(':').append(s.loadRuns(i));
        }
        return json.append("}}").toString();
    }

    static String event(EngineEvent e, ZoneId zone) {
        return "{\"time\":" + quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.time().atZone(zone)))
                + ",\"component\":" + quote(e.component()) + ",\"event\":" + quote(e.eventLabel()) + ",\"detail\":"
                + quote(e.detail()) + "}";
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "null";
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
