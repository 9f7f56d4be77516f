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

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The lines of a text, read one at a time into a buffer that is reused: a line is a range of {@link #chars()}, not
 * a string, so that reading a trace of millions of lines makes no string per line. Lines end like
 * {@link java.io.BufferedReader#readLine()} ends them: at {@code \n}, {@code \r} or {@code \r\n}; a last line
 * without an ending counts too. The buffer grows only for a line longer than it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class CsvLines implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Reader in;
    private char[] buffer = new char[BUFFER_CHARS];
    /** The first character not yet in a line. */
    private int next;
    /** One past the last character read into the buffer. */
    private int end;
    private boolean inputEnded;
    /** The last line ended with {@code \r}: a {@code \n} right after it is part of that ending. */
    private boolean skipLineFeed;

    private int lineStart;
    private int lineEnd;
    private int number;

    CsvLines(Reader in) {
        this.in = in;
    }

    /**
     * Moves to the next line that is neither blank nor a comment (a {@code #} after blanks).
     *
     * @return false at the end of the text
     */
    boolean nextContent() throws IOException {
        while (nextLine()) {
            if (!isBlankOrComment()) {
                return true;
            }
        }
        return false;
    }

    /** @return the buffer holding the current line; it changes when the next line is read */
    char[] chars() {
        return buffer;
    }

    /** @return the index of the current line's first character in {@link #chars()} */
    int start() {
        return lineStart;
    }

    /** @return one past the index of the current line's last character, without the line ending */
    int end() {
        return lineEnd;
    }

    /** @return the current line's number, counting from 1, blank and comment lines included */
    int number() {
        return number;
    }

    /** @return the current line as a string */
    String text() {
        return new String(buffer, lineStart, lineEnd - lineStart);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Moves to the next line; false at the end of the text. */
    private boolean nextLine() throws IOException {
        if (skipLineFeed) {
            if (next == end && !inputEnded) {
                fill();
            }
            if (next < end && buffer[next] == '\n') {
                next++;
            }
            skipLineFeed = false;
        }
        int scan = next;
        while (true) {
            for (int i = scan; i < end; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    startLine(i);
                    next = i + 1;
                    skipLineFeed = c == '\r';
                    return true;
                }
            }
            if (inputEnded) {
                if (next == end) {
                    return false;
                }
                startLine(end);
                next = end;
                return true;
            }
            int scanned = end - next;
            fill();
            scan = next + scanned;
        }
    }

    private void startLine(int ending) {
        lineStart = next;
        lineEnd = ending;
        number++;
    }

    /** Moves the unread characters to the front, grows the buffer if they fill it, and reads more after them. */
    private void fill() throws IOException {
        int unread = end - next;
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, unread);
            next = 0;
            end = unread;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            inputEnded = true;
        } else {
            end += read;
        }
    }

    private boolean isBlankOrComment() {
        for (int i = lineStart; i < lineEnd; i++) {
            char c = buffer[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
