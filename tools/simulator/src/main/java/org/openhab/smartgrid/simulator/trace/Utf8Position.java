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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where a file stops being UTF-8 text. Java's decoder only says "Input length = 1"; a user needs the line and the
 * column to find the byte. Readers decode as they stream, so this is the error path only: it reads the file again
 * from the start, line by line.
 *
 * @param line the 1-based line of the first byte that is not UTF-8
 * @param column the 1-based character on that line where it is (the characters before it, plus one)
 * @param badByte the byte, 0 to 255
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record Utf8Position(int line, int column, int badByte) {

    private static final int[] BYTE_ORDER_MARK = { 0xEF, 0xBB, 0xBF };

    /** @return what the reader expected and what it found, to follow a position in an error message */
    public String detail() {
        return String.format(Locale.ROOT, "expected UTF-8 text, got the byte 0x%02X, which is not UTF-8; save the "
                + "file as UTF-8", badByte);
    }

    /** @return where {@code file} first is not UTF-8, or null when it is UTF-8 throughout (or cannot be read) */
    public static @Nullable Utf8Position find(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return find(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** @return where {@code bytes} first are not UTF-8, or null when they are UTF-8 throughout */
    public static @Nullable Utf8Position find(byte[] bytes) {
        try {
            return find(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array cannot fail
        }
    }

    private static @Nullable Utf8Position find(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        byte[] line = new byte[256];
        int number = 1;
        boolean end = false;
        while (!end) {
            int length = 0;
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
            }
            end = b < 0;
            int from = number == 1 && startsWithByteOrderMark(line, length) ? BYTE_ORDER_MARK.length : 0;
            ByteBuffer bytes = ByteBuffer.wrap(line, from, length - from);
            CharBuffer chars = CharBuffer.allocate(length - from + 1);
            CoderResult result = decoder.reset().decode(bytes, chars, true);
            if (!result.isError()) {
                result = decoder.flush(chars);
            }
            if (result.isError()) {
                return new Utf8Position(number, chars.position() + 1, line[bytes.position()] & 0xFF);
            }
            number++;
        }
        return null;
    }

    private static boolean startsWithByteOrderMark(byte[] line, int length) {
        if (length < BYTE_ORDER_MARK.length) {
            return false;
        }
        for (int i = 0; i < BYTE_ORDER_MARK.length; i++) {
            if ((line[i] & 0xFF) != BYTE_ORDER_MARK[i]) {
                return false;
            }
        }
        return true;
    }
}
