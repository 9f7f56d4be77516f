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
package org.openhab.smartgrid.simulator.trace;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.trace.TraceColumn.ValueKind;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * The datapoints of one openHAB item, read from a persistence export of the REST API
 * ({@code GET /rest/persistence/items/<item>}) and mapped to one trace column:
 *
 * <pre>
 * {"name":"Grid_Power","datapoints":"2","data":[{"time":1700000000000,"state":"1234.5 W"}, ...]}
 * </pre>
 *
 * {@code time} is epoch milliseconds and must not decrease. Several datapoints may share a time: openHAB writes a
 * Switch change as the old and the new state at the same time, and {@code boundary=true} can repeat a time; the last
 * datapoint of a time wins. {@code state} is a string: a number, optionally followed by a unit (W, kW or MW for
 * powers; % for the state of charge), or for {@code grid_lock} ON/OFF, 1/0 or true/false. A number without a unit is
 * in the caller's unit for plain numbers: newer openHAB versions strip the unit and write the item's own unit.
 * Fields other than {@code data} are ignored. The series is held in two primitive arrays.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ItemSeries {

    private final TraceColumn column;
    private final PowerUnit plainUnit;
    private long[] times = new long[256];
    private double[] values = new double[256];
    private int size;

    private final double maxPower;

    private ItemSeries(TraceColumn column, PowerUnit plainUnit, double maxPower) {
        this.maxPower = maxPower;
        this.column = column;
        this.plainUnit = plainUnit;
    }

    TraceColumn column() {
        return column;
    }

    int size() {
        return size;
    }

    /** @return the time of datapoint {@code i} in epoch milliseconds */
    long timeAt(int i) {
        return times[i];
    }

    /** @return the value of datapoint {@code i}: W, %, or 0/1 for a flag */
    double valueAt(int i) {
        return values[i];
    }

    /**
     * Reads a whole export; does not close {@code reader}.
     *
     * @param file the file name used in error messages
     * @param plainUnit the unit of a power state written without one (ignored for other columns)
     * @throws TraceFormatException if the export is malformed or has no datapoints
     */
    static ItemSeries read(Reader reader, String file, TraceColumn column, PowerUnit plainUnit, double maxPower)
            throws IOException {
        if (column == TraceColumn.TIMESTAMP) {
            throw new IllegalArgumentException("column: 'timestamp' cannot come from an item export, "
                    + "each datapoint has its own time; map one of the other columns");
        }
        ItemSeries series = new ItemSeries(column, plainUnit, maxPower);
        JsonReader json = new JsonReader(reader);
        try {
            series.readExport(json, file);
        } catch (EOFException e) {
            throw TraceFormatException.inJson(file, json.getPath(), column,
                    "expected a persistence export {\"name\": ..., \"data\": [...]}, got the end of the file", e);
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            // Gson's message says where in the text (line and column); keep that, not its advice to be lenient
            throw TraceFormatException.inJson(file, json.getPath(), column,
                    "expected a persistence export {\"name\": ..., \"data\": [{\"time\": ..., \"state\": ...}]}, "
                            + "but the JSON is malformed" + textPlace(e.getMessage()),
                    e);
        }
        return series;
    }

    private void readExport(JsonReader json, String file) throws IOException {
        expect(json, JsonToken.BEGIN_OBJECT, file, "a persistence export object {\"name\": ..., \"data\": [...]}");
        json.beginObject();
        boolean hasData = false;
        while (json.hasNext()) {
            if ("data".equals(json.nextName())) {
                readData(json, file);
                hasData = true;
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        expect(json, JsonToken.END_DOCUMENT, file, "the end of the file after the export object");
        if (!hasData || size == 0) {
            throw TraceFormatException.inJson(file, "$.data", column,
                    "expected at least one datapoint, got " + (hasData ? "an empty array" : "no \"data\" field"),
                    null);
        }
    }

    private void readData(JsonReader json, String file) throws IOException {
        expect(json, JsonToken.BEGIN_ARRAY, file, "an array of datapoints {\"time\": ..., \"state\": ...}");
        json.beginArray();
        while (json.hasNext()) {
            expect(json, JsonToken.BEGIN_OBJECT, file, "a datapoint {\"time\": ..., \"state\": ...}");
            String at = json.getPath();
            json.beginObject();
            long time = 0;
            boolean hasTime = false;
            double value = 0;
            boolean hasState = false;
            while (json.hasNext()) {
                String name = json.nextName();
                if ("time".equals(name)) {
                    time = readTime(json, file);
                    hasTime = true;
                } else if ("state".equals(name)) {
                    value = readState(json, file);
                    hasState = true;
                } else {
                    json.skipValue();
                }
            }
            json.endObject();
            if (!hasTime || !hasState) {
                throw TraceFormatException.inJson(file, at, column,
                        "expected a datapoint with \"time\" and \"state\", it has no \"" + (hasTime ? "state" : "time")
                                + "\"",
                        null);
            }
            add(time, value, file, at);
        }
        json.endArray();
    }

    private static final Pattern GSON_PLACE = Pattern.compile("line (\\d+) column (\\d+)");

    /** @return " at line L column C" from a Gson message, or nothing when it names no place */
    private static String textPlace(@Nullable String message) {
        Matcher place = GSON_PLACE.matcher(message == null ? "" : message);
        return place.find() ? " at line " + place.group(1) + " column " + place.group(2) : "";
    }

    private long readTime(JsonReader json, String file) throws IOException {
        String at = json.getPath();
        JsonToken token = json.peek();
        String text = token == JsonToken.NUMBER || token == JsonToken.STRING ? json.nextString() : null;
        if (text != null) {
            long time;
            try {
                time = Long.parseLong(text);
            } catch (NumberFormatException e) {
                time = Long.MIN_VALUE; // reported below with what was found
            }
            if (time != Long.MIN_VALUE) {
                try {
                    return TraceTimestamp.epochMillis(time);
                } catch (TraceTimestamp.Implausible e) {
                    throw TraceFormatException.inJson(file, at, column, e.getMessage() + ", got " + text, null);
                }
            }
        } else {
            json.skipValue();
        }
        throw TraceFormatException.inJson(file, at, column,
                "expected a time in epoch milliseconds (or seconds), got "
                        + (text == null ? token : "'" + TraceFormatException.shown(text) + "'"), null);
    }

    private double readState(JsonReader json, String file) throws IOException {
        String at = json.getPath();
        JsonToken token = json.peek();
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            json.skipValue();
            throw TraceFormatException.inJson(file, at, column, "expected " + expectedState() + ", got " + token,
                    null);
        }
        String state = json.nextString().strip();
        double value = parseState(state);
        if (Double.isNaN(value)) {
            throw TraceFormatException.inJson(file, at, column,
                    "expected " + expectedState() + ", got '" + TraceFormatException.shown(state) + "'", null);
        }
        if (!column.kind().accepts(value, maxPower)) {
            throw TraceFormatException.inJson(file, at, column,
                    "expected " + column.kind().range(maxPower) + ", got '" + TraceFormatException.shown(state) + "'", null);
        }
        return value;
    }

    /** @return the state's value in W, % or 0/1, or NaN if it is not a state of this column */
    private double parseState(String state) {
        if (column.kind() == ValueKind.FLAG) {
            if ("ON".equalsIgnoreCase(state) || "1".equals(state) || "true".equalsIgnoreCase(state)) {
                return 1;
            }
            if ("OFF".equalsIgnoreCase(state) || "0".equals(state) || "false".equalsIgnoreCase(state)) {
                return 0;
            }
            return Double.NaN;
        }
        int space = state.indexOf(' ');
        String number = space < 0 ? state : state.substring(0, space);
        String unit = space < 0 ? "" : state.substring(space + 1).strip();
        if (!isPlainDecimal(number)) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (column.kind() == ValueKind.PERCENT) {
            return unit.isEmpty() || "%".equals(unit) ? value : Double.NaN;
        }
        PowerUnit power = unit.isEmpty() ? plainUnit : PowerUnit.fromSymbol(unit);
        return power == null ? Double.NaN : power.toWatts(value);
    }

    private static boolean isPlainDecimal(String number) {
        if (number.isEmpty()) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private String expectedState() {
        return switch (column.kind()) {
            case FLAG -> "ON, OFF, 1, 0, true or false";
            case PERCENT -> "a state of charge from 0 to 100, optionally with the unit %";
            default -> column.kind().expected() + " (unit W, kW or MW)";
        };
    }

    private void add(long time, double value, String file, String at) {
        if (size > 0 && time < times[size - 1]) {
            Instant previous = Instant.ofEpochMilli(times[size - 1]);
            throw TraceFormatException.inJson(file, at + ".time", column, "expected a time not before " + previous
                    + " (the previous datapoint), got " + Instant.ofEpochMilli(time), null);
        }
        if (size > 0 && time == times[size - 1]) {
            // the later state at the same time is the one that held afterwards
            values[size - 1] = value;
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = time;
        values[size] = value;
        size++;
    }

    private void expect(JsonReader json, JsonToken token, String file, String what) throws IOException {
        JsonToken found = json.peek();
        if (found != token) {
            throw TraceFormatException.inJson(file, json.getPath(), column, "expected " + what + ", got " + found,
                    null);
        }
    }

    @Override
    public String toString() {
        return column.header() + ": " + size + " datapoints";
    }
}
