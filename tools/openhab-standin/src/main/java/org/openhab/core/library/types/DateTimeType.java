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
package org.openhab.core.library.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A point in time. Since openHAB 4.3 it is an {@link Instant} at heart.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    /** Output pattern without zone. */
    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    /** Output pattern with zone name. */
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    /** Output pattern with milliseconds and RFC 822 offset. */
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter RFC_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z");

    private final Instant instant;

    /** Creates the current instant of the system clock (as openHAB does). */
    public DateTimeType() {
        this(Instant.now());
    }

    /** @param instant the point in time */
    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    /** @param zoned the point in time; only its instant is kept */
    public DateTimeType(ZonedDateTime zoned) {
        this(zoned.toInstant());
    }

    /**
     * Parses an ISO date-time with offset ({@code 2026-03-01T12:00:00+01:00} or {@code ...Z}), openHAB's own full form
     * ({@code 2026-03-01T12:00:00.000+0100}), a local date-time in
     * the system zone ({@code 2026-03-01T12:00}), a date ({@code 2026-03-01}) or epoch seconds.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public DateTimeType(String zonedValue) {
        this.instant = parse(zonedValue.trim());
    }

    /** @return the same as {@code new DateTimeType(value)} */
    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    /** @return the point in time */
    public Instant getInstant() {
        return instant;
    }

    /** @return the point in time in the system's default zone */
    public ZonedDateTime getZonedDateTime() {
        return instant.atZone(ZoneId.systemDefault());
    }

    @Override
    public String format(@Nullable String pattern) {
        ZonedDateTime zoned = getZonedDateTime();
        return pattern == null ? DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned)
                : String.format(pattern, zoned);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return FULL.format(getZonedDateTime());
    }

    @Override
    public int compareTo(DateTimeType other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DateTimeType other && instant.equals(other.instant);
    }

    private static Instant parse(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notZoned) {
            // fall through to the other accepted forms
        }
        try {
            return ZonedDateTime.parse(text, RFC_OFFSET).toInstant();
        } catch (DateTimeParseException notRfcOffset) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException notDate) {
            // fall through
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException notEpoch) {
            throw new IllegalArgumentException(text + " is not in a valid format.", notEpoch);
        }
    }
}
