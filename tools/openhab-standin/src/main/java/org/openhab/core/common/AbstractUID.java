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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A unique identifier made of segments joined by {@code :}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractUID {

    /** What each segment may contain: letters, digits, underscores and hyphens. */
    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");
    /** The separator between segments. */
    public static final String SEPARATOR = ":";

    private final List<String> segments;

    /** An identifier without segments (for reflection-based creation only). */
    protected AbstractUID() {
        this.segments = List.of();
    }

    /**
     * @param uid the segments joined by {@code :}
     * @throws IllegalArgumentException when there are too few segments or a segment has invalid characters
     */
    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR, -1)));
    }

    /**
     * @param segments the segments
     * @throws IllegalArgumentException when there are too few segments or a segment has invalid characters
     */
    protected AbstractUID(final String... segments) {
        this(Arrays.asList(segments));
    }

    /**
     * @param segments the segments
     * @throws IllegalArgumentException when there are too few segments or a segment has invalid characters
     */
    protected AbstractUID(List<String> segments) {
        int minimum = getMinimalNumberOfSegments();
        if (segments.size() < minimum) {
            throw new IllegalArgumentException("UID must have at least " + minimum + " segments: " + segments);
        }
        for (int i = 0; i < segments.size(); i++) {
            validateSegment(segments.get(i), i, segments.size());
        }
        this.segments = List.copyOf(segments);
    }

    /** @return how many segments this kind of identifier needs at least */
    protected abstract int getMinimalNumberOfSegments();

    /** @return all segments, in order */
    protected List<String> getAllSegments() {
        return segments;
    }

    /** @return the segment at {@code segment} (0-based) */
    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /** @return whether {@code segment} may be a segment of an identifier; {@code null} may not */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    /**
     * Checks one segment.
     *
     * @throws IllegalArgumentException when the segment has invalid characters
     */
    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException("ID segment '" + segment + "' contains invalid characters; it must match "
                    + SEGMENT_PATTERN.pattern());
        }
    }

    /** @return the segments joined by {@code :} */
    public String getAsString() {
        return String.join(SEPARATOR, segments);
    }

    @Override
    public String toString() {
        return getAsString();
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj != null && obj.getClass() == getClass() && segments.equals(((AbstractUID) obj).segments);
    }
}
