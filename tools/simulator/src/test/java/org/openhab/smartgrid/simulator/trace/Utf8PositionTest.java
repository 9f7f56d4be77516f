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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Where a file stops being UTF-8: the line and the character on it, counted as the reader counts them.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class Utf8PositionTest {

    @Test
    void theColumnCountsCharactersNotBytes() {
        // "é" is two bytes but one character: the bad byte is the 4th character of line 2
        byte[] bytes = concat("timestamp\n\u00e9,".getBytes(StandardCharsets.UTF_8), new byte[] { 'x', (byte) 0xFF });
        assertEquals(new Utf8Position(2, 4, 0xFF), Utf8Position.find(bytes));
    }

    @Test
    void aByteOrderMarkIsNoCharacterAndATruncatedSequenceIsFound() {
        byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b' },
                new byte[] { (byte) 0xE2, (byte) 0x82 });
        assertEquals(new Utf8Position(1, 3, 0xE2), Utf8Position.find(bytes), "a sequence cut off at the end");
    }

    @Test
    void utf8TextHasNoSuchPosition() {
        assertNull(Utf8Position.find("W\u00e4rmepumpe\n\u20ac 5\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
