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

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A trace file is malformed. The message says where and what was expected, in the form compilers use:
 *
 * <pre>
 * trace.csv:17: column 3 'grid_w': expected a number of W, got 'abc'
 * trace.csv:1: missing required column 'grid_w' or 'household_w'; the header has: timestamp, pv_w
 * grid.json: at $.data[4].state for column 'grid_w': expected a number of W (unit W, kW or MW), got 'x'
 * </pre>
 *
 * Lines and columns are 1-based. A JSON export has no line; its place is a JSON path instead.
 * Unchecked, because it is thrown from {@link TraceSource#next()}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class TraceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final @Nullable String columnName;
    private final @Nullable String jsonPath;
    private final String detail;

    private TraceFormatException(String file, int line, int column, @Nullable String columnName,
            @Nullable String jsonPath, String detail, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.jsonPath = jsonPath;
        this.detail = detail;
    }

    /** The whole file is wrong (for example it is empty): {@code file: detail}. */
    public static TraceFormatException inFile(String file, String detail) {
        return new TraceFormatException(file, 0, 0, null, null, detail, file + ": " + detail, null);
    }

    /** A line is wrong as a whole: {@code file:line: detail}. */
    public static TraceFormatException atLine(String file, int line, String detail) {
        return new TraceFormatException(file, line, 0, null, null, detail, file + ":" + line + ": " + detail, null);
    }

    /**
     * One field is wrong: {@code file:line: column n 'name': detail}.
     *
     * @param columnName the header name of the column, or null for a field beyond the header's columns
     */
    public static TraceFormatException atColumn(String file, int line, int column, @Nullable String columnName,
            String detail) {
        String place = columnName == null ? "column " + column : "column " + column + " '" + columnName + "'";
        return new TraceFormatException(file, line, column, columnName, null, detail,
                file + ":" + line + ": " + place + ": " + detail, null);
    }

    /**
     * A value in a JSON export is wrong: {@code file: at path for column 'name': detail}.
     *
     * @param cause the parser's exception, if there is one
     */
    public static TraceFormatException inJson(String file, String jsonPath, TraceColumn column, String detail,
            @Nullable Throwable cause) {
        return new TraceFormatException(file, 0, 0, column.header(), jsonPath, detail,
                file + ": at " + jsonPath + " for column '" + column.header() + "': " + detail, cause);
    }

    /**
     * The file is not UTF-8 text: {@code file:line:column: expected UTF-8 text, got the byte 0xFF ...}, the column
     * counted in characters. Without a position (the file could not be read again) only the file is named.
     */
    public static TraceFormatException notUtf8(String file, @Nullable Utf8Position at, Throwable cause) {
        if (at == null) {
            String detail = "expected UTF-8 text, but it is not UTF-8; save the file as UTF-8";
            return new TraceFormatException(file, 0, 0, null, null, detail, file + ": " + detail, cause);
        }
        return new TraceFormatException(file, at.line(), at.column(), null, null, at.detail(),
                file + ":" + at.line() + ":" + at.column() + ": " + at.detail(), cause);
    }

    /** The longest part of a value an error message shows: a huge field is cut, never echoed whole. */
    static final int SHOWN_CHARACTERS = 80;

    /** @return {@code text} to quote in a message: as it is, or its first 80 characters and "…" */
    public static String shown(String text) {
        if (text.length() <= SHOWN_CHARACTERS) {
            return text;
        }
        return text.substring(0, SHOWN_CHARACTERS) + "… (" + text.length() + " characters)";
    }

    /** @return the file, as named by the caller that opened it */
    public String getFile() {
        return file;
    }

    /** @return the 1-based line, when the error is on a line of a text trace */
    public OptionalInt getLine() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** @return the 1-based column number, when the error is in one field of a CSV line */
    public OptionalInt getColumn() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** @return the trace column's header name, when the error is about one known column */
    public Optional<String> getColumnName() {
        return Optional.ofNullable(columnName);
    }

    /** @return the JSON path of the wrong value (like {@code $.data[4].state}), for a JSON export */
    public Optional<String> getJsonPath() {
        return Optional.ofNullable(jsonPath);
    }

    /** @return what was wrong, without the place: {@code expected a number of W, got 'abc'} */
    public String getDetail() {
        return detail;
    }
}
